import { Alert, Button, FileInput, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { DepositImport as DepositImportResult } from '../api/views';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { useInvalidateDeposits } from './deposit-queries';
import { ReconciliationResult } from './reconciliation-result';

/** Imports the bank's deposits from CSV (date, amount in dollars, trace, payer, reference, note): all or none. */
export function DepositImport() {
  const { organizationId } = useCurrentOrganization();
  const invalidate = useInvalidateDeposits();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: async (chosen: File) =>
      expectOk<DepositImportResult>(
        api.POST('/api/organizations/{organizationId}/deposits/import', {
          params: { path: { organizationId } },
          body: await chosen.text(),
          bodySerializer: (body: string) => body,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    onSuccess: () => {
      setFile(null);
      invalidate();
    },
  });

  return (
    <Stack gap="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (file) upload.mutate(file);
        }}
      >
        <Group align="end">
          <FileInput label="Bank CSV (date, amount, trace, payer, reference, note)" placeholder="Choose the CSV" value={file} onChange={setFile} accept=".csv,text/csv" clearable clearButtonProps={{ 'aria-label': 'Clear the file' }} w={420} />
          <Button type="submit" disabled={!file} loading={upload.isPending}>
            Import
          </Button>
        </Group>
      </form>
      {upload.error && (
        <Alert color="red" role="alert" title="The file was refused">
          {messageOf(upload.error)}
        </Alert>
      )}
      {upload.data && (
        <>
          <Alert color="green" role="status">
            {upload.data.imported} deposit(s) imported ({formatCents(upload.data.importedCents)}), {upload.data.duplicates.length} line(s) already entered were skipped.
          </Alert>
          <ReconciliationResult reconciliation={upload.data.reconciliation} />
        </>
      )}
    </Stack>
  );
}

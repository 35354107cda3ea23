import { Alert, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { messageOf } from '../api/problem';
import type { FeeScheduleImportSummary } from '../api/views';
import { useImportEntries, usePreviewEntries } from './fee-schedule-queries';
import { FeeSchedulePreview } from './fee-schedule-preview';

/**
 * Uploads an entries file (code,modifier,amount) in two steps: the server reads it without saving (dry run) and the
 * preview shows its rows and bad lines; only a file without errors can then be saved.
 */
export function FeeScheduleImport({ organizationId, feeScheduleId }: { organizationId: string; feeScheduleId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [summary, setSummary] = useState<FeeScheduleImportSummary | null>(null);
  const preview = usePreviewEntries(organizationId, feeScheduleId);
  const save = useImportEntries(organizationId, feeScheduleId);

  async function choose(chosen: File | null) {
    setFile(chosen);
    setSummary(null);
    setCsv(null);
    preview.reset();
    save.reset();
    if (!chosen) return;
    const text = await chosen.text();
    setCsv(text);
    preview.mutate(text);
  }

  const ready = preview.data && preview.data.errors.length === 0 && preview.data.rows.length > 0 && csv !== null && !summary;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-title">
      <Stack>
        <Title order={2} size="h3" id="import-title">
          Import entries
        </Title>
        <Text size="sm">A CSV file with the header code,modifier,amount (amounts in dollars, e.g. 125.00). It replaces every entry of the schedule.</Text>
        <FileInput label="Entries file (CSV)" accept=".csv,text/csv" clearable clearButtonProps={{ 'aria-label': 'Clear the chosen file' }} value={file} onChange={(chosen) => void choose(chosen)} />
        {preview.isPending && <Text role="status">Reading the file…</Text>}
        {preview.error && <Alert color="red" role="alert">{messageOf(preview.error)}</Alert>}
        {preview.data && !summary && <FeeSchedulePreview preview={preview.data} />}
        {ready && (
          <Group>
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate(csv, {
                  onSuccess: (saved) => {
                    setSummary(saved);
                    setFile(null);
                  },
                })
              }
            >
              Save {preview.data.rows.length} rows
            </Button>
          </Group>
        )}
        {save.error && <Alert color="red" role="alert">{messageOf(save.error)}</Alert>}
        {summary && (
          <Text role="status" c="teal.9">
            Saved {summary.total} rows: {summary.added} new, {summary.changed} changed, {summary.removed} removed.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

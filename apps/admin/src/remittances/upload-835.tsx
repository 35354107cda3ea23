import { Alert, Button, FileInput, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { RemittanceFileResult } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { PostingResult } from './posting-result';

/** Uploads an 835 file as received; shows what posting did with each check, or the X12 errors that refused it. */
export function Upload835() {
  const { organizationId } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: async (chosen: File) =>
      expectOk<RemittanceFileResult>(
        api.POST('/api/organizations/{organizationId}/remittances', {
          params: { path: { organizationId }, query: { fileName: chosen.name } },
          body: await chosen.text(),
          bodySerializer: (body: string) => body,
          headers: { 'content-type': 'application/edi-x12' },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['remittances', organizationId] }),
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
          <FileInput label="835 file" placeholder="Choose an 835" value={file} onChange={setFile} accept=".835,.x12,.txt,.edi" clearable clearButtonProps={{ 'aria-label': 'Clear the file' }} w={320} />
          <Button type="submit" disabled={!file} loading={upload.isPending}>
            Upload and post
          </Button>
        </Group>
      </form>
      {upload.error && (
        <Alert color="red" role="alert" title="The file was refused">
          {messageOf(upload.error)}
        </Alert>
      )}
      {upload.data && <PostingResult postings={upload.data.postings} alreadyArchived={upload.data.alreadyArchived} />}
    </Stack>
  );
}

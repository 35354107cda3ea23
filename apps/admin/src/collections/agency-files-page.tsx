import { Alert, Button, FileInput, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { AgencyFile } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, COLLECTION_WORKER_ROLES } from '../session/permissions';
import { AgencyFileCard } from './agency-file-card';
import { collectionKeys, useAgencyFiles } from './collection-queries';
import { agencyFileSummary } from './collection-words';
import { CollectionsTabs } from './collections-tabs';

/** The content type an agency file is sent as: CSV by its name, else plain text (fixed width). */
export const agencyFileType = (fileName: string): 'text/csv' | 'text/plain' => (fileName.toLowerCase().endsWith('.csv') ? 'text/csv' : 'text/plain');

/** Uploads a payment or status file as the agency sent it, and fetches what the agency sent since the last fetch. */
function ImportControls({ organizationId }: { organizationId: string }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: collectionKeys.all(organizationId) });
  const upload = useMutation({
    mutationFn: (chosen: File) =>
      expectOk<AgencyFile>(
        api.POST('/api/organizations/{organizationId}/collection-agency-files', {
          params: { path: { organizationId }, query: { fileName: chosen.name } },
          // The bytes as received: a file that is not UTF-8 text must reach the connector's check unchanged.
          body: chosen as unknown as string,
          bodySerializer: (body: unknown) => body as Blob,
          headers: { 'content-type': agencyFileType(chosen.name) },
        }),
      ),
    onSuccess: () => {
      setFile(null);
      refresh();
    },
  });
  const fetchNow = useMutation({
    mutationFn: () => expectOk<AgencyFile[]>(api.POST('/api/organizations/{organizationId}/collection-agency-files/fetch', { params: { path: { organizationId } } })),
    onSuccess: refresh,
  });

  return (
    <Stack gap="sm">
      <Group align="end" justify="space-between">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (file) upload.mutate(file);
          }}
        >
          <Group align="end">
            <FileInput label="Agency file" placeholder="Choose a payment or status file" value={file} onChange={setFile} accept=".csv,.txt" clearable clearButtonProps={{ 'aria-label': 'Clear the file' }} w={320} />
            <Button type="submit" disabled={!file} loading={upload.isPending}>
              Upload and import
            </Button>
          </Group>
        </form>
        <Button variant="default" onClick={() => fetchNow.mutate()} loading={fetchNow.isPending}>
          Fetch from the agency now
        </Button>
      </Group>
      {upload.data && (
        <Alert color={upload.data.status === 'refused' ? 'red' : upload.data.failures.length > 0 ? 'orange' : 'teal'} role="status" title={upload.data.fileName}>
          {agencyFileSummary(upload.data)}
        </Alert>
      )}
      {upload.error && (
        <Alert color="red" role="alert" title="The file was not imported">
          {messageOf(upload.error)}
        </Alert>
      )}
      {fetchNow.data && (
        <Alert color="teal" role="status" title="Fetched">
          {fetchNow.data.length === 0 ? 'The agency has sent no file since the last fetch.' : `${fetchNow.data.length} file(s) imported; see them below.`}
        </Alert>
      )}
      {fetchNow.error && (
        <Alert color="red" role="alert" title="The agency could not be read">
          {messageOf(fetchNow.error)}
        </Alert>
      )}
    </Stack>
  );
}

/** The import log of agency files: each file read or refused, its rows posted, seen before or failed and why. */
export function AgencyFilesPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const files = useAgencyFiles(organizationId);
  return (
    <Stack>
      <CollectionsTabs title="Agency files" />
      <Text maw={720}>
        The agency's payment and status files. A file with a malformed line is refused whole — each issue names its line and column — and posts nothing; in a file
        that is read, a row already seen posts nothing again, and a row that cannot apply is listed with why.
      </Text>
      {allows(roles, COLLECTION_WORKER_ROLES) && <ImportControls organizationId={organizationId} />}
      <Title order={2} size="h3">
        Import log
      </Title>
      {files.isPending && <Loader aria-label="Loading the import log" />}
      {files.error && (
        <Alert color="red" role="alert">
          {messageOf(files.error)}
        </Alert>
      )}
      {files.data && files.data.length === 0 && <Text>No agency file has been imported yet.</Text>}
      {files.data?.map((file) => (
        <AgencyFileCard key={file.id} file={file} />
      ))}
    </Stack>
  );
}

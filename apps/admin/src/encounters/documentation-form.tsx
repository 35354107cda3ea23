import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, Provider } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';

interface DocumentationFormProps {
  readonly documentation: { readonly signedByProviderId: string | null; readonly signedAt: string | null };
  readonly renderingProviderId: string;
  /** Absent when the user may not record documentation. */
  readonly onSign?: (body: { providerId: string; signedAt: string }) => Promise<unknown>;
  readonly pending: boolean;
  readonly error: unknown;
}

const providerName = (provider: Provider) => [provider.firstName, provider.name].filter(Boolean).join(' ');
/** Now, as a `datetime-local` input shows it (local time, to the minute). */
const localNow = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** Who signed the visit's note and when (the Coding-ready gate's `documentation-signed` reads it). */
export function DocumentationForm({ documentation, renderingProviderId, onSign, pending, error }: DocumentationFormProps) {
  const { organizationId } = useCurrentOrganization();
  const providers = useQuery({
    queryKey: ['providers', organizationId, 'individual'],
    queryFn: () =>
      expectOk<Page<Provider>>(
        api.GET('/api/organizations/{organizationId}/providers', { params: { path: { organizationId }, query: { kind: 'individual', active: 'true', limit: 200 } } }),
      ),
  });
  const [providerId, setProviderId] = useState(documentation.signedByProviderId ?? renderingProviderId);
  const [signedAt, setSignedAt] = useState(localNow);
  const options = (providers.data?.items ?? []).map((provider) => ({ value: provider.id, label: providerName(provider) }));
  const signer = options.find((option) => option.value === documentation.signedByProviderId)?.label ?? documentation.signedByProviderId;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        Documentation
      </Title>
      <Text>{documentation.signedAt ? `Signed by ${signer} on ${new Date(documentation.signedAt).toLocaleString()}` : 'The note is not signed yet.'}</Text>
      {onSign && (
        <Group align="end">
          <NativeSelect label="Signed by" value={providerId} onChange={(change) => setProviderId(change.currentTarget.value)} data={options.length > 0 ? options : [{ value: providerId, label: 'Loading…' }]} />
          <TextInput label="Signed at" type="datetime-local" value={signedAt} onChange={(change) => setSignedAt(change.currentTarget.value)} />
          <Button
            variant="default"
            disabled={!signedAt}
            loading={pending}
            onClick={() => void onSign({ providerId, signedAt: new Date(signedAt).toISOString() }).catch(() => undefined)}
          >
            Record signature
          </Button>
        </Group>
      )}
      {error != null && (
        <Alert color="red" role="alert">
          {messageOf(error)}
        </Alert>
      )}
    </Stack>
  );
}

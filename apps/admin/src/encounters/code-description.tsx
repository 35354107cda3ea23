import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import { useCurrentOrganization } from '../session/current-organization';

interface CodeValidity {
  readonly description: string | null;
  readonly valid: boolean;
  readonly reason: string | null;
}

/** A code's wording on the date of service (`GET …/reference-codes/:kind/:code`), or why it is not valid then. */
export function CodeDescription({ kind, code, onDate }: { kind: string; code: string; onDate: string }) {
  const { organizationId } = useCurrentOrganization();
  const lookup = useQuery({
    queryKey: ['reference-code', kind, code, onDate],
    staleTime: 300_000,
    queryFn: () =>
      expectOk<CodeValidity>(
        api.GET('/api/organizations/{organizationId}/reference-codes/{kind}/{code}', { params: { path: { organizationId, kind, code }, query: { onDate } } }),
      ),
  });
  if (!lookup.data) return null;
  return (
    <Text span size="sm" c={lookup.data.valid ? undefined : 'red'}>
      {lookup.data.valid ? lookup.data.description : lookup.data.reason}
    </Text>
  );
}

import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { LedgerVerification } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';

/** Recomputes the ledger's invariants from its entries and shows each check and every violation. */
export function LedgerVerify() {
  const { organizationId } = useCurrentOrganization();
  const verify = useMutation({
    mutationFn: () => expectOk<LedgerVerification>(api.POST('/api/organizations/{organizationId}/ledger/verify', { params: { path: { organizationId } } })),
  });
  const result = verify.data;
  return (
    <Stack gap="sm">
      <div>
        <Button onClick={() => verify.mutate()} loading={verify.isPending}>
          Verify the ledger
        </Button>
      </div>
      {verify.error && <Alert color="red" role="alert">{messageOf(verify.error)}</Alert>}
      {result && (
        <Alert color={result.violations.length === 0 ? 'green' : 'red'} role="status" title={result.violations.length === 0 ? `Verified: ${result.entries} entries, no violation` : `${result.violations.length} violation(s) in ${result.entries} entries`}>
          <Text size="sm">Checks run:</Text>
          <List size="sm" aria-label="Ledger checks">
            {result.checks.map((check) => {
              const broken = result.violations.filter((violation) => violation.check === check);
              return (
                <List.Item key={check}>
                  {broken.length === 0 ? 'ok' : 'FAILED'} — {check}
                  {broken.map((violation, index) => (
                    <Text key={index} size="sm">
                      {violation.message} ({violation.ids.slice(0, 5).join(', ')}
                      {violation.ids.length > 5 ? ` and ${violation.ids.length - 5} more` : ''})
                    </Text>
                  ))}
                </List.Item>
              );
            })}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

import { Alert, List } from '@mantine/core';
import type { Reconciliation } from '../api/views';
import { formatCents } from '../money/cents';

/** What a reconciliation run did: matches made, near matches (same trace, another amount) and ambiguous ones. */
export function ReconciliationResult({ reconciliation }: { reconciliation: Reconciliation }) {
  return (
    <Alert color={reconciliation.matches.length > 0 ? 'green' : 'blue'} title="Reconciliation" role="status">
      <List size="sm">
        <List.Item>
          {reconciliation.examined} unmatched deposit(s) examined, {reconciliation.matches.length} matched by trace number and amount
        </List.Item>
        {reconciliation.nearMatches.map((near) => (
          <List.Item key={`${near.depositId}-${near.remittanceId}`}>
            Trace {near.traceNumber}: the deposit is {formatCents(near.depositCents)}, the remittance {formatCents(near.remittanceCents)} (difference {formatCents(near.differenceCents)}) — match it by hand if it is the same payment
          </List.Item>
        ))}
        {reconciliation.ambiguous.map((item) => (
          <List.Item key={item.depositId}>A deposit fits {item.remittanceIds.length} remittances equally: match it by hand</List.Item>
        ))}
      </List>
    </Alert>
  );
}

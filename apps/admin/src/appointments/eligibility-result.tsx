import { Alert, List, Stack, Text } from '@mantine/core';
import type { EncounterDetail } from '../api/views';
import { formatCents } from '../money/cents';

const OUTCOMES: Readonly<Record<string, { label: string; color: string }>> = {
  active: { label: 'Coverage active', color: 'teal' },
  inactive: { label: 'Coverage inactive', color: 'red' },
  'not-found': { label: 'Member not found', color: 'red' },
  error: { label: 'The payer could not answer', color: 'orange' },
};

/**
 * The eligibility of the visit's primary coverage as the front desk needs it: active or not, the payer's messages,
 * the copay and deductible remaining — or why there is no answer (self-pay, no coverage, no check yet, or the last
 * attempt's refusal, such as a payer with no eligibility connector).
 */
export function EligibilityResult({ eligibility, selfPay, refusal }: { eligibility: EncounterDetail['eligibility']; selfPay: boolean; refusal: string | null }) {
  if (selfPay) return <Text>Self-pay visit: no coverage to check.</Text>;
  if (!eligibility) return <Text>No coverage is active on the date of service: add one on the patient's page, or mark the visit self-pay.</Text>;
  const check = eligibility.check;
  const outcome = check ? (OUTCOMES[check.outcome] ?? { label: check.outcome, color: 'gray' }) : null;
  return (
    <Stack gap="xs">
      {refusal && (
        <Alert color="orange" title="No answer from the payer" role="status">
          {refusal}
        </Alert>
      )}
      {!check && <Text>{eligibility.payerName}: not checked for this date of service yet.</Text>}
      {check && outcome && (
        <Alert color={outcome.color} title={`${outcome.label} — ${eligibility.payerName}`} role="status">
          <Text size="sm">
            Checked {new Date(check.checkedAt).toLocaleString('en-US')} by {check.method}
            {check.source ? ` (${check.source})` : ''}.
          </Text>
          <Text size="sm">Copay: {eligibility.pointOfService.copayCents === null ? 'not reported' : formatCents(eligibility.pointOfService.copayCents)}</Text>
          <Text size="sm">Deductible remaining: {eligibility.pointOfService.deductibleRemainingCents === null ? 'not reported' : formatCents(eligibility.pointOfService.deductibleRemainingCents)}</Text>
          {check.messages.length > 0 && (
            <List size="sm" aria-label="Payer messages">
              {check.messages.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}

import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import type { RemittanceAdjustment, RemittanceDetail } from '../api/views';
import { formatCents } from '../money/cents';
import { DISPOSITIONS, groupDescription } from './adjustment-codes';

type ClaimPayment = RemittanceDetail['claims'][number];

/** A CAS amount: group and reason codes with their plain descriptions (when the reference has the reason), amount, what posting did. */
function AdjustmentItem({ adjustment, reasons }: { adjustment: RemittanceAdjustment; reasons: ReadonlyMap<string, string> }) {
  const reason = reasons.get(adjustment.reasonCode);
  return (
    <li>
      <Text span fw={600}>
        {adjustment.groupCode}-{adjustment.reasonCode}
      </Text>{' '}
      {formatCents(adjustment.amountCents)} — {groupDescription(adjustment.groupCode)}
      {reason ? `: ${reason}` : ''} ({DISPOSITIONS[adjustment.disposition] ?? adjustment.disposition})
    </li>
  );
}

function Adjustments({ items, reasons, label }: { items: readonly RemittanceAdjustment[]; reasons: ReadonlyMap<string, string>; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} style={{ margin: 0, paddingLeft: '1.2em' }}>
      {items.map((adjustment) => (
        <AdjustmentItem key={adjustment.id} adjustment={adjustment} reasons={reasons} />
      ))}
    </ul>
  );
}

/** One claim payment: what was charged and paid, its claim-level adjustments, and each service line with its own. */
function ClaimPaymentSection({ claim, reasons }: { claim: ClaimPayment; reasons: ReadonlyMap<string, string> }) {
  const claimLevel = claim.adjustments.filter((adjustment) => adjustment.remittanceLineId === null);
  const title = `Claim ${claim.patientControlNumber}`;
  return (
    <section aria-label={title}>
      <Title order={3} size="h5">
        {title}{' '}
        {claim.match === 'unmatched' ? <Badge variant="light" color="orange">unmatched</Badge> : <Badge variant="light" color="green">matched</Badge>}
      </Title>
      <Text size="sm">
        Status {claim.statusCode} · charged {formatCents(claim.chargeCents)} · paid {formatCents(claim.paymentCents)}
        {claim.patientResponsibilityCents !== null && ` · patient responsibility ${formatCents(claim.patientResponsibilityCents)}`}
        {claim.payerClaimNumber && ` · payer claim ${claim.payerClaimNumber}`}
      </Text>
      {claim.unmatchedReason && <Text size="sm">Unmatched: {claim.unmatchedReason}</Text>}
      <Adjustments items={claimLevel} reasons={reasons} label={`Claim-level adjustments of ${claim.patientControlNumber}`} />
      {claim.lines.length > 0 && (
        <Table aria-label={`Service lines of ${claim.patientControlNumber}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Procedure</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th ta="right">Charged</Table.Th>
              <Table.Th ta="right">Allowed</Table.Th>
              <Table.Th ta="right">Paid</Table.Th>
              <Table.Th>Adjustments</Table.Th>
              <Table.Th>Remarks</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {claim.lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>{[line.procedureCode, ...line.modifiers].join(':')}</Table.Td>
                <Table.Td>{line.serviceDate ?? ''}</Table.Td>
                <Table.Td ta="right">{formatCents(line.chargeCents)}</Table.Td>
                <Table.Td ta="right">{line.allowedCents === null ? '' : formatCents(line.allowedCents)}</Table.Td>
                <Table.Td ta="right">{formatCents(line.paymentCents)}</Table.Td>
                <Table.Td>
                  <Adjustments items={claim.adjustments.filter((adjustment) => adjustment.remittanceLineId === line.id)} reasons={reasons} label={`Adjustments of ${line.procedureCode}`} />
                </Table.Td>
                <Table.Td>{line.remarkCodes.join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

/** Every claim payment of a remittance, and its provider-level (PLB) adjustments. */
export function RemittanceClaims({ detail, reasons }: { detail: RemittanceDetail; reasons: ReadonlyMap<string, string> }) {
  return (
    <Stack>
      {detail.claims.map((claim) => (
        <ClaimPaymentSection key={claim.id} claim={claim} reasons={reasons} />
      ))}
      {detail.providerAdjustments.length > 0 && (
        <section aria-label="Provider-level adjustments">
          <Title order={3} size="h5">
            Provider-level adjustments
          </Title>
          <Table aria-label="Provider-level adjustments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Reason</Table.Th>
                <Table.Th>Provider</Table.Th>
                <Table.Th>Reference</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th>Posted as</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.providerAdjustments.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{item.reasonCode}</Table.Td>
                  <Table.Td>{item.providerIdentifier}</Table.Td>
                  <Table.Td>{item.reference ?? ''}</Table.Td>
                  <Table.Td ta="right">{formatCents(item.amountCents)}</Table.Td>
                  <Table.Td>{item.disposition}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}
    </Stack>
  );
}

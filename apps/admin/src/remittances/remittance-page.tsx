import { Alert, Anchor, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { RemittanceDetail } from '../api/views';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { useReasonDescriptions } from './adjustment-codes';
import { EobImage } from './eob-image';
import { RemittanceClaims } from './remittance-claims';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}

/** A remittance as stated and posted: the check, each claim payment with its lines and adjustments, PLB, the scanned EOB. */
export function RemittancePage() {
  const { organizationId } = useCurrentOrganization();
  const { remittanceId = '' } = useParams();
  const detail = useQuery({
    queryKey: ['remittances', organizationId, 'detail', remittanceId],
    queryFn: () => expectOk<RemittanceDetail>(api.GET('/api/organizations/{organizationId}/remittances/{remittanceId}', { params: { path: { organizationId, remittanceId } } })),
  });
  const reasons = useReasonDescriptions(detail.data?.claims.flatMap((claim) => claim.adjustments.map((adjustment) => adjustment.reasonCode)) ?? []);

  if (detail.isPending) return <Loader aria-label="Loading the remittance" />;
  if (detail.error) return <Alert color="red" role="alert">{messageOf(detail.error)}</Alert>;
  const { remittance } = detail.data;
  return (
    <Stack>
      <Anchor component={Link} to="/remittances">
        All remittances
      </Anchor>
      <Title order={1} size="h2">
        {remittance.payerName} — check {remittance.traceNumber}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Fact label="Amount" value={formatCents(remittance.paymentCents)} />
        <Fact label="Payment date" value={remittance.paymentDate ?? 'not stated'} />
        <Fact label="Received" value={remittance.receivedOn} />
        <Fact label="Source" value={remittance.source === 'manual' ? 'paper EOB keyed in' : `835 (${remittance.method})`} />
        <Fact label="Claim payments" value={String(remittance.claimCount)} />
        <Fact label="Unmatched" value={String(remittance.unmatchedCount)} />
        <Fact label="Posted by" value={remittance.postedBy} />
      </SimpleGrid>
      {remittance.warnings.length > 0 && (
        <Alert color="yellow" title="Warnings">
          <List size="sm">
            {remittance.warnings.map((warning, index) => (
              <List.Item key={index}>
                {warning.code}: {warning.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <RemittanceClaims detail={detail.data} reasons={reasons} />
      <EobImage organizationId={organizationId} remittanceId={remittance.id} />
    </Stack>
  );
}

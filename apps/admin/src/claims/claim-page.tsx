import { Alert, Anchor, Badge, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { ClaimTimelineEntry, Page, WorkItem } from '../api/views';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, CLAIM_WRITER_ROLES } from '../session/permissions';
import { ClaimActions } from './claim-actions';
import { ClaimFindings } from './claim-findings';
import { useClaimQuery, useClaimTimelineQuery } from './claim-queries';
import { ClaimTimeline } from './claim-timeline';

/** What the payer paid and the patient owes by the remittances on the timeline. */
function paidOf(entries: readonly ClaimTimelineEntry[]): { paidCents: number; patientCents: number } {
  const payments = entries.filter((entry) => entry.kind === 'remittance');
  return {
    paidCents: payments.reduce((sum, entry) => sum + entry.paymentCents, 0),
    patientCents: payments.reduce((sum, entry) => sum + (entry.patientResponsibilityCents ?? 0), 0),
  };
}

function Field({ label, children }: { readonly label: string; readonly children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** One claim: header (patient, payer, amounts, state), what can be done now, open findings, lines, work items, timeline. */
export function ClaimPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const claimId = useParams().claimId ?? '';
  const claim = useClaimQuery(organizationId, claimId);
  const timeline = useClaimTimelineQuery(organizationId, claimId);
  const workItems = useQuery({
    queryKey: ['work-items', organizationId, { recordType: 'claim', recordId: claimId }],
    queryFn: () =>
      expectOk<Page<WorkItem>>(api.GET('/api/organizations/{organizationId}/work-items', { params: { path: { organizationId }, query: { recordType: 'claim', recordId: claimId, limit: 50 } } })),
  });

  if (claim.isPending) return <Loader aria-label="Loading the claim" />;
  if (claim.error) return <Alert color="red" role="alert">{messageOf(claim.error)}</Alert>;
  const data = claim.data;
  const writer = allows(roles, CLAIM_WRITER_ROLES);
  const { paidCents, patientCents } = paidOf(timeline.data ?? []);
  return (
    <Stack>
      <Group>
        <Title order={1} size="h2">
          Claim {data.patientControlNumber}
        </Title>
        <Badge size="lg" variant="light" aria-label={`State ${data.state}`}>
          {data.state}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Field label="Patient">
          {data.snapshot.patient.name} (born {data.snapshot.patient.birthDate})
        </Field>
        <Field label="Payer">
          {data.snapshot.payer.name} ({data.snapshot.payer.payerId}), {data.coverageOrder}, member …{data.snapshot.subscriber.memberIdLast4}
        </Field>
        <Field label="Date of service">{data.dateOfService}</Field>
        <Field label="Frequency">
          {data.frequency}
          {data.payerClaimNumber ? `, payer claim ${data.payerClaimNumber}` : ''}
        </Field>
        <Field label="Charge">{formatCents(data.totalChargeCents)}</Field>
        <Field label="Paid by payers">{formatCents(paidCents)}</Field>
        <Field label="Patient responsibility">{formatCents(patientCents)}</Field>
        {data.replacesClaimId && (
          <Field label="Follows claim">
            <Anchor component={Link} to={`/claims/${data.replacesClaimId}`}>
              the claim it {data.frequency === '1' ? 'corrects' : data.frequency === '7' ? 'replaces' : 'voids'}
            </Anchor>
          </Field>
        )}
      </SimpleGrid>
      {writer && <ClaimActions organizationId={organizationId} claim={data} />}
      <Title order={2} size="h3">
        Open scrub findings
      </Title>
      <ClaimFindings organizationId={organizationId} claimId={claimId} findings={data.findings.filter((finding) => !finding.resolvedAt)} canOverride={writer} />
      <Title order={2} size="h3">
        Lines
      </Title>
      <Table aria-label="Claim lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Line</Table.Th>
            <Table.Th>Date</Table.Th>
            <Table.Th>Procedure</Table.Th>
            <Table.Th>Units</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Charge</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>{line.lineNumber}</Table.Td>
              <Table.Td>{line.dateOfService}</Table.Td>
              <Table.Td>{[line.procedureCode, ...line.modifiers].join(' ')}</Table.Td>
              <Table.Td>{line.units}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{formatCents(line.chargeCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h3">
        Work items
      </Title>
      {workItems.data && workItems.data.items.length === 0 && <Text c="dimmed" size="sm">No work item for this claim.</Text>}
      {workItems.data?.items.map((item) => (
        <Text size="sm" key={item.id}>
          <Anchor component={Link} to={`/work-items/${item.id}`}>
            {item.title}
          </Anchor>{' '}
          — {item.state}
        </Text>
      ))}
      <Title order={2} size="h3">
        Timeline
      </Title>
      {timeline.isPending && <Loader aria-label="Loading the timeline" />}
      {timeline.error && <Alert color="red" role="alert">{messageOf(timeline.error)}</Alert>}
      {timeline.data && <ClaimTimeline entries={timeline.data} />}
    </Stack>
  );
}

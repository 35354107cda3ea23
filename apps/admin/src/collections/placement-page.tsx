import { Alert, Anchor, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { messageOf } from '../api/problem';
import type { AgencyActivity, DirectPaymentReport, Placement } from '../api/views';
import { dateTime } from '../format/date-time';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, COLLECTION_WORKER_ROLES } from '../session/permissions';
import { collectionKeys, usePlacement } from './collection-queries';
import { ACTIVITY_KINDS, closedReasonText, PLACEMENT_STATES } from './collection-words';
import { CreditReportingAnswer } from './credit-reporting-answer';
import { RecallForm } from './recall-form';

function PlacementFacts({ placement }: { placement: Placement }) {
  const rows: [string, ReactNode][] = [
    [
      'Patient',
      <Anchor key="patient" component={Link} to={`/patients/${placement.patientId}`}>
        {placement.patientName}
      </Anchor>,
    ],
    ['Account', placement.accountNumber],
    ['Agency status', PLACEMENT_STATES[placement.state]],
    ['Agency connector', placement.connectorId],
    ['Placed on', placement.placedOn],
    ['Placed', formatCents(placement.placedCents)],
    ['Collected by the agency', formatCents(placement.collectedCents)],
    ['Balance now', formatCents(placement.balanceCents)],
    ['Itemization date', placement.itemizationDate],
    ['Validation notice sent for the agency', placement.validationNoticeSentOn ?? 'No (the agency sends its own)'],
    ...(placement.endedOn ? ([['Ended on', placement.endedOn]] as [string, string][]) : []),
    ...(placement.closedReason ? ([['Why it ended', closedReasonText(placement.closedReason)]] as [string, string][]) : []),
  ];
  return (
    <Table aria-label="Placement" variant="vertical" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={280}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A payment's amount with the agency's fee and how it posted. */
function amountText(activity: AgencyActivity): string {
  if (activity.kind !== 'payment') return formatCents(activity.amountCents);
  const posting = activity.feePosting === 'net' ? 'posted net, the fee written off' : 'posted gross';
  return `${formatCents(activity.amountCents)} (fee ${formatCents(activity.agencyFeeCents)}, ${posting})`;
}

function ActivityTable({ activity }: { activity: readonly AgencyActivity[] }) {
  if (activity.length === 0) return <Text>The agency has reported no activity on the account.</Text>;
  return (
    <Table aria-label="Agency activity">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Date</Table.Th>
          <Table.Th>Activity</Table.Th>
          <Table.Th>Amount</Table.Th>
          <Table.Th>Agency reference</Table.Th>
          <Table.Th>Note</Table.Th>
          <Table.Th>Recorded</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {activity.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>{row.occurredOn}</Table.Td>
            <Table.Td>{ACTIVITY_KINDS[row.kind]}</Table.Td>
            <Table.Td>{amountText(row)}</Table.Td>
            <Table.Td>{row.reference}</Table.Td>
            <Table.Td>{row.note ?? '—'}</Table.Td>
            <Table.Td>
              <time dateTime={row.createdAt}>{dateTime(row.createdAt)}</time>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function DirectPaymentsTable({ reports }: { reports: readonly DirectPaymentReport[] }) {
  if (reports.length === 0) return <Text>The patient has made no payment to the clinic since the placement.</Text>;
  return (
    <Table aria-label="Payments to the clinic">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Paid on</Table.Th>
          <Table.Th>Amount</Table.Th>
          <Table.Th>Owed after it</Table.Th>
          <Table.Th>The agency</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reports.map((report) => (
          <Table.Tr key={report.id}>
            <Table.Td>{report.paidOn}</Table.Td>
            <Table.Td>{formatCents(report.amountCents)}</Table.Td>
            <Table.Td>{formatCents(report.balanceCents)}</Table.Td>
            <Table.Td>{report.outcome === 'reported' ? `Told (${report.reference ?? ''})` : 'Not told: the agency connector cannot report payments; tell the agency'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One placed account: its facts, the credit-reporting answer, the agency's activity history, the payments made to the clinic, and a recall. */
export function PlacementPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const placementId = useParams().placementId ?? '';
  const detail = usePlacement(organizationId, placementId);
  const placement = detail.data?.placement;

  return (
    <Stack>
      <Anchor component={Link} to="/collections/placements">
        ← Placed accounts
      </Anchor>
      <Title order={1} size="h2">
        {placement ? `${placement.patientName}, account ${placement.accountNumber}` : 'Placed account'}
      </Title>
      {detail.isPending && <Loader aria-label="Loading the placement" />}
      {detail.error && (
        <Alert color="red" role="alert">
          {messageOf(detail.error)}
        </Alert>
      )}
      {placement && detail.data && (
        <>
          <PlacementFacts placement={placement} />
          {placement.state === 'placed' && allows(roles, COLLECTION_WORKER_ROLES) && (
            <RecallForm placementIds={[placement.id]} onRecalled={() => void queryClient.invalidateQueries({ queryKey: collectionKeys.all(organizationId) })} />
          )}
          <CreditReportingAnswer organizationId={organizationId} placementId={placement.id} />
          <Title order={2} size="h3">
            Agency activity
          </Title>
          <ActivityTable activity={detail.data.activity} />
          <Title order={2} size="h3">
            Payments to the clinic
          </Title>
          <DirectPaymentsTable reports={detail.data.directPayments} />
        </>
      )}
    </Stack>
  );
}

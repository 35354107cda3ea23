import { Alert, Loader, Modal, Table, Text } from '@mantine/core';
import { messageOf } from '../../api/problem';
import type { ReportEmail, ReportSchedule, ReportSummary } from '../../api/views';
import { dateTime } from '../../format/date-time';
import { formatReportValue } from '../report-format';
import { useScheduleEmailsQuery } from './schedule-queries';

/** One report's headline as the email carried it, in the report's unit when the report is still listed. */
export function emailedHeadline(report: ReportEmail['reports'][number], reports: readonly ReportSummary[]): string {
  if (report.value === null) return `${report.title}: see the report`;
  if (report.denominator === 0) return `${report.title}: nothing to count`;
  const unit = reports.find((candidate) => candidate.id === report.id)?.unit;
  return `${report.title}: ${unit ? formatReportValue(report.value, unit) : String(report.value)}`;
}

/** Who sent an email: a person's test send, or the schedule on its day. */
const senderOf = (email: ReportEmail) => (email.sentBy === 'schedule' ? 'on schedule' : 'test send');

interface ScheduleEmailsDialogProps {
  readonly organizationId: string;
  readonly schedule: ReportSchedule;
  readonly reports: readonly ReportSummary[];
  readonly onClose: () => void;
}

/** The emails a schedule sent, newest first: when, for which period, to whom, with which numbers, and how. */
export function ScheduleEmailsDialog({ organizationId, schedule, reports, onClose }: ScheduleEmailsDialogProps) {
  const emails = useScheduleEmailsQuery(organizationId, schedule.id);
  return (
    <Modal opened onClose={onClose} title={`Emails of “${schedule.name}”`} size="95%" closeButtonProps={{ 'aria-label': 'Close' }}>
      {emails.isPending && <Loader aria-label="Loading the emails" />}
      {emails.error && (
        <Alert color="red" role="alert">
          {messageOf(emails.error)}
        </Alert>
      )}
      {emails.data && emails.data.length === 0 && <Text>No email sent yet.</Text>}
      {emails.data && emails.data.length > 0 && (
        <Table aria-label={`Emails of ${schedule.name}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Sent</Table.Th>
              <Table.Th>Period</Table.Th>
              <Table.Th>As of</Table.Th>
              <Table.Th>Recipients</Table.Th>
              <Table.Th>Numbers</Table.Th>
              <Table.Th>How</Table.Th>
              <Table.Th>Message</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {emails.data.map((email) => (
              <Table.Tr key={email.id}>
                <Table.Td>
                  <time dateTime={email.createdAt}>{dateTime(email.createdAt)}</time>
                </Table.Td>
                <Table.Td>
                  {email.periodFrom} to {email.periodTo}
                </Table.Td>
                <Table.Td>
                  <time dateTime={email.asOf}>{dateTime(email.asOf)}</time>
                </Table.Td>
                <Table.Td>{email.recipients.join(', ')}</Table.Td>
                <Table.Td>
                  {email.reports.map((report) => (
                    <Text size="sm" key={report.id}>
                      {emailedHeadline(report, reports)}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>{senderOf(email)}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{email.outboxFile ?? email.messageId}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}

import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { expectOk, messageOf } from '../../api/problem';
import type { ReportEmail, ReportSchedule, ReportScheduleInput, ReportSummary } from '../../api/views';
import { ConfirmDialog } from '../../administration/confirm-dialog';
import { useCurrentOrganization } from '../../session/current-organization';
import { useParameterValue } from '../record-names';
import { useReportsQuery } from '../report-queries';
import { ScheduleEmailsDialog } from './schedule-emails-dialog';
import { ScheduleFormDialog } from './schedule-form-dialog';
import { CADENCE_LABELS, schedulesKey, useSchedulesQuery, WINDOW_LABELS } from './schedule-queries';

/** What the screen has open: the form (new or changing a schedule), a schedule's emails, or the delete question. */
type Open = { kind: 'form'; schedule?: ReportSchedule } | { kind: 'emails' | 'delete'; schedule: ReportSchedule } | null;

const titlesOf = (ids: readonly string[], reports: readonly ReportSummary[]) => ids.map((id) => reports.find((report) => report.id === id)?.title ?? id).join(', ');

/** The schedule's filters in words, locations, providers and payers by name. */
function filtersText(schedule: ReportSchedule, valueOf: (name: string, value: unknown) => string): string {
  const parts = Object.entries(schedule.filters).map(([name, value]) => `${name.replace(/Id$/, '')} ${valueOf(name, value)}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** Scheduled report emails (manager, administrator): list, schedule, change, delete, send a test, read what was sent. */
export function ReportSchedulesPage() {
  const { organizationId } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const schedules = useSchedulesQuery(organizationId);
  const reports = useReportsQuery(organizationId).data ?? [];
  const valueOf = useParameterValue(organizationId);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: schedulesKey(organizationId) });
  const path = { organizationId };

  const save = async (body: ReportScheduleInput, schedule?: ReportSchedule) => {
    const saved = schedule
      ? await expectOk<ReportSchedule>(api.PATCH('/api/organizations/{organizationId}/report-schedules/{scheduleId}', { params: { path: { ...path, scheduleId: schedule.id } }, body }))
      : await expectOk<ReportSchedule>(api.POST('/api/organizations/{organizationId}/report-schedules', { params: { path }, body }));
    setNotice(`${schedule ? 'Saved' : 'Scheduled'} “${saved.name}”: next email on ${saved.nextSendOn}.`);
    await refresh();
  };
  const send = useMutation({
    mutationFn: (schedule: ReportSchedule) => expectOk<ReportEmail>(api.POST('/api/organizations/{organizationId}/report-schedules/{scheduleId}/send', { params: { path: { ...path, scheduleId: schedule.id } } })),
    onSuccess: (email) => {
      setNotice(`Test email sent to ${email.recipients.join(', ')} for ${email.periodFrom} to ${email.periodTo}.`);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (schedule: ReportSchedule) => expectOk<unknown>(api.DELETE('/api/organizations/{organizationId}/report-schedules/{scheduleId}', { params: { path: { ...path, scheduleId: schedule.id } } })),
    onSuccess: (_answer, schedule) => {
      setOpen(null);
      setNotice(`Deleted “${schedule.name}”; the emails it sent stay in the log.`);
      void refresh();
    },
  });

  return (
    <Stack>
      <Anchor component={Link} to="/reports">
        ← Reports
      </Anchor>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Scheduled report emails
        </Title>
        <Button onClick={() => setOpen({ kind: 'form' })}>Schedule a report email</Button>
      </Group>
      <Text>Each email carries the headline numbers of its reports for its period and a link to the reports — no patient data.</Text>
      {notice && (
        <Text role="status" c="teal.9">
          {notice}
        </Text>
      )}
      {send.error && (
        <Alert color="red" role="alert">
          {messageOf(send.error)}
        </Alert>
      )}
      {schedules.isPending && <Loader aria-label="Loading the schedules" />}
      {schedules.error && (
        <Alert color="red" role="alert">
          {messageOf(schedules.error)}
        </Alert>
      )}
      {schedules.data && schedules.data.length === 0 && <Text>No report email is scheduled.</Text>}
      {schedules.data && schedules.data.length > 0 && (
        <Table aria-label="Scheduled report emails">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Reports</Table.Th>
              <Table.Th>Recipients</Table.Th>
              <Table.Th>Cadence and period</Table.Th>
              <Table.Th>Filters</Table.Th>
              <Table.Th>Next email</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schedules.data.map((schedule) => (
              <Table.Tr key={schedule.id}>
                <Table.Td>{schedule.name}</Table.Td>
                <Table.Td>{titlesOf(schedule.reportIds, reports)}</Table.Td>
                <Table.Td>{schedule.recipients.join(', ')}</Table.Td>
                <Table.Td>
                  {CADENCE_LABELS[schedule.cadence]}, {WINDOW_LABELS[schedule.window].toLowerCase()}
                </Table.Td>
                <Table.Td>{filtersText(schedule, valueOf)}</Table.Td>
                <Table.Td>{schedule.active ? schedule.nextSendOn : 'paused'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => setOpen({ kind: 'form', schedule })} aria-label={`Change ${schedule.name}`}>
                      Change
                    </Button>
                    <Button size="xs" variant="default" onClick={() => send.mutate(schedule)} loading={send.isPending && send.variables.id === schedule.id} aria-label={`Send a test of ${schedule.name}`}>
                      Send a test
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setOpen({ kind: 'emails', schedule })} aria-label={`Emails of ${schedule.name}`}>
                      Emails
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => {
                        remove.reset();
                        setOpen({ kind: 'delete', schedule });
                      }}
                      aria-label={`Delete ${schedule.name}`}
                    >
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open?.kind === 'form' && <ScheduleFormDialog organizationId={organizationId} reports={reports} schedule={open.schedule} onClose={() => setOpen(null)} onSave={(body) => save(body, open.schedule)} />}
      {open?.kind === 'emails' && <ScheduleEmailsDialog organizationId={organizationId} schedule={open.schedule} reports={reports} onClose={() => setOpen(null)} />}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          opened
          title="Delete this schedule?"
          message={`“${open.schedule.name}” stops sending. The emails it sent stay in the log.`}
          confirmLabel="Delete"
          onConfirm={() => remove.mutate(open.schedule)}
          onCancel={() => setOpen(null)}
          busy={remove.isPending}
          error={remove.error ? messageOf(remove.error) : undefined}
        />
      )}
    </Stack>
  );
}

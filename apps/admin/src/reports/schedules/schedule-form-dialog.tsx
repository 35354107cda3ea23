import { Alert, Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldMessage, formMessage } from '../../api/problem';
import type { ReportCadence, ReportSchedule, ReportScheduleInput, ReportSummary, ReportWindow } from '../../api/views';
import { FilterSelects } from '../report-filter-selects';
import { bodyOf, draftOf, type ScheduleDraft } from './schedule-draft';
import { CADENCE_LABELS, WINDOW_LABELS } from './schedule-queries';

interface ScheduleFormDialogProps {
  readonly organizationId: string;
  readonly reports: readonly ReportSummary[];
  /** The schedule to change; a new one when absent. */
  readonly schedule?: ReportSchedule | undefined;
  readonly onClose: () => void;
  /** Saves the body (a POST or a PATCH); a refusal is thrown and shown on the form. */
  readonly onSave: (body: ReportScheduleInput) => Promise<unknown>;
}

const FIELDS = ['name', 'reportIds', 'recipients', 'cadence', 'window', 'firstSendOn'];

const options = <K extends string>(labels: Readonly<Record<K, string>>) => Object.entries<string>(labels).map(([value, label]) => ({ value, label }));

/** Creates or changes a report email: its name, reports, recipients, cadence, window, filters, next day and whether it is on. */
export function ScheduleFormDialog({ organizationId, reports, schedule, onClose, onSave }: ScheduleFormDialogProps) {
  const [draft, setDraft] = useState<ScheduleDraft>(() => draftOf(schedule));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<ScheduleDraft>) => setDraft({ ...draft, ...change });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave(bodyOf(draft, schedule));
      onClose();
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  }

  const title = schedule ? `Change “${schedule.name}”` : 'Schedule a report email';
  const message = formMessage(error, FIELDS);
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
        <Stack>
          <TextInput label="Name" required value={draft.name} onChange={(event) => set({ name: event.currentTarget.value })} error={fieldMessage(error, 'name')} />
          <Checkbox.Group
            label="Reports (their headline numbers go in the email)"
            value={[...draft.reportIds]}
            onChange={(ticked: string[]) => set({ reportIds: reports.map((report) => report.id).filter((id) => ticked.includes(id)) })}
            error={fieldMessage(error, 'reportIds')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {reports.map((report) => (
                <Checkbox key={report.id} value={report.id} label={report.title} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea
            label="Recipients"
            description="Staff e-mail addresses, one per line or separated by commas. The email carries totals only, never patient data."
            required
            autosize
            minRows={2}
            value={draft.recipients}
            onChange={(event) => set({ recipients: event.currentTarget.value })}
            error={fieldMessage(error, 'recipients')}
          />
          <Group align="end">
            <NativeSelect label="Cadence" value={draft.cadence} onChange={(event) => set({ cadence: event.currentTarget.value as ReportCadence })} data={options(CADENCE_LABELS)} />
            <NativeSelect label="Period of each email" value={draft.window} onChange={(event) => set({ window: event.currentTarget.value as ReportWindow })} data={options(WINDOW_LABELS)} />
            <TextInput
              label={schedule ? 'Next email on' : 'First email on'}
              description={schedule ? undefined : 'Empty for today'}
              type="date"
              value={draft.sendOn}
              onChange={(event) => set({ sendOn: event.currentTarget.value })}
              error={fieldMessage(error, 'firstSendOn')}
            />
          </Group>
          <Group align="end">
            <FilterSelects organizationId={organizationId} value={draft.filters} onChange={(change) => set({ filters: { ...draft.filters, ...change } })} />
          </Group>
          <Switch label="Active (sends on its days)" checked={draft.active} onChange={(event) => set({ active: event.currentTarget.checked })} />
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {schedule ? 'Save' : 'Schedule'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import type { ReportCadence, ReportSchedule, ReportScheduleFilters, ReportScheduleInput, ReportWindow } from '../../api/views';

/** A schedule as its form holds it: recipients as typed, the next day to send as a date. */
export interface ScheduleDraft {
  readonly name: string;
  readonly reportIds: readonly string[];
  readonly recipients: string;
  readonly cadence: ReportCadence;
  readonly window: ReportWindow;
  readonly filters: ReportScheduleFilters;
  /** The first (or next) day to send, YYYY-MM-DD; empty for today. */
  readonly sendOn: string;
  readonly active: boolean;
}

/** The form's values for a new schedule, or for changing `schedule`. */
export function draftOf(schedule?: ReportSchedule): ScheduleDraft {
  if (!schedule) return { name: '', reportIds: [], recipients: '', cadence: 'weekly', window: 'month-to-date', filters: {}, sendOn: '', active: true };
  return {
    name: schedule.name,
    reportIds: [...schedule.reportIds],
    recipients: schedule.recipients.join('\n'),
    cadence: schedule.cadence,
    window: schedule.window,
    filters: { ...schedule.filters },
    sendOn: schedule.nextSendOn,
    active: schedule.active,
  };
}

/** Addresses as typed, one per line or separated by commas, semicolons or spaces. */
export function parseRecipients(text: string): string[] {
  return text.split(/[\s,;]+/).filter((address) => address !== '');
}

/** The filters the schedule passes to its reports, without the ones left at "any". */
function chosenFilters(filters: ReportScheduleFilters): ReportScheduleFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as ReportScheduleFilters;
}

/**
 * The body of `POST …/report-schedules` (or `PATCH …/:id` when changing `original`): the next day to send goes only
 * when set (new) or changed (edit), since sending it moves the schedule.
 */
export function bodyOf(draft: ScheduleDraft, original?: ReportSchedule): ReportScheduleInput {
  const sendOnChanged = draft.sendOn !== '' && draft.sendOn !== original?.nextSendOn;
  return {
    name: draft.name.trim(),
    reportIds: [...draft.reportIds],
    recipients: parseRecipients(draft.recipients),
    cadence: draft.cadence,
    window: draft.window,
    filters: chosenFilters(draft.filters),
    active: draft.active,
    ...(sendOnChanged ? { firstSendOn: draft.sendOn } : {}),
  };
}

import { describe, expect, it } from 'vitest';
import type { ReportSchedule } from '../../api/views';
import { bodyOf, draftOf, parseRecipients } from './schedule-draft';

const SCHEDULE: ReportSchedule = {
  id: 's-1',
  name: 'Monday numbers',
  reportIds: ['initial-denial-rate', 'clean-claim-rate'],
  recipients: ['manager@clinic.test', 'owner@clinic.test'],
  cadence: 'weekly',
  window: 'year-to-date',
  filters: { payerId: 'p-1' },
  nextSendOn: '2026-12-07',
  active: true,
  createdBy: 'user:u-1',
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
};

describe('schedule drafts', () => {
  it('reads recipients one per line or separated by commas, semicolons or spaces', () => {
    expect(parseRecipients(' a@clinic.test,\nb@clinic.test; c@clinic.test  d@clinic.test\n')).toEqual(['a@clinic.test', 'b@clinic.test', 'c@clinic.test', 'd@clinic.test']);
  });

  it('sends a new schedule without a first day when none was chosen, and filters left at any out', () => {
    const draft = { ...draftOf(), name: ' Daily denials ', reportIds: ['initial-denial-rate'], recipients: 'ar@clinic.test', filters: { payerId: undefined, locationId: 'l-1' } };
    expect(bodyOf(draft)).toEqual({ name: 'Daily denials', reportIds: ['initial-denial-rate'], recipients: ['ar@clinic.test'], cadence: 'weekly', window: 'month-to-date', filters: { locationId: 'l-1' }, active: true });
    expect(bodyOf({ ...draft, sendOn: '2026-12-01' }).firstSendOn).toBe('2026-12-01');
  });

  it('changes a schedule, moving its next day only when it was changed', () => {
    const draft = draftOf(SCHEDULE);
    expect(draft.recipients).toBe('manager@clinic.test\nowner@clinic.test');
    expect(bodyOf(draft, SCHEDULE)).toEqual({
      name: 'Monday numbers',
      reportIds: ['initial-denial-rate', 'clean-claim-rate'],
      recipients: ['manager@clinic.test', 'owner@clinic.test'],
      cadence: 'weekly',
      window: 'year-to-date',
      filters: { payerId: 'p-1' },
      active: true,
    });
    expect(bodyOf({ ...draft, sendOn: '2026-12-14', active: false }, SCHEDULE)).toMatchObject({ firstSendOn: '2026-12-14', active: false });
  });
});

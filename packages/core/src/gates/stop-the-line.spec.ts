import { stopTheLine, windowStart, type DefectOccurrence } from './stop-the-line';

const now = new Date('2026-11-30T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const occurrence = (recordId: string, at: Date, recordType = 'encounter'): DefectOccurrence => ({ recordType, recordId, at });
const current = occurrence('enc-2', now);

describe('the stop-the-line rule', () => {
  it('does not stop the line at the first defect of a check', () => {
    expect(stopTheLine([], current, 30)).toEqual({ repeated: false, distinctRecords: 1 });
  });

  it('stops it when a second record fails the check within the window', () => {
    expect(stopTheLine([occurrence('enc-1', daysAgo(29))], current, 30)).toEqual({ repeated: true, distinctRecords: 2 });
  });

  it('counts the window boundary in, and anything older out', () => {
    expect(stopTheLine([occurrence('enc-1', daysAgo(30))], current, 30).repeated).toBe(true);
    expect(stopTheLine([occurrence('enc-1', new Date(daysAgo(30).getTime() - 1))], current, 30)).toEqual({ repeated: false, distinctRecords: 1 });
    expect(stopTheLine([occurrence('enc-1', daysAgo(8))], current, 7).repeated).toBe(false);
  });

  it('counts a record once: the same encounter refused twice is one defect', () => {
    expect(stopTheLine([occurrence('enc-2', daysAgo(1))], current, 30)).toEqual({ repeated: false, distinctRecords: 1 });
  });

  it('does not stop the line again when a record already counted fails again', () => {
    expect(stopTheLine([occurrence('enc-1', daysAgo(3)), occurrence('enc-2', daysAgo(2))], current, 30)).toEqual({ repeated: false, distinctRecords: 2 });
  });

  it('stops it again for each further record (a note on the open upstream item)', () => {
    const earlier = [occurrence('enc-1', daysAgo(3)), occurrence('enc-2', daysAgo(2))];
    expect(stopTheLine(earlier, occurrence('enc-3', now), 30)).toEqual({ repeated: true, distinctRecords: 3 });
  });

  it('tells records of different types apart', () => {
    expect(stopTheLine([occurrence('x-1', daysAgo(1), 'claim')], occurrence('x-1', now, 'encounter'), 30).repeated).toBe(true);
  });

  it('ignores occurrences after the current one', () => {
    expect(stopTheLine([occurrence('enc-1', new Date(now.getTime() + 1000))], current, 30).repeated).toBe(false);
  });

  it('measures the window in whole days back from the defect', () => {
    expect(windowStart(now, 30).toISOString()).toBe('2026-10-31T12:00:00.000Z');
  });
});

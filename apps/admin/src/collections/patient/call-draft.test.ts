import { describe, expect, it } from 'vitest';
import { callBody, callCheckText, instantOf, localInputOf, newCallDraft } from './call-draft';

const NOW = new Date('2026-03-10T15:30:45Z');

describe('a collection call as the form edits it', () => {
  it('shows an instant as local time to the minute, and reads it back as the same instant', () => {
    const local = localInputOf(NOW);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(instantOf(local)).toBe('2026-03-10T15:30:00.000Z');
    for (const typed of ['', '2026-03-10', 'yesterday', '2026-02-30T25:00']) expect(instantOf(typed)).toBeNull();
  });

  it('sends the call with instants, the debtor’s zone when known, and the consent only when given', () => {
    const draft = { ...newCallDraft(NOW), conversation: true, timeZone: 'America/Chicago', note: 'Talked about a plan.' };
    expect(callBody(draft)).toEqual({
      body: { at: '2026-03-10T15:30:00.000Z', initiatedBy: 'collector', connected: true, conversation: true, timeZones: ['America/Chicago'], note: 'Talked about a plan.' },
    });
    const consented = callBody({ ...draft, timeZone: '', consentGivenAt: localInputOf(new Date('2026-03-09T14:00:00Z')) });
    expect(consented).toMatchObject({ body: { consentGivenAt: '2026-03-09T14:00:00.000Z', timeZones: [] } });
  });

  it('refuses a call without a time, a consent time it cannot read, and a conversation on a call that did not connect', () => {
    expect(callBody({ ...newCallDraft(NOW), at: '', consentGivenAt: 'soon', connected: false, conversation: true })).toEqual({
      errors: { at: 'Enter the date and time of the call', consentGivenAt: 'Enter the date and time of the consent, or leave it empty', conversation: 'A conversation needs a call that connected' },
    });
  });

  it('says the call may be placed, or every rule that stops it and when one is allowed', () => {
    expect(callCheckText({ allowed: true })).toEqual({ allowed: true, lines: ['No rule stops this call: the limits, the hours, opt-outs and disputes allow it.'] });
    const refused = callCheckText({ allowed: false, reasons: ['the debtor asked not to be called', 'it is 03:00 in America/Chicago: no calls before 8 a.m. or after 9 p.m.'], nextAllowedAt: '2026-03-10T13:00:00.000Z' });
    expect(refused.allowed).toBe(false);
    expect(refused.lines.slice(0, 2)).toEqual(['the debtor asked not to be called', 'it is 03:00 in America/Chicago: no calls before 8 a.m. or after 9 p.m.']);
    expect(refused.lines[2]).toMatch(/^The next time a call is allowed: Mar 10, 2026, /);
  });
});

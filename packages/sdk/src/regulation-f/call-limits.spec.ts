import { ValidationError } from '../errors/errors';
import { mayPlaceCall, type CallDecision, type CallRecord } from './call-limits';

const NEW_YORK = 'America/New_York';

/** A collector's call that connected, without a conversation, unless `change` says otherwise. */
function call(at: string, debtIds: readonly string[], change: Partial<CallRecord> = {}): CallRecord {
  return { at: new Date(at), debtIds, initiatedBy: 'collector', connected: true, conversation: false, ...change };
}

/** One call about `debtIds` at 10:00 EST (15:00Z) on each of the given March 2024 days (all before the DST change). */
function dailyCalls(days: readonly number[], debtIds: readonly string[] = ['A']): CallRecord[] {
  return days.map((day) => call(`2024-03-${String(day).padStart(2, '0')}T15:00:00Z`, debtIds));
}

type Expected = 'allowed' | { rules: [string, string][]; next: string };

function summary(decision: CallDecision): Expected {
  if (decision.allowed) return 'allowed';
  return { rules: decision.refusals.map((refusal) => [refusal.rule, refusal.debtId]), next: decision.nextAllowedAt.toISOString() };
}

describe('mayPlaceCall: at most 7 placed calls per debt in 7 consecutive days', () => {
  it.each<[string, CallRecord[], string, readonly string[], Expected, string?]>([
    ['6 calls Mar 1–6, the 7th on Mar 7', dailyCalls([1, 2, 3, 4, 5, 6]), '2024-03-07T15:00:00Z', ['A'], 'allowed'],
    // Mar 1–7 hold 7 calls; the Mar 1 call leaves the window on Mar 8 → 00:00 EST Mar 8 = 05:00Z.
    ['7 calls Mar 1–7, an 8th on Mar 7', dailyCalls([1, 2, 3, 4, 5, 6, 7]), '2024-03-07T21:00:00Z', ['A'], { rules: [['seven-calls-in-seven-days', 'A']], next: '2024-03-08T05:00:00.000Z' }],
    // The window slides: on Mar 8 the days Mar 2–8 hold 6 calls.
    ['7 calls Mar 1–7, the next on Mar 8', dailyCalls([1, 2, 3, 4, 5, 6, 7]), '2024-03-08T15:00:00Z', ['A'], 'allowed'],
    // 3 calls on Mar 4, 4 on Mar 6; on Mar 9 the days Mar 3–9 hold 7. Sorted days 4,4,4,6,6,6,6: the window drops
    // under 7 when the first Mar 4 call leaves, on Mar 11 — after the switch to EDT, so 00:00 EDT = 04:00Z.
    // (Mar 10's window, Mar 4–10, still holds 7.)
    ['3 calls Mar 4 and 4 on Mar 6, across the DST change', dailyCalls([4, 4, 4, 6, 6, 6, 6]), '2024-03-09T15:00:00Z', ['A'], { rules: [['seven-calls-in-seven-days', 'A']], next: '2024-03-11T04:00:00.000Z' }],
    [
      // Of 7 calls Mar 1–7, Mar 2 did not connect, Mar 3 the consumer made, Mar 4 had consent given Mar 2 (day 3 of
      // 7): 4 count.
      'calls that do not connect, the consumer makes or had consent do not count',
      [
        ...dailyCalls([1, 5, 6, 7]),
        call('2024-03-02T15:00:00Z', ['A'], { connected: false }),
        call('2024-03-03T15:00:00Z', ['A'], { initiatedBy: 'consumer' }),
        call('2024-03-04T15:00:00Z', ['A'], { consentGivenAt: new Date('2024-03-02T16:00:00Z') }),
      ],
      '2024-03-07T20:00:00Z',
      ['A'],
      'allowed',
    ],
    [
      // Consent given Feb 24 covers Feb 24–Mar 1 (day 1 to 7; 2024 is a leap year); the Mar 2 call counts.
      'consent older than 7 days does not exclude a call',
      [...dailyCalls([1, 3, 4, 5, 6, 7]), call('2024-03-02T15:00:00Z', ['A'], { consentGivenAt: new Date('2024-02-24T15:00:00Z') })],
      '2024-03-07T20:00:00Z',
      ['A'],
      { rules: [['seven-calls-in-seven-days', 'A']], next: '2024-03-08T05:00:00.000Z' },
    ],
    ['across debts: 7 calls about A do not limit B', dailyCalls([1, 2, 3, 4, 5, 6, 7]), '2024-03-07T20:00:00Z', ['B'], 'allowed'],
    ['across debts: a call about A and B is refused for A', dailyCalls([1, 2, 3, 4, 5, 6, 7]), '2024-03-07T20:00:00Z', ['A', 'B'], { rules: [['seven-calls-in-seven-days', 'A']], next: '2024-03-08T05:00:00.000Z' }],
    ['across debts: calls about A and B count for each', dailyCalls([1, 2, 3, 4, 5, 6, 7], ['A', 'B']), '2024-03-07T20:00:00Z', ['B'], { rules: [['seven-calls-in-seven-days', 'B']], next: '2024-03-08T05:00:00.000Z' }],
    ['calls recorded after the instant asked about are not considered', dailyCalls([1, 2, 3, 4, 5, 6, 7]), '2024-03-06T20:00:00Z', ['A'], 'allowed'],
  ])('%s', (_case, history, at, debtIds, expected) => {
    expect(summary(mayPlaceCall({ at: new Date(at), debtIds, timeZone: NEW_YORK, history }))).toEqual(expected);
  });

  it('counts days in the consumer time zone', () => {
    // The first call is at 03:00Z on Mar 2, which is 22:00 EST on Mar 1 in New York; 6 more on Mar 2–7 at 15:00Z.
    // Asked at 14:00Z Mar 8 (09:00 EST): in New York the window Mar 2–8 holds 6 calls → allowed. In UTC the first call
    // is on Mar 2 and the window Mar 2–8 holds 7 → refused until it leaves, 00:00Z Mar 9.
    const history = [call('2024-03-02T03:00:00Z', ['A']), ...dailyCalls([2, 3, 4, 5, 6, 7])];
    const at = new Date('2024-03-08T14:00:00Z');
    expect(summary(mayPlaceCall({ at, debtIds: ['A'], timeZone: NEW_YORK, history }))).toBe('allowed');
    expect(summary(mayPlaceCall({ at, debtIds: ['A'], timeZone: 'UTC', history }))).toEqual({ rules: [['seven-calls-in-seven-days', 'A']], next: '2024-03-09T00:00:00.000Z' });
  });
});

describe('mayPlaceCall: no call within 7 days after a conversation (its day is day 1)', () => {
  const conversationMar5 = call('2024-03-05T15:00:00Z', ['A', 'B'], { conversation: true });
  it.each<[string, CallRecord[], string, readonly string[], Expected]>([
    // Conversation Tue Mar 5 (day 1) → days 1–7 are Mar 5–11; the first allowed instant is 00:00 EDT Mar 12 = 04:00Z.
    ['on day 7 (Mar 11, 20:00 EDT)', [conversationMar5], '2024-03-12T00:00:00Z', ['A'], { rules: [['seven-days-after-conversation', 'A']], next: '2024-03-12T04:00:00.000Z' }],
    ['on day 8 at midnight', [conversationMar5], '2024-03-12T04:00:00Z', ['A'], 'allowed'],
    ['later the same day', [conversationMar5], '2024-03-05T20:00:00Z', ['A'], { rules: [['seven-days-after-conversation', 'A']], next: '2024-03-12T04:00:00.000Z' }],
    ['earlier the same day, before the conversation', [conversationMar5], '2024-03-05T14:00:00Z', ['A'], 'allowed'],
    ['for each debt it was about', [conversationMar5], '2024-03-06T15:00:00Z', ['B', 'C'], { rules: [['seven-days-after-conversation', 'B']], next: '2024-03-12T04:00:00.000Z' }],
    ['not for another debt', [conversationMar5], '2024-03-06T15:00:00Z', ['C'], 'allowed'],
    [
      // A conversation the consumer started blocks too; 22:30 EST Mar 4 (03:30Z Mar 5) makes Mar 4 day 1 in New
      // York, so Mar 11 00:00 EDT (04:00Z) is allowed.
      'started by the consumer late in the evening',
      [call('2024-03-05T03:30:00Z', ['A'], { conversation: true, initiatedBy: 'consumer' })],
      '2024-03-11T04:30:00Z',
      ['A'],
      'allowed',
    ],
    [
      // Conversation Thu Mar 7 blocks Mar 7–13 (first allowed Mar 14 00:00 EDT = 04:00Z); the 7 calls Mar 1–7 would
      // allow Mar 8 (05:00Z). The later of the two is the answer.
      'with the 7-in-7 limit reached as well',
      [...dailyCalls([1, 2, 3, 4, 5, 6]), call('2024-03-07T15:00:00Z', ['A'], { conversation: true })],
      '2024-03-07T20:00:00Z',
      ['A'],
      { rules: [['seven-days-after-conversation', 'A'], ['seven-calls-in-seven-days', 'A']], next: '2024-03-14T04:00:00.000Z' },
    ],
    ['a call that did not connect is no conversation', [call('2024-03-05T15:00:00Z', ['A'], { connected: false })], '2024-03-06T15:00:00Z', ['A'], 'allowed'],
  ])('%s', (_case, history, at, debtIds, expected) => {
    expect(summary(mayPlaceCall({ at: new Date(at), debtIds, timeZone: NEW_YORK, history }))).toEqual(expected);
  });

  it('allows a call the consumer consented to within 7 days, despite both limits', () => {
    const history = [...dailyCalls([1, 2, 3, 4, 5, 6]), call('2024-03-07T15:00:00Z', ['A'], { conversation: true })];
    const request = { at: new Date('2024-03-08T15:00:00Z'), debtIds: ['A'], timeZone: NEW_YORK, history };
    expect(mayPlaceCall(request).allowed).toBe(false);
    expect(mayPlaceCall({ ...request, consentGivenAt: new Date('2024-03-07T15:05:00Z') }).allowed).toBe(true);
    // Consent given 8 days earlier (Feb 29 → Mar 8 is day 9) does not.
    expect(mayPlaceCall({ ...request, consentGivenAt: new Date('2024-02-29T15:00:00Z') }).allowed).toBe(false);
  });
});

describe('mayPlaceCall: bad input', () => {
  const base = { at: new Date('2024-03-08T15:00:00Z'), debtIds: ['A'], timeZone: NEW_YORK, history: [] };
  it.each<[string, object, RegExp]>([
    ['an unknown time zone', { timeZone: 'America/Springfield' }, /timeZone: unknown IANA time zone "America\/Springfield"/],
    ['no debt', { debtIds: [] }, /debtIds/],
    ['an invalid instant', { at: new Date('not a date') }, /^at: /],
    ['a history record about no debt', { history: [call('2024-03-01T15:00:00Z', [])] }, /history\[0\]\.debtIds/],
  ])('refuses %s', (_case, change, message) => {
    expect(() => mayPlaceCall({ ...base, ...change })).toThrow(ValidationError);
    expect(() => mayPlaceCall({ ...base, ...change })).toThrow(message);
  });
});

import type { WorkflowSnapshot } from '@openrcm/sdk';
import { decide, type CheckException, type GuardVerdict } from './decide';
import type { GuardPolicy } from './guard-policy';
import { defineWorkflow } from './workflow-table';

const visit = defineWorkflow({
  name: 'sample-visit',
  initial: 'booked',
  states: ['booked', 'arrived', 'seen', 'closed', 'cancelled'],
  events: ['arrive', 'see', 'close', 'cancel'],
  transitions: [
    { from: 'booked', event: 'arrive', to: 'arrived', guards: ['insurance-checked'] },
    { from: 'arrived', event: 'see', to: 'seen' },
    { from: 'seen', event: 'close', to: 'closed', guards: ['notes-signed', 'codes-present'] },
    { from: ['booked', 'arrived'], event: 'cancel', to: 'cancelled' },
  ],
  terminal: ['closed', 'cancelled'],
});

const snapshot = (state: string): WorkflowSnapshot => ({ workflow: 'sample-visit', entityId: 'v-1', state, data: {} });
const passing = (check: string, policy: GuardPolicy = 'enforce'): GuardVerdict => ({ check, policy, outcome: { pass: true } });
const failing = (check: string, policy: GuardPolicy = 'enforce'): GuardVerdict => ({ check, policy, outcome: { pass: false, reason: `${check} failed` } });
const allPass: GuardVerdict[] = ['insurance-checked', 'notes-signed', 'codes-present'].map((check) => passing(check));

/** Every state × event of the sample table, with the state it leads to or the events the state allows. */
const EXPECTED: Record<string, Record<string, string | { allowed: string }>> = {
  booked: { arrive: 'arrived', see: { allowed: 'arrive, cancel' }, close: { allowed: 'arrive, cancel' }, cancel: 'cancelled' },
  arrived: { arrive: { allowed: 'see, cancel' }, see: 'seen', close: { allowed: 'see, cancel' }, cancel: 'cancelled' },
  seen: { arrive: { allowed: 'close' }, see: { allowed: 'close' }, close: 'closed', cancel: { allowed: 'close' } },
  closed: Object.fromEntries(visit.events.map((event) => [event, { allowed: 'none (the state is terminal)' }])),
  cancelled: Object.fromEntries(visit.events.map((event) => [event, { allowed: 'none (the state is terminal)' }])),
};

describe('decide', () => {
  const cases = visit.states.flatMap((state) => visit.events.map((event) => [state, event, EXPECTED[state]?.[event]] as const));

  it('covers every state and event of the sample table', () => {
    expect(cases).toHaveLength(20);
    expect(cases.every(([, , expected]) => expected !== undefined)).toBe(true);
  });

  it.each(cases)('in state %s, event %s → %j', (state, event, expected) => {
    const decision = decide(visit, snapshot(state), event, { verdicts: allPass });
    if (typeof expected === 'string') {
      expect(decision).toMatchObject({ ok: true, from: state, to: expected, terminal: visit.terminal.includes(expected as never), exceptions: [] });
    } else {
      expect(decision).toEqual({
        ok: false,
        failures: [{ check: 'transition', reason: `event '${event}' is not allowed in state '${state}' of workflow 'sample-visit'; allowed: ${expected?.allowed}` }],
      });
    }
  });

  it('returns the effects in order: state, event, audit', () => {
    const decision = decide(visit, snapshot('arrived'), 'see', { verdicts: [] });
    expect(decision.ok && decision.effects).toEqual([
      { type: 'write-state', from: 'arrived', to: 'seen' },
      { type: 'record-event', name: 'sample-visit.transitioned' },
      { type: 'audit', action: 'update' },
    ]);
  });

  it('names an unknown event and a state the table does not have', () => {
    expect(decide(visit, snapshot('booked'), 'teleport', { verdicts: [] })).toEqual({
      ok: false,
      failures: [{ check: 'transition', reason: "unknown event 'teleport' is not allowed in state 'booked' of workflow 'sample-visit'; allowed: arrive, cancel" }],
    });
    expect(decide(visit, snapshot('lost'), 'arrive', { verdicts: [] })).toEqual({
      ok: false,
      failures: [{ check: 'transition', reason: "the record is in state 'lost', which workflow 'sample-visit' does not have" }],
    });
  });

  describe('guard combinations (enforce)', () => {
    const combinations: [boolean, boolean][] = [
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ];
    it.each(combinations)('notes-signed passes: %s, codes-present passes: %s', (notes, codes) => {
      const verdicts = [notes ? passing('notes-signed') : failing('notes-signed'), codes ? passing('codes-present') : failing('codes-present')];
      const decision = decide(visit, snapshot('seen'), 'close', { verdicts });
      const expectedFailures = [
        ...(notes ? [] : [{ check: 'notes-signed', reason: 'notes-signed failed' }]),
        ...(codes ? [] : [{ check: 'codes-present', reason: 'codes-present failed' }]),
      ];
      expect(decision).toEqual(notes && codes ? expect.objectContaining({ ok: true, to: 'closed' }) : { ok: false, failures: expectedFailures });
    });

    it('fails a required check that was not evaluated', () => {
      expect(decide(visit, snapshot('seen'), 'close', { verdicts: [passing('notes-signed')] })).toEqual({
        ok: false,
        failures: [{ check: 'codes-present', reason: "check 'codes-present' was not evaluated" }],
      });
      expect(decide(visit, snapshot('booked'), 'arrive', { verdicts: [{ check: 'insurance-checked', policy: 'enforce' }] })).toEqual({
        ok: false,
        failures: [{ check: 'insurance-checked', reason: "check 'insurance-checked' was not evaluated" }],
      });
    });

    it('ignores verdicts of checks the transition does not require', () => {
      expect(decide(visit, snapshot('arrived'), 'see', { verdicts: [failing('notes-signed')] })).toMatchObject({ ok: true, to: 'seen' });
    });
  });

  describe('policies and exceptions', () => {
    const owner = { check: 'insurance-checked', owner: 'front-desk lead', reason: 'payer portal down; verified by phone' };
    const rows: [GuardPolicy, boolean, CheckException | undefined, 'pass' | 'exception' | string][] = [
      ['enforce', true, undefined, 'pass'],
      ['enforce', false, undefined, 'insurance-checked failed'],
      ['enforce', false, owner, 'insurance-checked failed (this check is enforced: no exception allowed)'],
      ['exception', true, undefined, 'pass'],
      ['exception', true, owner, 'pass'],
      ['exception', false, undefined, 'insurance-checked failed (may pass by exception with an owner and a reason)'],
      ['exception', false, { ...owner, owner: '  ' }, 'insurance-checked failed (may pass by exception with an owner and a reason)'],
      ['exception', false, { ...owner, reason: '' }, 'insurance-checked failed (may pass by exception with an owner and a reason)'],
      ['exception', false, { ...owner, check: 'another-check' }, 'insurance-checked failed (may pass by exception with an owner and a reason)'],
      ['exception', false, owner, 'exception'],
      ['off', false, undefined, 'pass'],
      ['off', true, undefined, 'pass'],
    ];

    it.each(rows)('policy %s, check passes: %s, exception %j → %s', (policy, passes, exception, expected) => {
      const verdict: GuardVerdict = policy === 'off' ? { check: 'insurance-checked', policy } : passes ? passing('insurance-checked', policy) : failing('insurance-checked', policy);
      const decision = decide(visit, snapshot('booked'), 'arrive', { verdicts: [verdict], exceptions: exception ? [exception] : [] });
      if (expected === 'pass') expect(decision).toMatchObject({ ok: true, to: 'arrived', exceptions: [] });
      else if (expected === 'exception') {
        const taken = { ...owner, failure: 'insurance-checked failed' };
        expect(decision).toMatchObject({ ok: true, to: 'arrived', exceptions: [taken] });
        expect(decision.ok && decision.effects[0]).toEqual({ type: 'log-exception', ...taken });
      } else expect(decision).toEqual({ ok: false, failures: [{ check: 'insurance-checked', reason: expected }] });
    });

    it('reports every failing check when one passes by exception and another is enforced', () => {
      const decision = decide(visit, snapshot('seen'), 'close', {
        verdicts: [failing('notes-signed', 'exception'), failing('codes-present', 'enforce')],
        exceptions: [{ check: 'notes-signed', owner: 'coder', reason: 'signed on paper' }],
      });
      expect(decision).toEqual({ ok: false, failures: [{ check: 'codes-present', reason: 'codes-present failed' }] });
    });
  });
});

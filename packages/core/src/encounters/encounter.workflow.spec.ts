import { decide, type GuardVerdict } from '../workflow/decide';
import { validateWorkflow } from '../workflow/validate-workflow';
import { CODING_READY_CHECKS, encounterWorkflow, READY_TO_BILL_CHECKS } from './encounter.workflow';

/** Every state × event: the state it leads to, or null when the table refuses it. */
const expected: Record<string, Record<string, string | null>> = {
  scheduled: { 'check-in': 'checked-in', cancel: 'cancelled', 'no-show': 'no-show', import: 'billed' },
  'checked-in': { document: 'documented', 'capture-charge': 'checked-in', cancel: 'cancelled' },
  documented: { 'capture-charge': 'documented', code: 'coded' },
  coded: { 'mark-ready': 'ready-to-bill', reopen: 'documented' },
  'ready-to-bill': { bill: 'billed', reopen: 'documented' },
  billed: {},
  cancelled: {},
  'no-show': {},
};

const passing = (checks: readonly string[]): GuardVerdict[] => checks.map((check) => ({ check, policy: 'enforce', outcome: { pass: true } }));

describe('encounter workflow', () => {
  it('is a valid table once its gate checks are registered', () => {
    expect(validateWorkflow(encounterWorkflow, [...CODING_READY_CHECKS, ...READY_TO_BILL_CHECKS])).toEqual([]);
  });

  const pairs = encounterWorkflow.states.flatMap((state) => encounterWorkflow.events.map((event) => [state, event] as const));
  it.each(pairs)('%s --%s-->', (state, event) => {
    const decision = decide(encounterWorkflow, { workflow: 'encounter', entityId: 'e-1', state, data: {} }, event, {
      verdicts: passing([...CODING_READY_CHECKS, ...READY_TO_BILL_CHECKS]),
    });
    const target = expected[state]?.[event] ?? null;
    if (target === null) expect(decision.ok).toBe(false);
    else expect(decision).toMatchObject({ ok: true, to: target });
  });

  it('guards coding with the Coding-ready gate and billing readiness with the Ready-to-bill gate', () => {
    const refused = decide(encounterWorkflow, { workflow: 'encounter', entityId: 'e-1', state: 'coded', data: {} }, 'mark-ready', {
      verdicts: [
        ...passing(READY_TO_BILL_CHECKS.filter((check) => check !== 'eligibility-verified')),
        { check: 'eligibility-verified', policy: 'enforce', outcome: { pass: false, reason: 'no eligibility check on 2026-03-02' } },
      ],
    });
    expect(refused).toEqual({ ok: false, failures: [{ check: 'eligibility-verified', reason: 'no eligibility check on 2026-03-02' }] });
  });
});

import { decide, type GuardVerdict } from '../workflow/decide';
import { validateWorkflow } from '../workflow/validate-workflow';
import { CLAIM_SCRUB_CLEAN, claimWorkflow, CLOSE_READY_CHECKS } from './claim.workflow';

const SETTLED = { replace: 'replaced', void: 'voided' };

/** Every state × event: the state it leads to, or null when the table refuses it. */
const expected: Record<string, Record<string, string | null>> = {
  draft: { scrub: 'scrubbed', import: 'submitted' },
  scrubbed: { reopen: 'draft', release: 'ready' },
  ready: { reopen: 'draft', submit: 'submitted' },
  submitted: { acknowledge: 'acknowledged', accept: 'accepted', reject: 'rejected', adjudicate: 'adjudicated' },
  acknowledged: { accept: 'accepted', reject: 'rejected', adjudicate: 'adjudicated' },
  accepted: { adjudicate: 'adjudicated', ...SETTLED },
  rejected: { correct: 'corrected' },
  adjudicated: { pay: 'paid', 'pay-partially': 'partially-paid', deny: 'denied', close: 'closed', ...SETTLED },
  paid: { adjudicate: 'adjudicated', close: 'closed', ...SETTLED },
  'partially-paid': { adjudicate: 'adjudicated', appeal: 'appealed', close: 'closed', ...SETTLED },
  denied: { adjudicate: 'adjudicated', appeal: 'appealed', close: 'closed', ...SETTLED },
  appealed: { adjudicate: 'adjudicated', close: 'closed', ...SETTLED },
  corrected: {},
  replaced: {},
  voided: {},
  closed: {},
};

const clean: GuardVerdict[] = [CLAIM_SCRUB_CLEAN, ...CLOSE_READY_CHECKS].map((check) => ({ check, policy: 'enforce', outcome: { pass: true } }));

describe('claim workflow', () => {
  it('is a valid table once the scrub and Close-ready checks are registered', () => {
    expect(validateWorkflow(claimWorkflow, [CLAIM_SCRUB_CLEAN, ...CLOSE_READY_CHECKS])).toEqual([]);
  });

  it('lists every state in the expectations', () => {
    expect(Object.keys(expected).sort()).toEqual([...claimWorkflow.states].sort());
  });

  const pairs = claimWorkflow.states.flatMap((state) => claimWorkflow.events.map((event) => [state, event] as const));
  it.each(pairs)('%s --%s-->', (state, event) => {
    const decision = decide(claimWorkflow, { workflow: 'claim', entityId: 'c-1', state, data: {} }, event, { verdicts: clean });
    const target = expected[state]?.[event] ?? null;
    if (target === null) expect(decision.ok).toBe(false);
    else expect(decision).toMatchObject({ ok: true, to: target });
  });

  it.each(['scrub', 'release'])('refuses %s while an error finding is open', (event) => {
    const state = event === 'scrub' ? 'draft' : 'scrubbed';
    const reason = '1 open error finding: claim.billingProvider.npi';
    const refused = decide(claimWorkflow, { workflow: 'claim', entityId: 'c-1', state, data: {} }, event, {
      verdicts: [{ check: CLAIM_SCRUB_CLEAN, policy: 'enforce', outcome: { pass: false, reason } }],
    });
    expect(refused).toEqual({ ok: false, failures: [{ check: CLAIM_SCRUB_CLEAN, reason }] });
  });

  it('ends in the terminal states', () => {
    expect([...claimWorkflow.terminal].sort()).toEqual(['closed', 'corrected', 'replaced', 'voided']);
  });
});

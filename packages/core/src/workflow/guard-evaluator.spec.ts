import type { RequestContext, WorkflowGuard, WorkflowSnapshot } from '@openrcm/sdk';
import { GuardEvaluator } from './guard-evaluator';
import type { GuardPolicy } from './guard-policy';
import type { GuardRegistry } from './guard-registry';

const context: RequestContext = { organizationId: 'org-1', actor: { type: 'system', id: 'test' }, roles: [], correlationId: 'c-1' };
const snapshot: WorkflowSnapshot = { workflow: 'sample', entityId: 'r-1', state: 'a', data: {} };

function guard(name: string, check: WorkflowGuard['check']): WorkflowGuard {
  return { name, description: name, check };
}

function evaluator(implementations: Record<string, WorkflowGuard[]>, policies: Record<string, GuardPolicy> = {}) {
  const registry = { resolve: (_organizationId: string, name: string) => implementations[name] ?? [] } as unknown as GuardRegistry;
  return new GuardEvaluator(registry, { policies: async () => policies });
}

describe('GuardEvaluator', () => {
  it('runs each check under its policy, skipping those set to off', async () => {
    const skipped = jest.fn();
    const verdicts = await evaluator(
      { passes: [guard('passes', async () => ({ pass: true }))], fails: [guard('fails', async () => ({ pass: false, reason: 'no' }))], skipped: [guard('skipped', skipped)] },
      { fails: 'exception', skipped: 'off' },
    ).evaluate(context, snapshot, 'go', ['passes', 'fails', 'skipped']);
    expect(verdicts).toEqual([
      { check: 'passes', policy: 'enforce', outcome: { pass: true } },
      { check: 'fails', policy: 'exception', outcome: { pass: false, reason: 'no' } },
      { check: 'skipped', policy: 'off' },
    ]);
    expect(skipped).not.toHaveBeenCalled();
  });

  it('fails closed: a throwing check, a check nobody provides, and any failing provider of a plugin check', async () => {
    const verdicts = await evaluator({
      throws: [guard('throws', async () => Promise.reject(new Error('plugin "x" did not answer within 500 ms')))],
      several: [guard('several', async () => ({ pass: true })), guard('several', async () => ({ pass: false, reason: 'second provider says no' }))],
    }).evaluate(context, snapshot, 'go', ['throws', 'missing', 'several']);
    expect(verdicts.map((verdict) => verdict.outcome)).toEqual([
      { pass: false, reason: `the check 'throws' could not be evaluated: plugin "x" did not answer within 500 ms` },
      { pass: false, reason: "no enabled plugin provides the check 'missing' for this organization" },
      { pass: false, reason: 'second provider says no' },
    ]);
  });
});

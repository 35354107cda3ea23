import { Inject, Injectable } from '@nestjs/common';
import type { GuardOutcome, RequestContext, WorkflowGuard, WorkflowSnapshot } from '@openrcm/sdk';
import type { GuardVerdict } from './decide';
import { GUARD_POLICY_PROVIDER, type GuardPolicyProvider } from './guard-policy';
import { GuardRegistry } from './guard-registry';

/**
 * Runs a transition's checks for an organization under its policies and returns the verdicts `decide` judges. Checks
 * set to `off` are not run. A check that throws or times out fails with the error as its reason (fail closed); a
 * plugin-provided check with no enabled provider fails too.
 */
@Injectable()
export class GuardEvaluator {
  constructor(
    private readonly registry: GuardRegistry,
    @Inject(GUARD_POLICY_PROVIDER) private readonly policies: GuardPolicyProvider,
  ) {}

  async evaluate(context: RequestContext, snapshot: WorkflowSnapshot, event: string, checks: readonly string[]): Promise<GuardVerdict[]> {
    if (checks.length === 0) return [];
    const policies = await this.policies.policies(context.organizationId, checks);
    const verdicts: GuardVerdict[] = [];
    for (const check of checks) {
      const policy = policies[check] ?? 'enforce';
      if (policy === 'off') verdicts.push({ check, policy });
      else verdicts.push({ check, policy, outcome: await this.run(context, snapshot, event, check) });
    }
    return verdicts;
  }

  private async run(context: RequestContext, snapshot: WorkflowSnapshot, event: string, check: string): Promise<GuardOutcome> {
    const guards = this.registry.resolve(context.organizationId, check);
    if (guards.length === 0) return { pass: false, reason: `no enabled plugin provides the check '${check}' for this organization` };
    const reasons: string[] = [];
    for (const guard of guards) {
      const outcome = await runOne(guard, context, snapshot, event);
      if (!outcome.pass) reasons.push(outcome.reason);
    }
    return reasons.length === 0 ? { pass: true } : { pass: false, reason: reasons.join('; ') };
  }
}

async function runOne(guard: WorkflowGuard, context: RequestContext, snapshot: WorkflowSnapshot, event: string): Promise<GuardOutcome> {
  try {
    return await guard.check(context, snapshot, event);
  } catch (error) {
    return { pass: false, reason: `the check '${guard.name}' could not be evaluated: ${error instanceof Error ? error.message : String(error)}` };
  }
}

import { Injectable } from '@nestjs/common';

/**
 * What an organization does with a failing gate check: `enforce` blocks the transition, `exception` lets it pass only
 * with an owner and a reason given in the request, `off` does not run the check.
 */
export type GuardPolicy = 'enforce' | 'exception' | 'off';

/** Every policy, in order of strictness. */
export const GUARD_POLICIES: readonly GuardPolicy[] = ['enforce', 'exception', 'off'];

/**
 * Where the per-organization policy of each check comes from. The gates work stores it per organization; until then
 * {@link DefaultGuardPolicyProvider} enforces every check.
 */
export interface GuardPolicyProvider {
  /** The policy of each of `checks` for the organization; a check missing from the answer is enforced. */
  policies(organizationId: string, checks: readonly string[]): Promise<Readonly<Record<string, GuardPolicy>>>;
}

/** Injection token of the {@link GuardPolicyProvider}. */
export const GUARD_POLICY_PROVIDER = Symbol('GUARD_POLICY_PROVIDER');

/** The policy provider of an installation without configured gates: every check is enforced. */
@Injectable()
export class DefaultGuardPolicyProvider implements GuardPolicyProvider {
  async policies(_organizationId: string, checks: readonly string[]): Promise<Readonly<Record<string, GuardPolicy>>> {
    return Object.fromEntries(checks.map((check) => [check, 'enforce' as const]));
  }
}

import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { currentEntityManager } from '../persistence/current-entity-manager';
import type { GuardPolicy, GuardPolicyProvider } from '../workflow/guard-policy';
import { GatePolicyService } from './gate-policy.service';

/** The gate policies each organization set through the API (`gate_policy`); a check without a row is enforced. */
@Injectable()
export class DatabaseGuardPolicyProvider implements GuardPolicyProvider {
  constructor(
    private readonly orm: MikroORM,
    private readonly gates: GatePolicyService,
  ) {}

  async policies(organizationId: string, checks: readonly string[]): Promise<Readonly<Record<string, GuardPolicy>>> {
    const set = await this.gates.policies(currentEntityManager(this.orm), organizationId, checks);
    return Object.fromEntries(checks.map((check) => [check, set[check] ?? 'enforce']));
  }
}

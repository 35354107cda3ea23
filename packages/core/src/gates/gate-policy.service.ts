import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ROLES, ValidationError, type RequestContext, type Role, type ValidationIssue } from '@openrcm/sdk';
import { createAuditEvent } from '../audit/audit.subscriber';
import { currentAuditScope } from '../audit/audit-scope';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { activeMemberIds } from '../work-items/organization-members';
import { GUARD_POLICIES, type GuardPolicy } from '../workflow/guard-policy';
import { GuardRegistry } from '../workflow/guard-registry';
import { WorkflowRegistry } from '../workflow/workflow-registry';
import { recordGateChange } from './gate-change.log';
import { GatePolicy } from './gate-policy.entity';
import { DEFAULT_DEFECT_WINDOW_DAYS, GateSettings } from './gate-settings.entity';
import { gateUsage, type GateUsage } from './gate-usage';

/** The role that owns a check nobody was named for. */
export const DEFAULT_GATE_OWNER_ROLE: Role = 'manager';

/** Who owns a check: a member, or a role when no member is named. */
export interface GateOwner {
  readonly ownerUserId: string | null;
  readonly ownerRole: string | null;
}

/** A registered check as an organization has it configured. */
export interface GateView extends GateOwner {
  readonly check: string;
  readonly description: string;
  readonly source: 'core' | 'plugin';
  readonly policy: GuardPolicy;
  /** Whether the organization has set the check (otherwise: enforced, owned by the manager role). */
  readonly configured: boolean;
  readonly usedBy: readonly GateUsage[];
}

/** What setting a check's policy takes. */
export interface SetGatePolicy {
  readonly policy: GuardPolicy;
  readonly ownerRole?: string | null;
  readonly ownerUserId?: string | null;
}

/** The organization's gate settings. */
export interface GateSettingsView {
  readonly defectWindowDays: number;
}

/** Per-organization gate policies, check owners and the stop-the-line window. */
@Injectable()
export class GatePolicyService {
  constructor(
    private readonly orm: MikroORM,
    private readonly guards: GuardRegistry,
    private readonly workflows: WorkflowRegistry,
  ) {}

  /** Every registered check with the organization's policy and owner and the transitions that require it. */
  async list(context: RequestContext): Promise<GateView[]> {
    const rows = await currentEntityManager(this.orm).find(GatePolicy, { organizationId: context.organizationId });
    const usage = gateUsage(this.workflows.names().map((name) => this.workflows.get(name)));
    return this.guards.list().map((guard) => {
      const row = rows.find((candidate) => candidate.check === guard.name);
      return { check: guard.name, description: guard.description, source: guard.source, policy: row?.policy ?? 'enforce', ...ownerOf(row), configured: !!row, usedBy: usage.get(guard.name) ?? [] };
    });
  }

  /** Sets a check's policy and owner (audited, and logged with the value before); an unregistered check is NotFound. */
  async set(context: RequestContext, check: string, input: SetGatePolicy): Promise<GateView> {
    if (!this.guards.names().includes(check)) throw new NotFoundError('gate check', check);
    const em = currentEntityManager(this.orm);
    await assertPolicy(em, context, input);
    await em.transactional(async (tx) => {
      const existing = await tx.findOne(GatePolicy, { organizationId: context.organizationId, check });
      const previous = policyValue(existing);
      const row = existing ?? tx.create(GatePolicy, { organizationId: context.organizationId, check, policy: input.policy });
      row.policy = input.policy;
      row.ownerRole = input.ownerRole ?? null;
      row.ownerUserId = input.ownerUserId ?? null;
      recordGateChange(tx, context, { subject: 'check', check, previous, next: policyValue(row) });
      audit(tx, context, existing ? 'update' : 'create', 'gate-policy', row.id);
      await tx.flush();
    });
    return (await this.list(context)).find((gate) => gate.check === check) as GateView;
  }

  async settings(context: RequestContext): Promise<GateSettingsView> {
    return { defectWindowDays: await this.defectWindowDays(currentEntityManager(this.orm), context.organizationId) };
  }

  /** Sets the stop-the-line window (audited, and logged with the value before). */
  async setSettings(context: RequestContext, input: GateSettingsView): Promise<GateSettingsView> {
    if (!Number.isInteger(input.defectWindowDays) || input.defectWindowDays < 1 || input.defectWindowDays > 365) {
      throw new ValidationError([{ field: 'defectWindowDays', message: 'a whole number of days from 1 to 365' }]);
    }
    await currentEntityManager(this.orm).transactional(async (tx) => {
      const existing = await tx.findOne(GateSettings, { organizationId: context.organizationId });
      const previous = { defectWindowDays: existing?.defectWindowDays ?? DEFAULT_DEFECT_WINDOW_DAYS };
      const row = existing ?? tx.create(GateSettings, { organizationId: context.organizationId });
      row.defectWindowDays = input.defectWindowDays;
      recordGateChange(tx, context, { subject: 'settings', previous, next: { defectWindowDays: row.defectWindowDays } });
      audit(tx, context, existing ? 'update' : 'create', 'gate-settings', row.id);
      await tx.flush();
    });
    return this.settings(context);
  }

  /** The policies of `checks` that the organization set (a check missing is enforced). */
  async policies(em: EntityManager, organizationId: string, checks: readonly string[]): Promise<Record<string, GuardPolicy>> {
    if (checks.length === 0) return {};
    const rows = await em.find(GatePolicy, { organizationId, check: { $in: [...checks] } });
    return Object.fromEntries(rows.map((row) => [row.check, row.policy]));
  }

  /** Who owns a check (gets its upstream-defect work items). */
  async owner(em: EntityManager, organizationId: string, check: string): Promise<GateOwner> {
    return ownerOf(await em.findOne(GatePolicy, { organizationId, check }));
  }

  /** The stop-the-line window in days. */
  async defectWindowDays(em: EntityManager, organizationId: string): Promise<number> {
    return (await em.findOne(GateSettings, { organizationId }))?.defectWindowDays ?? DEFAULT_DEFECT_WINDOW_DAYS;
  }
}

function ownerOf(row: GatePolicy | null | undefined): GateOwner {
  if (!row || (!row.ownerRole && !row.ownerUserId)) return { ownerUserId: null, ownerRole: DEFAULT_GATE_OWNER_ROLE };
  return { ownerUserId: row.ownerUserId, ownerRole: row.ownerRole };
}

/** A check's policy and owner as in force (a check without a row: enforced, owned by the manager role). */
function policyValue(row: GatePolicy | null): { policy: GuardPolicy; ownerRole: string | null; ownerUserId: string | null } {
  return { policy: row?.policy ?? 'enforce', ...ownerOf(row) };
}

async function assertPolicy(em: EntityManager, context: RequestContext, input: SetGatePolicy): Promise<void> {
  const issues: ValidationIssue[] = [];
  if (!GUARD_POLICIES.includes(input.policy)) issues.push({ field: 'policy', message: `one of ${GUARD_POLICIES.join(', ')}` });
  if (input.ownerRole && !(ROLES as readonly string[]).includes(input.ownerRole)) issues.push({ field: 'ownerRole', message: `one of ${ROLES.join(', ')}` });
  if (input.ownerUserId && !(await activeMemberIds(em, context.organizationId, [input.ownerUserId])).has(input.ownerUserId)) {
    issues.push({ field: 'ownerUserId', message: `${input.ownerUserId} is not an active member of this organization` });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

function audit(em: EntityManager, context: RequestContext, action: 'create' | 'update', recordType: string, recordId: string): void {
  createAuditEvent(em, { context, ip: currentAuditScope()?.ip ?? null, reads: [] }, action, { recordType, recordId, patientId: null });
}

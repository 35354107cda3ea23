import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ROLES, ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { createAuditEvent } from '../audit/audit.subscriber';
import { currentAuditScope } from '../audit/audit-scope';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { activeMemberIds } from '../work-items/organization-members';
import { GuardRegistry } from '../workflow/guard-registry';
import { DEFAULT_DENIAL_CATEGORY_RULES, type DenialCategoryRuleInput } from './denial-category.defaults';
import { FALLBACK_DENIAL_RULE, normalizeCode } from './denial-category.match';
import { DenialCategoryRule } from './denial-category-rule.entity';

/** CAS group codes (5010: CR was dropped). */
export const CAS_GROUP_CODES = ['CO', 'OA', 'PI', 'PR'] as const;

const CODE = /^[A-Z0-9]{1,6}$/;
const CATEGORY = /^[a-z][a-z0-9-]{0,39}$/;

/** An organization's mapping: its rules, most specific first, and what applies when none matches. */
export interface DenialCategoryMapping {
  readonly rules: readonly DenialCategoryRuleInput[];
  readonly fallback: DenialCategoryRuleInput;
}

/**
 * The denial category mapping of each organization, as data: seeded with DOMAIN.md's defaults on first use, read by
 * the router, replaced as a whole by an admin (validated and audited).
 */
@Injectable()
export class DenialCategoryService {
  constructor(
    private readonly orm: MikroORM,
    private readonly guards: GuardRegistry,
  ) {}

  async mapping(context: RequestContext): Promise<DenialCategoryMapping> {
    const rules = await currentEntityManager(this.orm).transactional((tx) => this.rulesFor(tx, context.organizationId));
    return { rules: rules.map(toInput), fallback: FALLBACK_DENIAL_RULE };
  }

  /** Replaces the organization's rules with `rules` (at least one; no two for the same group, reason and remark). */
  async replace(context: RequestContext, rules: readonly DenialCategoryRuleInput[]): Promise<DenialCategoryMapping> {
    const normalized = rules.map(normalize);
    await currentEntityManager(this.orm).transactional(async (tx) => {
      await this.assertValid(tx, context, normalized);
      await lockMapping(tx, context.organizationId);
      await tx.nativeDelete(DenialCategoryRule, { organizationId: context.organizationId });
      for (const rule of normalized) tx.create(DenialCategoryRule, { organizationId: context.organizationId, ...rule });
      createAuditEvent(tx, { context, ip: currentAuditScope()?.ip ?? null, reads: [] }, 'update', { recordType: 'denial-category-mapping', recordId: context.organizationId, patientId: null });
      await tx.flush();
    });
    return this.mapping(context);
  }

  /** The organization's rules through `em` (a transaction), seeding the defaults when it has none yet. */
  async rulesFor(em: EntityManager, organizationId: string): Promise<DenialCategoryRule[]> {
    const existing = await em.find(DenialCategoryRule, { organizationId }, { orderBy: ruleOrder });
    if (existing.length > 0) return existing;
    await lockMapping(em, organizationId);
    const seeded = await em.find(DenialCategoryRule, { organizationId }, { orderBy: ruleOrder, refresh: true });
    if (seeded.length > 0) return seeded;
    for (const rule of DEFAULT_DENIAL_CATEGORY_RULES) em.create(DenialCategoryRule, { organizationId, ...rule });
    await em.flush();
    return em.find(DenialCategoryRule, { organizationId }, { orderBy: ruleOrder });
  }

  private async assertValid(em: EntityManager, context: RequestContext, rules: readonly DenialCategoryRuleInput[]): Promise<void> {
    const issues: ValidationIssue[] = [];
    if (rules.length === 0) issues.push({ field: 'rules', message: 'at least one rule (adjustments no rule matches fall to the other category)' });
    const checks = this.guards.names();
    const members = await activeMemberIds(em, context.organizationId, rules.flatMap((rule) => (rule.ownerUserId ? [rule.ownerUserId] : [])));
    const seen = new Map<string, number>();
    rules.forEach((rule, index) => {
      const field = (name: string) => `rules[${index}].${name}`;
      if (rule.groupCode !== null && !(CAS_GROUP_CODES as readonly string[]).includes(rule.groupCode)) issues.push({ field: field('groupCode'), message: `one of ${CAS_GROUP_CODES.join(', ')}, or null for any group` });
      if (!CODE.test(rule.reasonCode)) issues.push({ field: field('reasonCode'), message: 'a CARC: letters and digits, at most 6' });
      if (rule.remarkCode !== null && !CODE.test(rule.remarkCode)) issues.push({ field: field('remarkCode'), message: 'a RARC: letters and digits, at most 6, or null for any remark' });
      if (!CATEGORY.test(rule.category)) issues.push({ field: field('category'), message: 'lower-case letters, digits and hyphens, starting with a letter, at most 40' });
      if (!rule.ownerRole && !rule.ownerUserId) issues.push({ field: field('ownerRole'), message: 'name an owner: a role (ownerRole) or a member (ownerUserId)' });
      if (rule.ownerRole && !(ROLES as readonly string[]).includes(rule.ownerRole)) issues.push({ field: field('ownerRole'), message: `one of ${ROLES.join(', ')}` });
      if (rule.ownerUserId && !members.has(rule.ownerUserId)) issues.push({ field: field('ownerUserId'), message: `${rule.ownerUserId} is not an active member of this organization` });
      if (rule.upstreamCheck && !checks.includes(rule.upstreamCheck)) issues.push({ field: field('upstreamCheck'), message: `not a registered gate check; one of ${checks.join(', ')}` });
      const key = `${rule.groupCode ?? '*'}|${rule.reasonCode}|${rule.remarkCode ?? '*'}`;
      const first = seen.get(key);
      if (first !== undefined) issues.push({ field: `rules[${index}]`, message: `repeats rules[${first}] (same group, reason and remark)` });
      else seen.set(key, index);
    });
    if (issues.length > 0) throw new ValidationError(issues);
  }
}

const ruleOrder = { reasonCode: 'asc', groupCode: 'asc', remarkCode: 'asc', id: 'asc' } as const;

/** One seeding or replacing of an organization's mapping at a time. */
async function lockMapping(em: EntityManager, organizationId: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`denial-categories:${organizationId}`]);
}

function normalize(rule: DenialCategoryRuleInput): DenialCategoryRuleInput {
  const optional = (value: string | null | undefined) => (value?.trim() ? normalizeCode(value) : null);
  return {
    groupCode: optional(rule.groupCode),
    reasonCode: normalizeCode(rule.reasonCode),
    remarkCode: optional(rule.remarkCode),
    category: rule.category.trim(),
    ownerRole: rule.ownerRole?.trim() || null,
    ownerUserId: rule.ownerUserId?.trim() || null,
    upstreamCheck: rule.upstreamCheck?.trim() || null,
  };
}

function toInput(rule: DenialCategoryRule): DenialCategoryRuleInput {
  return {
    groupCode: rule.groupCode,
    reasonCode: rule.reasonCode,
    remarkCode: rule.remarkCode,
    category: rule.category,
    ownerRole: rule.ownerRole,
    ownerUserId: rule.ownerUserId,
    upstreamCheck: rule.upstreamCheck,
  };
}

import { MikroORM, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type ExtensionPointId, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PluginHost } from '../plugins/plugin-host.service';
import { Provider } from '../providers/provider.entity';
import { ENROLLMENT_STATUSES, ENROLLMENT_TRANSACTIONS, PayerEnrollment, type EnrollmentStatus, type EnrollmentTransaction } from './payer-enrollment.entity';
import { Payer } from './payer.entity';
import { checkPayer, type PayerFields } from './payer.rules';

/** What adding a payer takes; limits default to 365 days (filing), 120 days (appeal) and 30 days (follow-up). */
export interface CreatePayer {
  readonly name: string;
  readonly payerId: string;
  readonly claimFilingIndicator: string;
  readonly timelyFilingDays?: number;
  readonly appealLimitDays?: number;
  readonly followUpDays?: number;
  readonly clearinghousePluginId?: string | null;
  readonly eligibilityPluginId?: string | null;
  readonly authorizationRequiredCodes?: readonly string[];
  readonly active?: boolean;
}

/** A partial change of a payer; `null` clears a plugin. */
export type UpdatePayer = Partial<CreatePayer>;

/** Filters of the payer list: `active`, and `q`, a part of the name or the payer id. */
export interface PayerFilters {
  readonly active?: boolean;
  readonly q?: string;
}

/** A provider's enrollment for one transaction with a payer, as set through the API. */
export interface SetEnrollment {
  readonly providerId: string;
  readonly transaction: EnrollmentTransaction;
  readonly status: EnrollmentStatus;
  readonly effectiveFrom?: string | null;
  readonly note?: string | null;
}

/** The plugin fields of a payer and the extension point the named plugin must provide. */
const PLUGIN_POINTS: readonly (readonly ['clearinghousePluginId' | 'eligibilityPluginId', ExtensionPointId])[] = [
  ['clearinghousePluginId', 'clearinghouse-connector'],
  ['eligibilityPluginId', 'eligibility-provider'],
];

const SORTABLE = { name: 'name', payerId: 'payerId' } as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The payers an organization bills, and its providers' enrollments with them. */
@Injectable()
export class PayerService {
  constructor(
    private readonly orm: MikroORM,
    private readonly plugins: PluginHost,
  ) {}

  async create(context: RequestContext, input: CreatePayer): Promise<Payer> {
    const fields = this.check({
      name: input.name,
      payerId: input.payerId,
      claimFilingIndicator: input.claimFilingIndicator,
      timelyFilingDays: input.timelyFilingDays ?? 365,
      appealLimitDays: input.appealLimitDays ?? 120,
      followUpDays: input.followUpDays ?? 30,
      authorizationRequiredCodes: input.authorizationRequiredCodes ?? [],
    });
    const pluginIds = { clearinghousePluginId: blankToNull(input.clearinghousePluginId), eligibilityPluginId: blankToNull(input.eligibilityPluginId) };
    await this.checkPlugins(context, pluginIds);
    const em = currentEntityManager(this.orm);
    await this.refuseDuplicate(em, context, fields.payerId);
    const payer = em.create(Payer, {
      organizationId: context.organizationId,
      ...fields,
      authorizationRequiredCodes: [...fields.authorizationRequiredCodes],
      ...pluginIds,
      active: input.active ?? true,
    });
    await flushPayer(em, fields.payerId);
    return payer;
  }

  async list(context: RequestContext, filters: PayerFilters, query: ListQuery): Promise<Page<Payer>> {
    const where: FilterQuery<Payer> = { organizationId: context.organizationId };
    if (filters.active !== undefined) where.active = filters.active;
    if (filters.q) {
      const pattern = `%${filters.q.replace(/[%_\\]/g, (match) => `\\${match}`)}%`;
      where.$or = [{ name: { $ilike: pattern } }, { payerId: { $ilike: pattern } }];
    }
    const orderBy = orderByOf<Payer>(query.sort, SORTABLE, { id: 'asc' });
    return findPage(currentEntityManager(this.orm), Payer, where, query, orderBy, (payer) => payer);
  }

  /** A payer by its record id (not the X12 payer id); another organization's payer is not found. */
  async get(context: RequestContext, payerRecordId: string): Promise<Payer> {
    return loadPayer(currentEntityManager(this.orm), context, payerRecordId);
  }

  /** Changes the given fields; the result is validated as a whole. */
  async update(context: RequestContext, payerRecordId: string, changes: UpdatePayer): Promise<Payer> {
    const em = currentEntityManager(this.orm);
    const payer = await loadPayer(em, context, payerRecordId);
    const fields = this.check({
      name: changes.name ?? payer.name,
      payerId: changes.payerId ?? payer.payerId,
      claimFilingIndicator: changes.claimFilingIndicator ?? payer.claimFilingIndicator,
      timelyFilingDays: changes.timelyFilingDays ?? payer.timelyFilingDays,
      appealLimitDays: changes.appealLimitDays ?? payer.appealLimitDays,
      followUpDays: changes.followUpDays ?? payer.followUpDays,
      authorizationRequiredCodes: changes.authorizationRequiredCodes ?? payer.authorizationRequiredCodes,
    });
    // Only plugins named in this change are checked: a payer whose plugin was disabled since can still be renamed.
    const pluginIds: { clearinghousePluginId?: string | null; eligibilityPluginId?: string | null } = {};
    if (changes.clearinghousePluginId !== undefined) pluginIds.clearinghousePluginId = blankToNull(changes.clearinghousePluginId);
    if (changes.eligibilityPluginId !== undefined) pluginIds.eligibilityPluginId = blankToNull(changes.eligibilityPluginId);
    await this.checkPlugins(context, pluginIds);
    if (fields.payerId !== payer.payerId) await this.refuseDuplicate(em, context, fields.payerId);
    Object.assign(payer, fields, { authorizationRequiredCodes: [...fields.authorizationRequiredCodes] }, pluginIds);
    if (changes.active !== undefined) payer.active = changes.active;
    await flushPayer(em, fields.payerId);
    return payer;
  }

  /** Sets a provider's enrollment with a payer for one transaction, creating or replacing that one row. */
  async setEnrollment(context: RequestContext, payerRecordId: string, input: SetEnrollment): Promise<PayerEnrollment> {
    const em = currentEntityManager(this.orm);
    await loadPayer(em, context, payerRecordId);
    const issues: ValidationIssue[] = [];
    if (!(ENROLLMENT_TRANSACTIONS as readonly string[]).includes(input.transaction)) issues.push({ field: 'transaction', message: `one of ${ENROLLMENT_TRANSACTIONS.join(', ')}` });
    if (!(ENROLLMENT_STATUSES as readonly string[]).includes(input.status)) issues.push({ field: 'status', message: `one of ${ENROLLMENT_STATUSES.join(', ')}` });
    const effectiveFrom = blankToNull(input.effectiveFrom);
    if (effectiveFrom !== null && !isIsoDate(effectiveFrom)) issues.push({ field: 'effectiveFrom', message: 'a calendar date, YYYY-MM-DD' });
    if (!(await em.findOne(Provider, { id: input.providerId, organizationId: context.organizationId }))) {
      issues.push({ field: 'providerId', message: `no provider ${input.providerId} in this organization` });
    }
    if (issues.length > 0) throw new ValidationError(issues);
    const key = { organizationId: context.organizationId, payerRecordId, providerId: input.providerId, transaction: input.transaction };
    const row = (await em.findOne(PayerEnrollment, key)) ?? em.create(PayerEnrollment, { ...key, status: input.status });
    Object.assign(row, { status: input.status, effectiveFrom, note: blankToNull(input.note) });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('the enrollment was set by another request at the same time; try again');
      throw error;
    }
    return row;
  }

  /** Every enrollment with a payer, by provider and transaction. */
  async enrollments(context: RequestContext, payerRecordId: string): Promise<PayerEnrollment[]> {
    await this.get(context, payerRecordId);
    return currentEntityManager(this.orm).find(
      PayerEnrollment,
      { organizationId: context.organizationId, payerRecordId },
      { orderBy: { providerId: 'asc', transaction: 'asc' } },
    );
  }

  /**
   * Whether the provider is `enrolled` with the payer for the transaction — and, when `onDate` (ISO date) is given,
   * already in effect on it. An enrollment without an effective date counts as in effect on any date.
   */
  async isEnrolled(context: RequestContext, payerRecordId: string, providerId: string, transaction: EnrollmentTransaction, onDate?: string): Promise<boolean> {
    if (onDate !== undefined && !isIsoDate(onDate)) throw new ValidationError([{ field: 'onDate', message: 'a calendar date, YYYY-MM-DD' }]);
    const row = await currentEntityManager(this.orm).findOne(PayerEnrollment, { organizationId: context.organizationId, payerRecordId, providerId, transaction });
    if (row?.status !== 'enrolled') return false;
    return onDate === undefined || row.effectiveFrom === null || row.effectiveFrom <= onDate;
  }

  private check(input: PayerFields): PayerFields {
    const { value, issues } = checkPayer(input);
    if (issues.length > 0) throw new ValidationError(issues);
    return value;
  }

  /**
   * A plugin named for a payer must be installed, enabled for this organization, and contribute the matching
   * extension point there (a clearinghouse connector, an eligibility provider).
   */
  private async checkPlugins(context: RequestContext, pluginIds: { clearinghousePluginId?: string | null; eligibilityPluginId?: string | null }): Promise<void> {
    const named = PLUGIN_POINTS.filter(([field]) => typeof pluginIds[field] === 'string');
    if (named.length === 0) return;
    const statuses = await this.plugins.status(context);
    const issues = named.flatMap(([field, point]): ValidationIssue[] => {
      const pluginId = pluginIds[field] as string;
      const status = statuses.find((plugin) => plugin.id === pluginId);
      const installed = statuses.map((plugin) => plugin.id).join(', ') || 'none';
      if (!status) return [{ field, message: `"${pluginId}" is not an installed plugin (installed: ${installed})` }];
      if (!status.enabled) return [{ field, message: `plugin "${pluginId}" is not enabled for this organization` }];
      if (!status.contributions[point]) return [{ field, message: `plugin "${pluginId}" provides no ${point}` }];
      return [];
    });
    if (issues.length > 0) throw new ValidationError(issues);
  }

  private async refuseDuplicate(em: EntityManager, context: RequestContext, payerId: string): Promise<void> {
    if (await em.count(Payer, { organizationId: context.organizationId, payerId })) throw duplicatePayer(payerId);
  }
}

async function loadPayer(em: EntityManager, context: RequestContext, payerRecordId: string): Promise<Payer> {
  const payer = await em.findOne(Payer, { id: payerRecordId, organizationId: context.organizationId });
  if (!payer) throw new NotFoundError('payer', payerRecordId);
  return payer;
}

async function flushPayer(em: EntityManager, payerId: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw duplicatePayer(payerId);
    throw error;
  }
}

function duplicatePayer(payerId: string): ConflictError {
  return new ConflictError(`a payer with payer id ${payerId} already exists`);
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);
}

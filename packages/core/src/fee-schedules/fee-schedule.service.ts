import { MikroORM, type FilterQuery } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { readFile } from 'node:fs/promises';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { MedicarePfsPricer } from '../medicare-pfs/medicare-pfs.pricer';
import { Payer } from '../payers/payer.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { checkScheduleFields, isIsoDate, rangesOverlap } from './fee-schedule.checks';
import { parseFeeScheduleCsv, readFeeScheduleCsv } from './fee-schedule.csv-parser';
import { compareEntries } from './fee-schedule.entry-changes';
import { FeeScheduleEntry } from './fee-schedule-entry.entity';
import { FeeSchedule, type FeeScheduleKind } from './fee-schedule.entity';
import { priceIn, scheduleOn } from './fee-schedule.pricing';
import type { CreateFeeSchedule, FeeScheduleImportPreview, FeeScheduleImportSummary, FeeSchedulePrice, FeeSchedulePriceRequest, UpdateFeeSchedule } from './fee-schedule.types';

/** Filters of the fee-schedule list. */
export interface FeeScheduleListQuery extends ListQuery {
  /** A payer row's id, or `standard` for the charge master schedules. */
  readonly payerRecordId?: string;
  readonly kind?: FeeScheduleKind;
  /** Only schedules effective on this date. */
  readonly effectiveOn?: string;
}

const SORTABLE = { name: 'name', effectiveFrom: 'effectiveFrom', createdAt: 'createdAt' } as const;

/**
 * Fee schedules of an organization: the standard charge master and payer contracts (fixed fees per code, or a
 * percentage of the Medicare PFS), their entries imported from CSV, and the price of a code for a payer on a date.
 * A payer has at most one schedule effective on any day, and so has the charge master.
 */
@Injectable()
export class FeeScheduleService {
  constructor(
    private readonly orm: MikroORM,
    private readonly pricer: MedicarePfsPricer,
  ) {}

  async create(context: RequestContext, input: CreateFeeSchedule): Promise<FeeSchedule> {
    const fields = { name: input.name.trim(), effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo ?? null, kind: input.kind };
    const medicare = checkScheduleFields({ ...fields, percentBasisPoints: input.percentBasisPoints ?? null, medicareLocality: input.medicareLocality ?? null });
    const payerRecordId = input.payerRecordId ?? null;
    await this.assertPayer(context, payerRecordId);
    await this.assertNoOverlap(context, { payerRecordId, from: fields.effectiveFrom, to: fields.effectiveTo });
    const schedule = currentEntityManager(this.orm).create(FeeSchedule, {
      organizationId: context.organizationId,
      ...fields,
      payerRecordId,
      percentBasisPoints: input.kind === 'percent-of-medicare' ? (input.percentBasisPoints ?? null) : null,
      ...medicare,
    });
    await currentEntityManager(this.orm).flush();
    return schedule;
  }

  async list(context: RequestContext, query: FeeScheduleListQuery): Promise<Page<FeeSchedule>> {
    const where: FilterQuery<FeeSchedule> = { organizationId: context.organizationId };
    if (query.payerRecordId !== undefined) where.payerRecordId = query.payerRecordId === 'standard' ? null : query.payerRecordId;
    if (query.kind !== undefined) where.kind = query.kind;
    if (query.effectiveOn !== undefined) {
      where.effectiveFrom = { $lte: query.effectiveOn };
      where.$or = [{ effectiveTo: null }, { effectiveTo: { $gte: query.effectiveOn } }];
    }
    const orderBy = orderByOf<FeeSchedule>(query.sort, SORTABLE, { id: 'asc' });
    return findPage(currentEntityManager(this.orm), FeeSchedule, where, query, orderBy, (schedule) => schedule);
  }

  async get(context: RequestContext, feeScheduleId: string): Promise<FeeSchedule> {
    const schedule = await currentEntityManager(this.orm).findOne(FeeSchedule, { id: feeScheduleId, organizationId: context.organizationId });
    if (!schedule) throw new NotFoundError('fee schedule', feeScheduleId);
    return schedule;
  }

  /** One page of a schedule's entries, by code then modifier. */
  async entries(context: RequestContext, feeScheduleId: string, query: ListQuery): Promise<Page<FeeScheduleEntry>> {
    await this.get(context, feeScheduleId);
    const orderBy = orderByOf<FeeScheduleEntry>(query.sort, { code: 'code', modifier: 'modifier', amount: 'amountCents' }, { code: 'asc', modifier: 'asc' });
    return findPage(currentEntityManager(this.orm), FeeScheduleEntry, { organizationId: context.organizationId, feeScheduleId }, query, orderBy, (entry) => entry);
  }

  async update(context: RequestContext, feeScheduleId: string, input: UpdateFeeSchedule): Promise<FeeSchedule> {
    const schedule = await this.get(context, feeScheduleId);
    const percent = schedule.kind === 'percent-of-medicare';
    const fields = {
      name: input.name?.trim() ?? schedule.name,
      effectiveFrom: input.effectiveFrom ?? schedule.effectiveFrom,
      effectiveTo: input.effectiveTo === undefined ? schedule.effectiveTo : input.effectiveTo,
      kind: schedule.kind,
      percentBasisPoints: input.percentBasisPoints ?? schedule.percentBasisPoints,
      medicareLocality: input.medicareLocality ?? (percent ? { mac: schedule.medicareMac as string, locality: schedule.medicareLocality as string } : null),
    };
    const medicare = checkScheduleFields(fields);
    await this.assertNoOverlap(context, { payerRecordId: schedule.payerRecordId, from: fields.effectiveFrom, to: fields.effectiveTo, except: schedule.id });
    Object.assign(schedule, { name: fields.name, effectiveFrom: fields.effectiveFrom, effectiveTo: fields.effectiveTo, percentBasisPoints: fields.percentBasisPoints, ...medicare });
    await currentEntityManager(this.orm).flush();
    return schedule;
  }

  /** Replaces a fixed schedule's entries with a CSV file's (`code,modifier,amount`), in one transaction. */
  async importEntries(context: RequestContext, feeScheduleId: string, csv: string): Promise<FeeScheduleImportSummary> {
    await this.fixedSchedule(context, feeScheduleId);
    const incoming = parseFeeScheduleCsv(csv);
    return currentEntityManager(this.orm).transactional(async (em) => {
      const existing = await em.find(FeeScheduleEntry, { organizationId: context.organizationId, feeScheduleId });
      const changes = compareEntries(existing, incoming);
      for (const entry of changes.added) em.create(FeeScheduleEntry, { organizationId: context.organizationId, feeScheduleId, ...entry });
      for (const { current, amountCents } of changes.changed) current.amountCents = amountCents;
      for (const stale of changes.removed) em.remove(stale);
      await em.flush();
      return { total: incoming.length, added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length };
    });
  }

  /**
   * What {@link importEntries} would do with a CSV file, writing nothing: every good row and every bad line (line,
   * column, message), and how the good rows would change the schedule's entries.
   */
  async previewEntries(context: RequestContext, feeScheduleId: string, csv: string): Promise<FeeScheduleImportPreview> {
    await this.fixedSchedule(context, feeScheduleId);
    const { rows, errors } = readFeeScheduleCsv(csv);
    const existing = await currentEntityManager(this.orm).find(FeeScheduleEntry, { organizationId: context.organizationId, feeScheduleId });
    const changes = compareEntries(existing, rows);
    return { dryRun: true, rows, errors, total: rows.length, added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length };
  }

  /** {@link importEntries} from a CSV file on disk (the `openrcm import fee-schedule` command). */
  async importEntriesFile(context: RequestContext, feeScheduleId: string, file: string): Promise<FeeScheduleImportSummary> {
    return this.importEntries(context, feeScheduleId, await readFile(file, 'utf8'));
  }

  /**
   * The price of a code for a payer on a date of service: from the payer's schedule effective that day, else (no such
   * schedule, or a fixed one without the code) the standard charge master's. Null when neither prices the code.
   */
  async priceOf(context: RequestContext, request: FeeSchedulePriceRequest): Promise<FeeSchedulePrice | null> {
    const checked = checkPriceRequest(request);
    await this.assertPayer(context, checked.payerRecordId);
    const em = currentEntityManager(this.orm);
    const payers = checked.payerRecordId === null ? [null] : [checked.payerRecordId, null];
    for (const payerRecordId of payers) {
      const schedule = await scheduleOn(em, context.organizationId, payerRecordId, checked.dateOfService);
      const price = schedule ? await priceIn(em, this.pricer, schedule, checked) : undefined;
      if (price) return price;
    }
    return null;
  }

  private async fixedSchedule(context: RequestContext, feeScheduleId: string): Promise<FeeSchedule> {
    const schedule = await this.get(context, feeScheduleId);
    if (schedule.kind !== 'fixed') throw new ConflictError(`fee schedule ${schedule.name} prices by percent of Medicare and has no entries to import`);
    return schedule;
  }

  private async assertPayer(context: RequestContext, payerRecordId: string | null): Promise<void> {
    if (payerRecordId === null) return;
    const valid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(payerRecordId);
    if (!valid || !(await currentEntityManager(this.orm).findOne(Payer, { id: payerRecordId, organizationId: context.organizationId }))) {
      throw new ValidationError([{ field: 'payerRecordId', message: `no payer ${payerRecordId} in this organization` }]);
    }
  }

  /** Refuses dates another schedule of the same payer (or of the charge master) already covers; checked before any change. */
  private async assertNoOverlap(context: RequestContext, range: { payerRecordId: string | null; from: string; to: string | null; except?: string }): Promise<void> {
    const where: FilterQuery<FeeSchedule> = { organizationId: context.organizationId, payerRecordId: range.payerRecordId };
    if (range.except) where.id = { $ne: range.except };
    const others = await currentEntityManager(this.orm).find(FeeSchedule, where);
    const clash = others.find((other) => rangesOverlap({ from: other.effectiveFrom, to: other.effectiveTo }, range));
    if (clash) {
      const owner = range.payerRecordId ? 'this payer' : 'the standard charge master';
      throw new ConflictError(`fee schedule "${clash.name}" (${clash.effectiveFrom} to ${clash.effectiveTo ?? 'open'}) already covers these dates for ${owner}`);
    }
  }
}

function checkPriceRequest(request: FeeSchedulePriceRequest): FeeSchedulePriceRequest {
  const code = request.code.trim().toUpperCase();
  const modifiers = request.modifiers.map((modifier) => modifier.trim().toUpperCase()).filter(Boolean);
  const issues: ValidationIssue[] = [];
  if (!/^[A-Z0-9]{5}$/.test(code)) issues.push({ field: 'code', message: `"${request.code}" is not a five-character CPT/HCPCS code` });
  modifiers.forEach((modifier, index) => {
    if (!/^[A-Z0-9]{2}$/.test(modifier)) issues.push({ field: `modifiers[${index}]`, message: `"${modifier}" is not a two-character modifier` });
  });
  if (!/^\d{2}$/.test(request.placeOfService)) issues.push({ field: 'placeOfService', message: `"${request.placeOfService}" is not a two-digit place-of-service code` });
  if (!isIsoDate(request.dateOfService)) issues.push({ field: 'dateOfService', message: 'a calendar date, YYYY-MM-DD' });
  if (issues.length > 0) throw new ValidationError(issues);
  return { ...request, code, modifiers };
}

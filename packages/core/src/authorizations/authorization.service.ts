import { LockMode, MikroORM, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { activePayerIssues } from '../coverages/active-payer';
import { Coverage } from '../coverages/coverage.entity';
import { dateRangeIssues } from '../coverages/coverage.rules';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { lockPatient, requirePatient } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { AuthorizationUsage, type UsageSourceType } from './authorization-usage.entity';
import { Authorization, type AuthorizationStatus } from './authorization.entity';
import { coversCode, normalizeProcedureCodes, pickCovering, procedureCodeIssues } from './authorization.rules';

/** An authorization with its units used (the sum of its usage rows) and remaining (approved − used). */
export type AuthorizationWithUsage = Authorization & { readonly unitsUsed: number; readonly unitsRemaining: number };

/** What recording an authorization takes. */
export interface AddAuthorization {
  readonly number: string;
  readonly payerRecordId: string;
  readonly coverageId?: string;
  readonly procedureCodes?: readonly string[];
  readonly unitsApproved: number;
  readonly startDate: string;
  readonly endDate: string;
  readonly note?: string;
}

/** What may change on an authorization. */
export interface ChangeAuthorization {
  readonly status?: AuthorizationStatus;
  readonly unitsApproved?: number;
  readonly endDate?: string;
  readonly procedureCodes?: readonly string[];
  readonly note?: string | null;
}

/** Filters of the authorization list. */
export interface AuthorizationFilters {
  readonly status?: AuthorizationStatus;
}

/** The service an authorization is looked up for. */
export interface CoveringQuery {
  readonly patientId: string;
  readonly payerRecordId: string;
  readonly procedureCode: string;
  readonly dateOfService: string;
}

/** Units a source (a charge) consumes from an authorization. */
export interface ConsumeUnits {
  readonly authorizationId: string;
  readonly units: number;
  readonly sourceType: UsageSourceType;
  readonly sourceId: string;
}

/** The source whose consumed units are released. */
export interface UsageSource {
  readonly sourceType: UsageSourceType;
  readonly sourceId: string;
}

/** Units given back to an authorization by a release. */
export interface ReleasedUnits {
  readonly authorizationId: string;
  readonly units: number;
}

const SORTABLE = { startDate: 'startDate', endDate: 'endDate', number: 'number', createdAt: 'createdAt' } as const;

/**
 * Prior authorizations and the units charges consume from them. Units used are always the sum of the append-only
 * usage rows; consuming and releasing lock the authorization row so concurrent charges cannot overdraw it.
 */
@Injectable()
export class AuthorizationService {
  constructor(private readonly orm: MikroORM) {}

  async add(context: RequestContext, patientId: string, input: AddAuthorization): Promise<AuthorizationWithUsage> {
    const procedureCodes = normalizeProcedureCodes(input.procedureCodes ?? []);
    const issues = [...procedureCodeIssues(procedureCodes), ...dateRangeIssues(input.startDate, input.endDate, 'endDate')];
    return currentEntityManager(this.orm).transactional(async (em) => {
      await lockPatient(em, context, patientId);
      issues.push(...(await activePayerIssues(em, context, input.payerRecordId)));
      if (input.coverageId !== undefined) issues.push(...(await coverageIssues(em, context, patientId, input.coverageId, input.payerRecordId)));
      if (issues.length > 0) throw new ValidationError(issues);
      const authorization = em.create(Authorization, {
        organizationId: context.organizationId,
        patientId,
        payerRecordId: input.payerRecordId,
        coverageId: input.coverageId ?? null,
        number: input.number.trim(),
        procedureCodes,
        unitsApproved: input.unitsApproved,
        startDate: input.startDate,
        endDate: input.endDate,
        note: input.note?.trim() || null,
      });
      return withUsage(authorization, 0);
    });
  }

  async change(context: RequestContext, patientId: string, authorizationId: string, input: ChangeAuthorization): Promise<AuthorizationWithUsage> {
    return currentEntityManager(this.orm).transactional(async (em) => {
      const authorization = await lockAuthorization(em, context, authorizationId, patientId);
      const used = (await unitsUsedBy(em, context, [authorization.id])).get(authorization.id) ?? 0;
      const procedureCodes = input.procedureCodes === undefined ? undefined : normalizeProcedureCodes(input.procedureCodes);
      const issues: ValidationIssue[] = [
        ...procedureCodeIssues(procedureCodes ?? []),
        ...dateRangeIssues(authorization.startDate, input.endDate, 'endDate'),
        ...(input.unitsApproved !== undefined && input.unitsApproved < used ? [{ field: 'unitsApproved', message: `must be at least the ${used} units already used` }] : []),
      ];
      if (issues.length > 0) throw new ValidationError(issues);
      em.assign(authorization, {
        ...(input.status === undefined ? {} : { status: input.status }),
        ...(input.unitsApproved === undefined ? {} : { unitsApproved: input.unitsApproved }),
        ...(input.endDate === undefined ? {} : { endDate: input.endDate }),
        ...(procedureCodes === undefined ? {} : { procedureCodes }),
        ...(input.note === undefined ? {} : { note: input.note?.trim() || null }),
      });
      return withUsage(authorization, used);
    });
  }

  async list(context: RequestContext, patientId: string, query: ListQuery & AuthorizationFilters): Promise<Page<AuthorizationWithUsage>> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    const where = { organizationId: context.organizationId, patientId, ...(query.status === undefined ? {} : { status: query.status }) };
    const page = await findPage(em, Authorization, where, query, orderByOf<Authorization>(query.sort, SORTABLE, { id: 'asc' }), (item) => item);
    const used = await unitsUsedBy(em, context, page.items.map((item) => item.id));
    return { ...page, items: page.items.map((item) => withUsage(item, used.get(item.id) ?? 0)) };
  }

  async get(context: RequestContext, patientId: string, authorizationId: string): Promise<AuthorizationWithUsage> {
    const em = currentEntityManager(this.orm);
    const authorization = await em.findOne(Authorization, { id: authorizationId, organizationId: context.organizationId, patientId });
    if (!authorization) throw new NotFoundError('authorization', authorizationId);
    return withUsage(authorization, (await unitsUsedBy(em, context, [authorization.id])).get(authorization.id) ?? 0);
  }

  /**
   * The active authorization of the payer covering the procedure code on the date of service (start ≤ date ≤ end,
   * the code listed or no codes listed), or null. Among several: one with units left before one used up, one naming
   * the code before one covering any code, then the one ending first.
   */
  async findCovering(context: RequestContext, query: CoveringQuery, em?: EntityManager): Promise<AuthorizationWithUsage | null> {
    const manager = em ?? currentEntityManager(this.orm);
    const candidates = (
      await manager.find(Authorization, {
        organizationId: context.organizationId,
        patientId: query.patientId,
        payerRecordId: query.payerRecordId,
        status: 'active',
        startDate: { $lte: query.dateOfService },
        endDate: { $gte: query.dateOfService },
      })
    ).filter((authorization) => coversCode(authorization.procedureCodes, query.procedureCode));
    const used = await unitsUsedBy(manager, context, candidates.map((candidate) => candidate.id));
    return pickCovering(candidates.map((candidate) => withUsage(candidate, used.get(candidate.id) ?? 0)));
  }

  /**
   * Consumes units of an active authorization for a source (a charge), refusing with a ConflictError naming the
   * units remaining when they do not suffice. Runs in `em`'s transaction when given (the caller's), else in its own.
   */
  async consume(context: RequestContext, input: ConsumeUnits, em?: EntityManager): Promise<AuthorizationUsage> {
    if (!Number.isInteger(input.units) || input.units < 1) throw new ValidationError([{ field: 'units', message: 'a whole number of at least 1' }]);
    return this.inTransaction(em, async (tx) => {
      const authorization = await lockAuthorization(tx, context, input.authorizationId);
      if (authorization.status !== 'active') throw new ConflictError(`authorization ${authorization.number} is ${authorization.status}`);
      const used = (await unitsUsedBy(tx, context, [authorization.id])).get(authorization.id) ?? 0;
      const remaining = authorization.unitsApproved - used;
      if (input.units > remaining) {
        throw new ConflictError(`authorization ${authorization.number} has ${remaining} of ${authorization.unitsApproved} units remaining; ${input.units} requested`);
      }
      return tx.create(AuthorizationUsage, {
        organizationId: context.organizationId,
        authorizationId: authorization.id,
        patientId: authorization.patientId,
        units: input.units,
        sourceType: input.sourceType,
        sourceId: input.sourceId,
      });
    });
  }

  /**
   * Gives back every unit the source still holds, on each authorization it consumed from, by appending negative
   * usage rows. Releasing again finds nothing left and appends nothing. Runs in `em`'s transaction when given.
   */
  async release(context: RequestContext, source: UsageSource, em?: EntityManager): Promise<ReleasedUnits[]> {
    return this.inTransaction(em, async (tx) => {
      const touched = await tx
        .createQueryBuilder(AuthorizationUsage, 'u')
        .select(raw('distinct u.authorization_id as authorization_id'))
        .where({ organizationId: context.organizationId, sourceType: source.sourceType, sourceId: source.sourceId })
        .execute<{ authorization_id: string }[]>('all', false);
      const released: ReleasedUnits[] = [];
      for (const authorizationId of touched.map((row) => row.authorization_id).sort()) {
        const authorization = await lockAuthorization(tx, context, authorizationId);
        const held = await unitsHeldBy(tx, context, authorizationId, source);
        if (held <= 0) continue;
        tx.create(AuthorizationUsage, {
          organizationId: context.organizationId,
          authorizationId,
          patientId: authorization.patientId,
          units: -held,
          sourceType: source.sourceType,
          sourceId: source.sourceId,
        });
        released.push({ authorizationId, units: held });
      }
      return released;
    });
  }

  /** Runs `work` in `em`'s open transaction (flushing its writes there), or in a new transaction. */
  private async inTransaction<T>(em: EntityManager | undefined, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const manager = em ?? currentEntityManager(this.orm);
    if (!manager.isInTransaction()) return manager.transactional(work);
    const result = await work(manager);
    await manager.flush();
    return result;
  }
}

function withUsage(authorization: Authorization, unitsUsed: number): AuthorizationWithUsage {
  return Object.assign(authorization, { unitsUsed, unitsRemaining: authorization.unitsApproved - unitsUsed });
}

async function lockAuthorization(em: EntityManager, context: RequestContext, authorizationId: string, patientId?: string): Promise<Authorization> {
  const authorization = await em.findOne(
    Authorization,
    { id: authorizationId, organizationId: context.organizationId, ...(patientId === undefined ? {} : { patientId }) },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!authorization) throw new NotFoundError('authorization', authorizationId);
  return authorization;
}

/** Units used per authorization: the sum of its usage rows. */
async function unitsUsedBy(em: EntityManager, context: RequestContext, authorizationIds: readonly string[]): Promise<Map<string, number>> {
  if (authorizationIds.length === 0) return new Map();
  const rows = await em
    .createQueryBuilder(AuthorizationUsage, 'u')
    .select(['u.authorizationId', raw('sum(u.units) as used')])
    .where({ organizationId: context.organizationId, authorizationId: { $in: [...authorizationIds] } })
    .groupBy('u.authorizationId')
    .execute<{ authorization_id: string; used: string | number }[]>('all', false);
  return new Map(rows.map((row) => [row.authorization_id, Number(row.used)]));
}

/** The units a source still holds on an authorization (consumed minus released). */
async function unitsHeldBy(em: EntityManager, context: RequestContext, authorizationId: string, source: UsageSource): Promise<number> {
  const [row] = await em
    .createQueryBuilder(AuthorizationUsage, 'u')
    .select(raw('coalesce(sum(u.units), 0) as held'))
    .where({ organizationId: context.organizationId, authorizationId, sourceType: source.sourceType, sourceId: source.sourceId })
    .execute<{ held: string | number }[]>('all', false);
  return Number(row?.held ?? 0);
}

async function coverageIssues(em: EntityManager, context: RequestContext, patientId: string, coverageId: string, payerRecordId: string): Promise<ValidationIssue[]> {
  const found = await em.count(Coverage, { id: coverageId, organizationId: context.organizationId, patientId });
  if (found === 0) return [{ field: 'coverageId', message: `no coverage ${coverageId} of this patient` }];
  const samePayer = await em.count(Coverage, { id: coverageId, payerRecordId });
  return samePayer > 0 ? [] : [{ field: 'coverageId', message: 'the coverage is with another payer than payerRecordId' }];
}

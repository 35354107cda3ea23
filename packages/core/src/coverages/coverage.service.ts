import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { lockPatient, requirePatient, todayIso } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { activePayerIssues } from './active-payer';
import { Coverage, type CoverageOrder, type SubscriberRelationship } from './coverage.entity';
import { byCoverageOrder, dateRangeIssues, rangesOverlap, subscriberIssues, type SubscriberInput } from './coverage.rules';

/** What adding a coverage takes. */
export interface AddCoverage {
  readonly payerRecordId: string;
  readonly order: CoverageOrder;
  readonly subscriberRelationship: SubscriberRelationship;
  readonly subscriber?: SubscriberInput;
  readonly memberId: string;
  readonly groupNumber?: string;
  readonly planName?: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /**
   * The coverage comes from a claim file (open A/R conversion): a dependent's subscriber is taken as the 837P states
   * them, without the birth date and sex it does not carry.
   */
  readonly fromClaimFile?: boolean;
}

/** What may change on a coverage: end it (effectiveTo, active = false), or correct its group and plan. */
export interface ChangeCoverage {
  readonly effectiveTo?: string | null;
  readonly active?: boolean;
  readonly groupNumber?: string | null;
  readonly planName?: string | null;
}

/** Filters of the coverage list. */
export interface CoverageFilters {
  readonly active?: boolean;
}

const SORTABLE = { order: 'order', effectiveFrom: 'effectiveFrom', createdAt: 'createdAt' } as const;

/** Patients' insurance coverages. Reads and writes are audited by the persistence layer. */
@Injectable()
export class CoverageService {
  constructor(private readonly orm: MikroORM) {}

  async add(context: RequestContext, patientId: string, input: AddCoverage): Promise<Coverage> {
    const issues = [...subscriberIssues(input.subscriberRelationship, input.subscriber, todayIso(), input.fromClaimFile ?? false), ...dateRangeIssues(input.effectiveFrom, input.effectiveTo, 'effectiveTo')];
    return currentEntityManager(this.orm).transactional(async (em) => {
      await lockPatient(em, context, patientId);
      issues.push(...(await activePayerIssues(em, context, input.payerRecordId)));
      if (issues.length > 0) throw new ValidationError(issues);
      const subscriber = input.subscriber;
      const coverage = em.create(Coverage, {
        organizationId: context.organizationId,
        patientId,
        payerRecordId: input.payerRecordId,
        order: input.order,
        subscriberRelationship: input.subscriberRelationship,
        subscriberFirstName: subscriber?.firstName?.trim() ?? null,
        subscriberLastName: subscriber?.lastName?.trim() ?? null,
        subscriberBirthDate: subscriber?.birthDate ?? null,
        subscriberSex: subscriber?.sex ?? null,
        subscriberAddress: subscriber?.address ?? null,
        memberId: input.memberId.trim(),
        groupNumber: input.groupNumber?.trim() || null,
        planName: input.planName?.trim() || null,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo ?? null,
      });
      await assertNoOrderConflict(em, coverage);
      return coverage;
    });
  }

  async change(context: RequestContext, patientId: string, coverageId: string, input: ChangeCoverage): Promise<Coverage> {
    return currentEntityManager(this.orm).transactional(async (em) => {
      await lockPatient(em, context, patientId);
      const coverage = await findCoverage(em, context, patientId, coverageId);
      const effectiveTo = input.effectiveTo === undefined ? coverage.effectiveTo : input.effectiveTo;
      const issues = dateRangeIssues(coverage.effectiveFrom, effectiveTo, 'effectiveTo');
      if (issues.length > 0) throw new ValidationError(issues);
      em.assign(coverage, {
        effectiveTo,
        ...(input.active === undefined ? {} : { active: input.active }),
        ...(input.groupNumber === undefined ? {} : { groupNumber: input.groupNumber?.trim() || null }),
        ...(input.planName === undefined ? {} : { planName: input.planName?.trim() || null }),
      });
      await assertNoOrderConflict(em, coverage);
      return coverage;
    });
  }

  async list(context: RequestContext, patientId: string, query: ListQuery & CoverageFilters): Promise<Page<Coverage>> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    const where = { organizationId: context.organizationId, patientId, ...(query.active === undefined ? {} : { active: query.active }) };
    return findPage(em, Coverage, where, query, orderByOf<Coverage>(query.sort, SORTABLE, { id: 'asc' }), (coverage) => coverage);
  }

  async get(context: RequestContext, patientId: string, coverageId: string): Promise<Coverage> {
    return findCoverage(currentEntityManager(this.orm), context, patientId, coverageId);
  }

  /**
   * The patient's coverages in effect on the date of service (active, effectiveFrom ≤ date ≤ effectiveTo or open),
   * ordered primary, secondary, tertiary.
   */
  async activeOn(context: RequestContext, patientId: string, dateOfService: string): Promise<Coverage[]> {
    const coverages = await currentEntityManager(this.orm).find(Coverage, {
      organizationId: context.organizationId,
      patientId,
      active: true,
      effectiveFrom: { $lte: dateOfService },
      $or: [{ effectiveTo: null }, { effectiveTo: { $gte: dateOfService } }],
    });
    return coverages.sort(byCoverageOrder);
  }
}

async function findCoverage(em: EntityManager, context: RequestContext, patientId: string, coverageId: string): Promise<Coverage> {
  const coverage = await em.findOne(Coverage, { id: coverageId, organizationId: context.organizationId, patientId });
  if (!coverage) throw new NotFoundError('coverage', coverageId);
  return coverage;
}

/** Refuses a second active coverage of the same order whose dates overlap (the patient row is locked by the caller). */
async function assertNoOrderConflict(em: EntityManager, coverage: Coverage): Promise<void> {
  if (!coverage.active) return;
  const others = await em.find(Coverage, {
    organizationId: coverage.organizationId,
    patientId: coverage.patientId,
    order: coverage.order,
    active: true,
    id: { $ne: coverage.id },
  });
  const range = { from: coverage.effectiveFrom, to: coverage.effectiveTo };
  const clash = others.find((other) => rangesOverlap(range, { from: other.effectiveFrom, to: other.effectiveTo }));
  if (clash) {
    throw new ConflictError(
      `the patient already has an active ${coverage.order} coverage ${clash.id} from ${clash.effectiveFrom}${clash.effectiveTo ? ` to ${clash.effectiveTo}` : ''}; ` +
        'end it (effectiveTo or active: false) first',
    );
  }
}

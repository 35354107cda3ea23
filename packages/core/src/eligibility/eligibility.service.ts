import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { Coverage } from '../coverages/coverage.entity';
import { dateRangeIssues } from '../coverages/coverage.rules';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { requirePatient } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { EligibilityCheck, type EligibilityMethod, type EligibilityOutcome } from './eligibility-check.entity';

/** What recording an eligibility result takes. Money in cents, coinsurance in basis points. */
export interface RecordEligibility {
  readonly patientId: string;
  readonly coverageId: string;
  readonly asOfDate: string;
  readonly method: EligibilityMethod;
  readonly outcome: EligibilityOutcome;
  /** When the check was made (default: now); never in the future. */
  readonly checkedAt?: Date;
  readonly planBegin?: string;
  readonly planEnd?: string;
  readonly copayCents?: number;
  readonly coinsuranceBasisPoints?: number;
  readonly deductibleRemainingCents?: number;
  readonly outOfPocketRemainingCents?: number;
  readonly referenceNumber?: string;
  readonly notes?: string;
  /** The visit the check was made for. */
  readonly encounterId?: string;
  /** The provider that answered (plugin checks). */
  readonly source?: string;
  /** The payer's messages. */
  readonly messages?: readonly string[];
  /** The answer as received (stored encrypted). */
  readonly raw?: string;
}

/** Filters of the eligibility list. */
export interface EligibilityFilters {
  readonly coverageId?: string;
  readonly asOfDate?: string;
}

const SORTABLE = { checkedAt: 'checkedAt', asOfDate: 'asOfDate' } as const;
const MONEY_FIELDS = ['copayCents', 'deductibleRemainingCents', 'outOfPocketRemainingCents'] as const;

/**
 * Eligibility results, recorded by hand (phone, portal) or by the eligibility plugins (method `plugin`).
 *
 * The rule of {@link EligibilityService.latestFor}: a check counts for a date of service only when it was made for
 * that date (its asOfDate equals the date of service) and, when a maximum age is given, made no more than that many
 * days before it; among those, the one checked last wins. A check for another date never stands in, since benefits
 * (and plan years) change between dates.
 */
@Injectable()
export class EligibilityService {
  constructor(private readonly orm: MikroORM) {}

  /** Records a check of one of the patient's coverages, by the context's actor. */
  async record(context: RequestContext, input: RecordEligibility): Promise<EligibilityCheck> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, input.patientId);
    const issues = recordIssues(input, new Date());
    if ((await em.count(Coverage, { id: input.coverageId, organizationId: context.organizationId, patientId: input.patientId })) === 0) {
      issues.unshift({ field: 'coverageId', message: `no coverage ${input.coverageId} of this patient` });
    }
    if (issues.length > 0) throw new ValidationError(issues);
    const check = em.create(EligibilityCheck, {
      organizationId: context.organizationId,
      patientId: input.patientId,
      coverageId: input.coverageId,
      asOfDate: input.asOfDate,
      checkedAt: input.checkedAt ?? new Date(),
      checkedBy: `${context.actor.type}:${context.actor.id}`,
      method: input.method,
      outcome: input.outcome,
      planBegin: input.planBegin ?? null,
      planEnd: input.planEnd ?? null,
      copayCents: input.copayCents ?? null,
      coinsuranceBasisPoints: input.coinsuranceBasisPoints ?? null,
      deductibleRemainingCents: input.deductibleRemainingCents ?? null,
      outOfPocketRemainingCents: input.outOfPocketRemainingCents ?? null,
      referenceNumber: input.referenceNumber?.trim() || null,
      notes: input.notes?.trim() || null,
      encounterId: input.encounterId ?? null,
      source: input.source ?? null,
      messages: [...(input.messages ?? [])],
      raw: input.raw ?? null,
    });
    await em.flush();
    return check;
  }

  async list(context: RequestContext, patientId: string, query: ListQuery & EligibilityFilters): Promise<Page<EligibilityCheck>> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    const where = {
      organizationId: context.organizationId,
      patientId,
      ...(query.coverageId === undefined ? {} : { coverageId: query.coverageId }),
      ...(query.asOfDate === undefined ? {} : { asOfDate: query.asOfDate }),
    };
    return findPage(em, EligibilityCheck, where, query, orderByOf<EligibilityCheck>(query.sort ?? '-checkedAt', SORTABLE, { id: 'asc' }), (check) => check);
  }

  /**
   * The newest check of the coverage made for this date of service (asOfDate equal to it), checked at most
   * `maxAgeDays` days before that date when given, or null.
   */
  async latestFor(context: RequestContext, coverageId: string, asOfDate: string, maxAgeDays?: number): Promise<EligibilityCheck | null> {
    const oldest = maxAgeDays === undefined ? undefined : new Date(Date.parse(`${asOfDate}T00:00:00Z`) - maxAgeDays * 86_400_000);
    return currentEntityManager(this.orm).findOne(
      EligibilityCheck,
      { organizationId: context.organizationId, coverageId, asOfDate, ...(oldest ? { checkedAt: { $gte: oldest } } : {}) },
      { orderBy: [{ checkedAt: 'desc' }, { createdAt: 'desc' }] },
    );
  }

  /** When the coverage was last checked (for any date), or null: the sweep skips coverages checked recently. */
  async lastCheckedAt(context: RequestContext, coverageId: string): Promise<Date | null> {
    const latest = await currentEntityManager(this.orm).findOne(
      EligibilityCheck,
      { organizationId: context.organizationId, coverageId, outcome: { $ne: 'error' } },
      { orderBy: [{ checkedAt: 'desc' }], fields: ['checkedAt'] },
    );
    return latest?.checkedAt ?? null;
  }
}

function recordIssues(input: RecordEligibility, now: Date): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of MONEY_FIELDS) {
    const value = input[field];
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) issues.push({ field, message: 'whole cents, zero or more' });
  }
  const coinsurance = input.coinsuranceBasisPoints;
  if (coinsurance !== undefined && (!Number.isInteger(coinsurance) || coinsurance < 0 || coinsurance > 10_000)) {
    issues.push({ field: 'coinsuranceBasisPoints', message: 'basis points from 0 to 10000 (20% = 2000)' });
  }
  if (input.planBegin !== undefined) issues.push(...dateRangeIssues(input.planBegin, input.planEnd, 'planEnd'));
  if (input.checkedAt !== undefined && input.checkedAt.getTime() > now.getTime() + 60_000) issues.push({ field: 'checkedAt', message: 'must not be in the future' });
  return issues;
}

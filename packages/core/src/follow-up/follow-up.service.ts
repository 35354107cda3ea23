import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { OpenRcmError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { AWAITING_PAYER_STATES } from '../claims/claim.workflow';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { sqlPage, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { WORK_ITEM_ACTIVE_STATES } from '../work-items/work-item.workflow';
import { ClaimFollowUpItems, NO_ANSWER_CATEGORY } from './claim-follow-up.items';
import { ClaimStatusInquiryService } from './claim-status-inquiry.service';
import { followUpSortOf, toFollowUpRow, type FollowUpRow, type FollowUpRowRecord } from './follow-up.row';
import { LAST_SUBMISSION_SQL } from './last-submission.query';

/** The job that runs an organization's follow-up. */
export const FOLLOW_UP_JOB = 'claims.follow-up';

/** One claim the run put on the worklist, and what its inquiry found when one was sent. */
export interface FollowUpOpened {
  readonly workItemId: string;
  readonly claimId: string;
  readonly patientControlNumber: string;
  readonly payerName: string;
  readonly submittedAt: string;
  readonly inquiry?: { readonly outcome: string; readonly statusCategory: string | null; readonly statusCode: string | null; readonly error: string | null };
  /** Why no inquiry was sent, when inquiries are on and the claim got none. */
  readonly inquiryRefused?: string;
}

/** What a run did. */
export interface FollowUpRun {
  readonly asOf: string;
  readonly opened: readonly FollowUpOpened[];
}

/** Filters of the worklist. */
export interface FollowUpFilters {
  readonly payerRecordId?: string;
}

interface DueClaim {
  readonly id: string;
  readonly patient_control_number: string;
  readonly patient_id: string;
  readonly payer_name: string;
  readonly follow_up_days: number;
  readonly submitted_at: Date | string;
}

const ACTIVE = WORK_ITEM_ACTIVE_STATES.map((state) => `'${state}'`).join(', ');
const AWAITING = AWAITING_PAYER_STATES.map((state) => `'${state}'`).join(', ');

/**
 * A/R follow-up of claims with no answer: a run finds the claims sent to the payer (submitted, acknowledged or
 * accepted) whose last submission is more than the payer's `followUpDays` before "as of", and opens one follow-up
 * item for each that has no active one (a partial unique index keeps it to one); with
 * `claims.statusInquiryOnFollowUp`, it then asks the payer (276) about each, when the claim's connector can.
 */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly orm: MikroORM,
    private readonly items: ClaimFollowUpItems,
    private readonly inquiries: ClaimStatusInquiryService,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  /** Runs the follow-up as of `asOf` (default now; never later than now); in one transaction (joined when there is one). */
  async run(context: RequestContext, asOf: Date = new Date()): Promise<FollowUpRun> {
    if (Number.isNaN(asOf.getTime()) || asOf.getTime() > Date.now() + 60_000) throw new ValidationError([{ field: 'asOf', message: 'an instant not later than now (ISO 8601)' }]);
    const em = currentEntityManager(this.orm);
    if (em.isInTransaction()) return this.runIn(context, em, asOf);
    return em.transactional((tx) => this.runIn(context, tx, asOf));
  }

  /** The active follow-up items of claims, with each claim's payer, last submission and last inquiry. */
  async list(context: RequestContext, filters: FollowUpFilters, query: ListQuery): Promise<Page<FollowUpRow>> {
    const em = currentEntityManager(this.orm);
    const where = [`w.organization_id = ?`, `w.kind = 'follow-up'`, `w.category = ?`, `w.record_type = 'claim'`, `w.state in (${ACTIVE})`];
    const parameters: unknown[] = [context.organizationId, NO_ANSWER_CATEGORY];
    if (filters.payerRecordId) {
      where.push('c.payer_record_id = ?');
      parameters.push(filters.payerRecordId);
    }
    const from = `from work_item w
      join claim c on c.organization_id = w.organization_id and c.id::text = w.record_id
      join payer p on p.organization_id = c.organization_id and p.id = c.payer_record_id
      left join lateral (${LAST_SUBMISSION_SQL}) s on true
      left join lateral (select i.outcome, i.status_category, i.status_code, i.status_entity, i.effective_date, i.error, i.created_at from claim_status_inquiry i
        where i.organization_id = c.organization_id and i.claim_id = c.id order by i.created_at desc limit 1) q on true
      where ${where.join(' and ')}`;
    const [count] = await em.execute<{ total: string | number }[]>(`select count(*) as total ${from}`, parameters);
    const page = sqlPage(followUpSortOf(query.sort), query);
    const read = await em.execute<FollowUpRowRecord[]>(
      `select w.id as work_item_id, w.state, w.due_date, w.next_action_date, w.assignee_user_id, w.created_at,
         c.id as claim_id, c.patient_control_number, c.state as claim_state, c.total_charge_cents, c.date_of_service, c.payer_record_id,
         p.name as payer_name, p.follow_up_days, s.submitted_at,
         q.outcome as inquiry_outcome, q.status_category, q.status_code, q.status_entity, q.effective_date, q.error as inquiry_error, q.created_at as inquired_at
       ${from}${page.after ? ` and ${page.after.sql}` : ''} order by ${page.orderBy} limit ?`,
      [...parameters, ...(page.after?.parameters ?? []), page.fetch],
    );
    const { rows, nextCursor } = page.cut(read);
    const now = new Date();
    return { items: rows.map((row) => toFollowUpRow(row, now)), total: Number(count?.total ?? 0), limit: query.limit, nextCursor };
  }

  private async runIn(context: RequestContext, em: EntityManager, asOf: Date): Promise<FollowUpRun> {
    // One run per organization at a time (the job and the "run now" route).
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`claims.follow-up:${context.organizationId}`]);
    const due = await this.dueClaims(em, context, asOf);
    const opened: FollowUpOpened[] = [];
    for (const row of due) {
      const submittedAt = new Date(row.submitted_at);
      const item = await this.items.open(
        em,
        context,
        { claim: { id: row.id, patientControlNumber: row.patient_control_number, patientId: row.patient_id }, payerName: row.payer_name, submittedAt, followUpDays: row.follow_up_days },
        asOf,
      );
      const entry = { workItemId: item.id, claimId: row.id, patientControlNumber: row.patient_control_number, payerName: row.payer_name, submittedAt: submittedAt.toISOString() };
      opened.push(this.config.claims.statusInquiryOnFollowUp ? { ...entry, ...(await this.tryInquiry(context, em, row.id)) } : entry);
    }
    return { asOf: asOf.toISOString(), opened };
  }

  /** Claims awaiting the payer past its follow-up days with no active follow-up item, oldest submission first. */
  private dueClaims(em: EntityManager, context: RequestContext, asOf: Date): Promise<DueClaim[]> {
    return em.execute<DueClaim[]>(
      `select c.id, c.patient_control_number, c.patient_id, p.name as payer_name, p.follow_up_days, s.submitted_at
         from claim c
         join payer p on p.organization_id = c.organization_id and p.id = c.payer_record_id
         join lateral (${LAST_SUBMISSION_SQL}) s on true
        where c.organization_id = ? and c.state in (${AWAITING})
          and s.submitted_at < cast(? as timestamptz) - make_interval(days => p.follow_up_days)
          and not exists (select 1 from work_item w where w.organization_id = c.organization_id and w.record_type = 'claim' and w.record_id = c.id::text
                            and w.kind = 'follow-up' and w.category = ? and w.state in (${ACTIVE}))
        order by s.submitted_at, c.id`,
      [context.organizationId, asOf.toISOString(), NO_ANSWER_CATEGORY],
    );
  }

  /**
   * Sends the claim's 276 in a savepoint when its connector can: a connector without the capability, or an inquiry
   * that cannot be written, leaves the item opened and says why.
   */
  private async tryInquiry(context: RequestContext, em: EntityManager, claimId: string): Promise<Pick<FollowUpOpened, 'inquiry' | 'inquiryRefused'>> {
    try {
      const { inquiry } = await em.transactional(() => this.inquiries.inquire(context, claimId));
      return { inquiry: { outcome: inquiry.outcome, statusCategory: inquiry.statusCategory, statusCode: inquiry.statusCode, error: inquiry.error } };
    } catch (error) {
      if (!(error instanceof OpenRcmError)) throw error;
      return { inquiryRefused: error instanceof ValidationError ? error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ') : error.message };
    }
  }
}

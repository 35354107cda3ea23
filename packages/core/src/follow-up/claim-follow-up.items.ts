import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import type { Claim } from '../claims/claim.entity';
import { Organization } from '../organizations/organization.entity';
import { bulkQuery } from '../persistence/bulk-query';
import { pgArray } from '../persistence/pg-array';
import { addDays, calendarDate } from '../time/calendar-date';
import { WorkItem } from '../work-items/work-item.entity';
import { WORK_ITEM_ACTIVE_STATES } from '../work-items/work-item.workflow';
import { WorkItemWriter } from '../work-items/work-item.writer';

/** The category of the follow-up item of a claim the payer has not answered (one active item per claim). */
export const NO_ANSWER_CATEGORY = 'claim-no-answer';

/** An opened follow-up item is due this many days after it is opened; its next action is the day it opens. */
export const FOLLOW_UP_DUE_IN_DAYS = 7;

/** What the item of a claim says about it. */
export interface NoAnswerClaim {
  readonly claim: Pick<Claim, 'id' | 'patientControlNumber' | 'patientId'>;
  readonly payerName: string;
  readonly submittedAt: Date;
  readonly followUpDays: number;
}

/** The claims' follow-up work items: the active one of a claim, and opening it (A/R owns them). */
@Injectable()
export class ClaimFollowUpItems {
  constructor(private readonly writer: WorkItemWriter) {}

  /** The claim's active follow-up item, if any. */
  activeFor(em: EntityManager, context: RequestContext, claimId: string): Promise<WorkItem | null> {
    return em.findOne(WorkItem, {
      organizationId: context.organizationId,
      kind: 'follow-up',
      category: NO_ANSWER_CATEGORY,
      recordType: 'claim',
      recordId: claimId,
      state: { $in: [...WORK_ITEM_ACTIVE_STATES] },
    });
  }

  /**
   * The active follow-up items of any of the claims: found by one query whose claim ids travel as one array parameter
   * (a remittance names thousands of claims), then loaded by their ids.
   */
  async activeForAny(em: EntityManager, context: RequestContext, claimIds: readonly string[]): Promise<WorkItem[]> {
    if (claimIds.length === 0) return [];
    const found = await bulkQuery<{ id: string }>(
      em,
      `select id from work_item where organization_id = ? and kind = 'follow-up' and category = ? and record_type = 'claim' and record_id = any(?::text[]) and state = any(?::text[])`,
      [context.organizationId, NO_ANSWER_CATEGORY, pgArray(claimIds), pgArray(WORK_ITEM_ACTIVE_STATES)],
    );
    if (found.length === 0) return [];
    return em.find(WorkItem, { organizationId: context.organizationId, id: { $in: found.map((row) => row.id) } });
  }

  /** Opens the claim's item through `em`: next action today (the organization's), due {@link FOLLOW_UP_DUE_IN_DAYS} later. */
  async open(em: EntityManager, context: RequestContext, input: NoAnswerClaim, asOf: Date): Promise<WorkItem> {
    const today = await todayOf(em, context.organizationId, asOf);
    const days = Math.floor((asOf.getTime() - input.submittedAt.getTime()) / 86_400_000);
    return this.writer.open(
      context,
      {
        kind: 'follow-up',
        category: NO_ANSWER_CATEGORY,
        title: `Claim ${input.claim.patientControlNumber}: no answer from ${input.payerName} ${days} days after submission`,
        recordType: 'claim',
        recordId: input.claim.id,
        patientId: input.claim.patientId,
        ownerRole: 'ar',
        dueDate: addDays(today, FOLLOW_UP_DUE_IN_DAYS),
        nextActionDate: today,
        note:
          `Submitted ${input.submittedAt.toISOString().slice(0, 10)}; ${input.payerName} expects an answer within ${input.followUpDays} days and no remittance has come. ` +
          'Check the claim status (276) or call the payer, and note what they say.',
      },
      em,
    );
  }
}

/** The calendar date of `instant` in the organization's time zone. */
export async function todayOf(em: EntityManager, organizationId: string, instant: Date): Promise<string> {
  const organization = await em.findOne(Organization, organizationId, { fields: ['timeZone'] });
  return calendarDate(instant, organization?.timeZone ?? 'UTC');
}

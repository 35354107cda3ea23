import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { ClaimLine } from '../claims/claim-line.entity';
import { Claim } from '../claims/claim.entity';
import { Payer } from '../payers/payer.entity';
import { AdjustmentCodeService } from '../reference/adjustment-codes.service';
import { addDays } from '../time/calendar-date';
import { WorkItem } from '../work-items/work-item.entity';
import { WORK_ITEM_ACTIVE_STATES } from '../work-items/work-item.workflow';
import { WorkItemWriter } from '../work-items/work-item.writer';
import { ClaimDenialEntry } from './claim-denial-entry.entity';
import type { DenialCategoryRuleInput } from './denial-category.defaults';
import { matchDenialRule } from './denial-category.match';
import { DenialCategoryService } from './denial-category.service';
import { denialNoteLine, describeDenials } from './denial-description';
import { denialOccurrences, type DenialOccurrence, type RoutedDenial } from './denial-occurrences';
import { DenialStopTheLine } from './denial-stop-the-line';
import type { ClaimDenial } from './denial.types';

/** The record type of denial work items. */
export const DENIAL_RECORD_TYPE = 'claim';

const TITLE_LIMIT = 200;

/**
 * Routes a claim's denials (called by 835 posting inside its transaction): counts each denial adjustment once per
 * remittance (`claim_denial`), opens one `denial` work item per claim and category (owner from the category mapping,
 * due on the remittance date plus the payer's appeal limit) or notes the active one, and stops the line when the same
 * reason for the same payer and procedure repeats on another claim within the gate window.
 */
@Injectable()
export class DenialRouter {
  constructor(
    private readonly categories: DenialCategoryService,
    private readonly writer: WorkItemWriter,
    private readonly codes: AdjustmentCodeService,
    private readonly stopTheLine: DenialStopTheLine,
  ) {}

  /** Routes `denial` through `em` (the caller's transaction); answers the claim's denial work items it concerns. */
  async route(context: RequestContext, denial: ClaimDenial, em: EntityManager): Promise<readonly WorkItem[]> {
    const occurrences = denialOccurrences(denial);
    const organizationId = context.organizationId;
    const claim = await em.findOne(Claim, { id: denial.claimId, organizationId });
    if (!claim) throw new NotFoundError('claim', denial.claimId);
    if (claim.patientId !== denial.patientId) throw new ValidationError([{ field: 'patientId', message: `is not the patient of claim ${claim.patientControlNumber}` }]);
    const payer = await em.findOne(Payer, { id: denial.payerRecordId, organizationId });
    if (!payer) throw new NotFoundError('payer', denial.payerRecordId);
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`denials:${organizationId}:${claim.id}`]);

    const rules = await this.categories.rulesFor(em, organizationId);
    const routed: RoutedDenial[] = occurrences.map((occurrence) => ({ ...occurrence, rule: matchDenialRule(rules, occurrence) }));
    const counted = await em.find(ClaimDenialEntry, { organizationId, remittanceId: denial.remittanceId, claimId: claim.id });
    const seen = new Set(counted.map(keyOf));
    const fresh = routed.filter((occurrence) => !seen.has(keyOf(occurrence)) && seen.add(keyOf(occurrence)));
    const lines = await em.find(ClaimLine, { organizationId, claimId: claim.id });
    const lineNumbers = new Map(lines.map((line) => [line.id, line.lineNumber]));

    const items: WorkItem[] = [];
    const entries: ClaimDenialEntry[] = [];
    for (const [category, group] of groupByCategory(routed)) {
      const freshHere = group.filter((occurrence) => fresh.includes(occurrence));
      let item = await em.findOne(
        WorkItem,
        { organizationId, kind: 'denial', recordType: DENIAL_RECORD_TYPE, recordId: claim.id, category, state: { $in: [...WORK_ITEM_ACTIVE_STATES] } },
        { orderBy: { createdAt: 'asc' } },
      );
      if (!item && freshHere.length === 0) continue; // routed before, and the item has been worked since
      if (freshHere.length > 0) {
        const described = await describeDenials(this.codes, freshHere, lineNumbers, denial.receivedOn);
        const dueDate = addDays(denial.receivedOn, payer.appealLimitDays);
        const body = [
          `${payer.name} denied claim ${claim.patientControlNumber}${claim.payerClaimNumber ? ` (payer claim ${claim.payerClaimNumber})` : ''} on remittance ${denial.remittanceId}, received ${denial.receivedOn}. Appeal by ${dueDate} (${payer.appealLimitDays} days).`,
          ...described.map(denialNoteLine),
          `To appeal, render a letter (POST …/claims/${claim.id}/appeal-letters with this item's id); to correct and resubmit, build the frequency 7 replacement (POST …/claims/${claim.id}/replace).`,
        ].join('\n');
        if (item) {
          await this.writer.addNote(em, context, item, `Denied again.\n${body}`);
        } else {
          const owner = group[0]?.rule as DenialCategoryRuleInput;
          item = await this.writer.open(
            context,
            {
              kind: 'denial',
              title: titleOf(category, claim.patientControlNumber, described.map((denialLine) => `${denialLine.where} ${denialLine.code}`)),
              category,
              recordType: DENIAL_RECORD_TYPE,
              recordId: claim.id,
              patientId: claim.patientId,
              ownerUserId: owner.ownerUserId,
              ownerRole: owner.ownerRole,
              dueDate,
              note: body,
            },
            em,
          );
        }
        for (const occurrence of freshHere) entries.push(this.entryOf(em, context, denial, occurrence, item.id));
      }
      if (item) items.push(item);
    }
    await em.flush();
    await this.stopTheLine.check(em, context, { claim, payer, receivedOn: denial.receivedOn }, fresh, entries);
    return items;
  }

  private entryOf(em: EntityManager, context: RequestContext, denial: ClaimDenial, occurrence: RoutedDenial, workItemId: string): ClaimDenialEntry {
    return em.create(ClaimDenialEntry, {
      organizationId: context.organizationId,
      claimId: denial.claimId,
      claimLineId: occurrence.claimLineId,
      lineKey: occurrence.lineKey,
      patientId: denial.patientId,
      payerRecordId: denial.payerRecordId,
      remittanceId: denial.remittanceId,
      receivedOn: denial.receivedOn,
      procedureCode: occurrence.procedureCode,
      groupCode: occurrence.groupCode,
      reasonCode: occurrence.reasonCode,
      remarkCodes: [...occurrence.remarkCodes],
      amountCents: occurrence.amountCents,
      category: occurrence.rule.category,
      workItemId,
    });
  }
}

function keyOf(denial: Pick<DenialOccurrence, 'lineKey' | 'groupCode' | 'reasonCode'>): string {
  return `${denial.lineKey}\u0000${denial.groupCode}\u0000${denial.reasonCode}`;
}

function groupByCategory(routed: readonly RoutedDenial[]): Map<string, RoutedDenial[]> {
  const groups = new Map<string, RoutedDenial[]>();
  for (const occurrence of routed) groups.set(occurrence.rule.category, [...(groups.get(occurrence.rule.category) ?? []), occurrence]);
  return groups;
}

function titleOf(category: string, patientControlNumber: string, denials: readonly string[]): string {
  const title = `Denied (${category}): claim ${patientControlNumber} — ${denials.join('; ')}`;
  return title.length <= TITLE_LIMIT ? title : `${title.slice(0, TITLE_LIMIT - 1)}…`;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import type { Claim } from '../claims/claim.entity';
import { GatePolicyService } from '../gates/gate-policy.service';
import { stopTheLine, type DefectOccurrence } from '../gates/stop-the-line';
import type { Payer } from '../payers/payer.entity';
import { AdjustmentCodeService } from '../reference/adjustment-codes.service';
import { addDays } from '../time/calendar-date';
import { WorkItem } from '../work-items/work-item.entity';
import { WORK_ITEM_ACTIVE_STATES } from '../work-items/work-item.workflow';
import { WorkItemWriter } from '../work-items/work-item.writer';
import { ClaimDenialEntry } from './claim-denial-entry.entity';
import type { RoutedDenial } from './denial-occurrences';

/** The record type of a denial pattern's upstream work item; its record id is `<payer record id>/<CARC>/<procedure or claim>`. */
export const DENIAL_PATTERN_RECORD_TYPE = 'denial-pattern';

/** The remittance being routed. */
export interface RoutedRemittance {
  readonly claim: Claim;
  readonly payer: Payer;
  readonly receivedOn: string;
}

/**
 * Stop the line for denials (DESIGN §2, DOMAIN.md "the same defect twice demands an upstream fix"): when the same CARC
 * from the same payer for the same procedure denies a second claim within the organization's gate window (counted
 * from the remittance dates, each claim once), the owner of the gate check the category rule names — or the
 * category's owner when it names none — gets one upstream-defect work item; later repeats add notes to it.
 */
@Injectable()
export class DenialStopTheLine {
  constructor(
    private readonly gates: GatePolicyService,
    private readonly writer: WorkItemWriter,
    private readonly codes: AdjustmentCodeService,
  ) {}

  /** Checks each pattern of the denials just counted (`fresh`, stored as `entries`), through `em`. */
  async check(em: EntityManager, context: RequestContext, remittance: RoutedRemittance, fresh: readonly RoutedDenial[], entries: readonly ClaimDenialEntry[]): Promise<void> {
    if (fresh.length === 0) return;
    const windowDays = await this.gates.defectWindowDays(em, context.organizationId);
    const patterns = new Map<string, RoutedDenial>();
    for (const denial of fresh) patterns.set(patternKey(remittance.payer.id, denial), patterns.get(patternKey(remittance.payer.id, denial)) ?? denial);
    for (const [key, denial] of patterns) await this.checkPattern(em, context, remittance, key, denial, entries, windowDays);
  }

  private async checkPattern(
    em: EntityManager,
    context: RequestContext,
    remittance: RoutedRemittance,
    key: string,
    denial: RoutedDenial,
    entries: readonly ClaimDenialEntry[],
    windowDays: number,
  ): Promise<void> {
    const organizationId = context.organizationId;
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`denial-pattern:${organizationId}:${key}`]);
    const earlier = await em.find(
      ClaimDenialEntry,
      {
        organizationId,
        payerRecordId: remittance.payer.id,
        reasonCode: denial.reasonCode,
        procedureCode: denial.procedureCode,
        receivedOn: { $gte: addDays(remittance.receivedOn, -windowDays), $lte: remittance.receivedOn },
        id: { $nin: entries.map((entry) => entry.id) },
      },
      { orderBy: { receivedOn: 'asc', createdAt: 'asc' } },
    );
    const current: DefectOccurrence = { recordType: 'claim', recordId: remittance.claim.id, at: dayOf(remittance.receivedOn) };
    const verdict = stopTheLine(earlier.map((entry) => ({ recordType: 'claim', recordId: entry.claimId, at: dayOf(entry.receivedOn) })), current, windowDays);
    if (!verdict.repeated) return;
    const subject = `${remittance.payer.name} denied ${denial.procedureCode ?? 'claims'} with CARC ${denial.reasonCode}`;
    const summary = `${verdict.distinctRecords} claims within ${windowDays} days.`;
    const occurrenceLines = [...earlier.map((entry) => `- claim ${entry.claimId}, remittance ${entry.remittanceId} received ${entry.receivedOn}: ${entry.groupCode}-${entry.reasonCode}`), `- claim ${remittance.claim.patientControlNumber} (${remittance.claim.id}) received ${remittance.receivedOn}: ${denial.groupCode}-${denial.reasonCode}`];
    const open = await em.findOne(
      WorkItem,
      { organizationId, kind: 'upstream-defect', recordType: DENIAL_PATTERN_RECORD_TYPE, recordId: key, state: { $in: [...WORK_ITEM_ACTIVE_STATES] } },
      { orderBy: { createdAt: 'asc' } },
    );
    if (open) {
      await this.writer.addNote(em, context, open, `Denied again: claim ${remittance.claim.patientControlNumber} received ${remittance.receivedOn}. ${subject} on ${summary}`);
      return;
    }
    const check = denial.rule.upstreamCheck;
    const owner = check ? await this.gates.owner(em, organizationId, check) : { ownerUserId: denial.rule.ownerUserId, ownerRole: denial.rule.ownerRole };
    const reason = (await this.codes.describe('carc', denial.reasonCode, remittance.receivedOn)) ?? 'no description on file';
    await this.writer.open(
      context,
      {
        kind: 'upstream-defect',
        title: `Fix upstream: ${subject} (${denial.rule.category}) on ${summary}`.slice(0, 200),
        category: check ?? denial.rule.category,
        recordType: DENIAL_PATTERN_RECORD_TYPE,
        recordId: key,
        ownerUserId: owner.ownerUserId,
        ownerRole: owner.ownerRole,
        priority: 'high',
        note: [
          `The same denial keeps coming back: ${subject} (${reason}) on ${summary}`,
          check ? `The gate check '${check}' should have caught it: find why it passed and fix the step before it.` : `No gate check is mapped to category '${denial.rule.category}': fix the step that produces it.`,
          ...occurrenceLines,
        ].join('\n'),
      },
      em,
    );
  }
}

function patternKey(payerRecordId: string, denial: Pick<RoutedDenial, 'reasonCode' | 'procedureCode'>): string {
  return `${payerRecordId}/${denial.reasonCode}/${denial.procedureCode ?? 'claim'}`;
}

function dayOf(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

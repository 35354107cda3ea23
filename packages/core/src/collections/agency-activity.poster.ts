import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AgencyActivity, RequestContext } from '@openrcm/sdk';
import { patientAccount } from '../ledger/ledger-account';
import { LedgerWriter, type LedgerPosting } from '../ledger/ledger.writer';
import { lockPatient } from '../patients/patient-exists';
import { PatientAccountMover } from '../statements/patient-account.mover';
import { PatientDispute } from '../statements/patient-dispute.entity';
import { owedLines } from '../statements/statement-ledger.query';
import { AgencyActivityRecord } from './agency-activity.entity';
import type { AgencyFeePosting } from './collection-settings.entity';
import { Placement } from './placement.entity';
import { PlacementService } from './placement.service';

/** A hold with no end: collection stops for good (bankruptcy's automatic stay, a deceased debtor's estate). */
const HOLD_FOREVER = '9999-12-31';

/** What applying one activity did: applied, or refused with why (nothing of it written). */
export type ActivityOutcome = { readonly applied: true } | { readonly applied: false; readonly reason: string };

/**
 * Applies one agency activity to its placed account, in the caller's transaction:
 * - a payment is posted to the ledger (source `collection-agency`) on the patient's owed lines, oldest date of service
 *   first — `gross`: the whole amount the patient paid as payment; `net`: what the agency remits as payment and its
 *   fee written off, so the patient's balance goes down by what they paid either way; never more than is owed;
 * - an adjustment (a settlement for less) is written off the same way;
 * - either one that leaves nothing owed closes the placement as paid and the account as paid;
 * - a return ends the placement and brings the account back to the final-notice state;
 * - a dispute opens a dispute on the account (statements and placement hold while it is open);
 * - a bankruptcy or a deceased debtor closes the placement and holds the account with no end date.
 */
@Injectable()
export class AgencyActivityPoster {
  constructor(
    private readonly ledger: LedgerWriter,
    private readonly placements: PlacementService,
    private readonly accounts: PatientAccountMover,
  ) {}

  async apply(tx: EntityManager, context: RequestContext, input: { placement: Placement; activity: AgencyActivity; fileId: string | null; feePosting: AgencyFeePosting }): Promise<ActivityOutcome> {
    const { placement } = input;
    // What the debtor paid: a payment the agency reports net of its fee is the remittance plus the fee.
    const activity = input.activity.kind === 'payment' && input.activity.amountBasis === 'net' ? { ...input.activity, amountCents: input.activity.amountCents + input.activity.agencyFeeCents, amountBasis: 'gross' as const } : input.activity;
    await lockPatient(tx, context, placement.patientId);
    const moves = activity.kind === 'payment' || activity.kind === 'adjustment';
    const lines = moves ? await owedLines(tx, context.organizationId, placement.patientId) : [];
    const owed = lines.reduce((sum, line) => sum + line.balanceCents, 0);
    if (moves && activity.amountCents > owed) return { applied: false, reason: `the ${activity.kind} of ${activity.amountCents} cents is more than the patient owes (${owed} cents)` };
    if (activity.agencyFeeCents > activity.amountCents && activity.kind === 'payment') return { applied: false, reason: 'the agency fee is more than the payment' };

    const record = tx.create(AgencyActivityRecord, {
      organizationId: context.organizationId,
      placementId: placement.id,
      patientId: placement.patientId,
      connectorId: placement.connectorId,
      fileId: input.fileId,
      kind: activity.kind,
      amountCents: activity.amountCents,
      agencyFeeCents: activity.agencyFeeCents,
      feePosting: activity.kind === 'payment' ? input.feePosting : null,
      occurredOn: activity.occurredOn,
      reference: activity.reference,
      note: activity.note ?? null,
    });
    const posting: LedgerPosting = { source: 'collection-agency', sourceId: record.id, effectiveDate: activity.occurredOn, reference: activity.reference, memo: `collection agency ${activity.kind} (${placement.connectorId})` };
    if (activity.kind === 'payment') {
      const paid = input.feePosting === 'net' ? activity.amountCents - activity.agencyFeeCents : activity.amountCents;
      let toPay = paid;
      let toWriteOff = activity.amountCents - paid;
      for (const line of lines) {
        let room = line.balanceCents;
        const payHere = Math.min(room, toPay);
        room -= payHere;
        toPay -= payHere;
        const writeHere = Math.min(room, toWriteOff);
        toWriteOff -= writeHere;
        const account = patientAccount(line.chargeId, placement.patientId);
        if (payHere > 0) this.ledger.pay(tx, context, posting, { account, line: { claimId: null, claimLineId: null }, amountCents: payHere });
        if (writeHere > 0) this.ledger.writeOff(tx, context, { ...posting, memo: `collection agency fee (${placement.connectorId})` }, { account, line: { claimId: null, claimLineId: null }, amountCents: writeHere });
        if (toPay === 0 && toWriteOff === 0) break;
      }
    }
    if (activity.kind === 'adjustment') {
      let left = activity.amountCents;
      for (const line of lines) {
        const here = Math.min(line.balanceCents, left);
        if (here > 0) this.ledger.writeOff(tx, context, posting, { account: patientAccount(line.chargeId, placement.patientId), line: { claimId: null, claimLineId: null }, amountCents: here });
        left -= here;
        if (left === 0) break;
      }
    }
    await tx.flush();

    if (moves && activity.amountCents === owed) {
      await this.placements.end(tx, context, placement, { state: 'closed', reason: 'paid', on: activity.occurredOn, event: 'settle' });
    }
    if (activity.kind === 'return') {
      await this.placements.end(tx, context, placement, { state: 'returned', reason: activity.note ?? 'returned by the agency', on: activity.occurredOn, event: 'recall' });
    }
    if (activity.kind === 'dispute') {
      tx.create(PatientDispute, { organizationId: context.organizationId, patientId: placement.patientId, reason: `Disputed with the collection agency (${placement.connectorId}, ${activity.reference}): ${activity.note ?? 'no reason given'}`, openedBy: context.actor.id });
    }
    if (activity.kind === 'bankruptcy' || activity.kind === 'deceased') {
      await this.placements.end(tx, context, placement, { state: 'closed', reason: activity.kind, on: activity.occurredOn, event: 'recall' });
      const account = await this.accounts.accountOf(tx, context.organizationId, placement.patientId);
      account.holdUntil = HOLD_FOREVER;
      account.holdReason = activity.kind === 'bankruptcy' ? `bankruptcy reported by the collection agency${activity.note ? `: ${activity.note}` : ''}` : 'the debtor is deceased (reported by the collection agency)';
    }
    await tx.flush();
    return { applied: true };
  }
}

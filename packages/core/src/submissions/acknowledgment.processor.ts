import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { read277, read999, type Acknowledgment999, type ReadResult, type StatusCode277, type TransactionResponse999 } from '@openrcm/x12';
import { Claim } from '../claims/claim.entity';
import { ClaimService } from '../claims/claim.service';
import type { ClaimState } from '../claims/claim.workflow';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { WorkItemWriter } from '../work-items/work-item.writer';
import { ackOutcomeOf, describe999Errors } from './ack-999.codes';
import { ClaimBatch } from './claim-batch.entity';
import { describeStatus, fieldToFix, statusOutcomeOf } from './claim-status.codes';
import { X12File } from './x12-file.entity';
import { X12FileClaim, type AcknowledgmentOutcome } from './x12-file-claim.entity';
import { index837P } from './x12-837p.index';

/** What applying an acknowledgment changed. */
export interface AcknowledgmentApplied {
  readonly acknowledged: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Claim numbers the document names that match no claim of the organization. */
  readonly unmatched: readonly string[];
}

/** A received file that cannot be read; it stays archived with this message. */
export class UnreadableDocument extends Error {
  override readonly name = 'UnreadableDocument';
}

/** States in which a payer's or clearinghouse's answer may still move a claim. */
const AWAITING_ANSWER: readonly ClaimState[] = ['submitted', 'acknowledged'];

/** The first error a reader reported, or none read: the file is refused as unreadable. */
function assertReadable<T>(kind: string, result: ReadResult<T>): void {
  const error = result.errors.find((candidate) => candidate.severity === 'error');
  if (error) throw new UnreadableDocument(`${kind}: ${error.message}${error.segmentId ? ` (segment ${error.segmentId}${error.segmentIndex !== undefined ? ` #${error.segmentIndex}` : ''})` : ''}`);
  if (result.transactions.length === 0) throw new UnreadableDocument(`${kind}: the file holds no ${kind} transaction set`);
}

/**
 * Applies 999 and 277CA acknowledgments to claims, in the caller's transaction (the inbound job's): a 999 rejecting a
 * transaction set rejects its claims; a 277CA accepts (with the payer's claim number) or rejects each claim it names.
 * Each rejection opens a work item for billers naming the field to fix.
 */
@Injectable()
export class AcknowledgmentProcessor {
  constructor(
    private readonly orm: MikroORM,
    private readonly claims: ClaimService,
    private readonly workItems: WorkItemWriter,
  ) {}

  /** Applies a 999; `fileId`, the archived file's, links each claim it moved to that file (the claim timeline). */
  async apply999(context: RequestContext, x12: string, fileId?: string): Promise<AcknowledgmentApplied> {
    const read = read999(x12);
    assertReadable('999', read);
    const counts = { acknowledged: 0, accepted: 0, rejected: 0, unmatched: [] as string[] };
    for (const ack of read.transactions) await this.applyOne999(context, ack, counts, fileId);
    return counts;
  }

  private async applyOne999(context: RequestContext, ack: Acknowledgment999, counts: { acknowledged: number; rejected: number; unmatched: string[] }, fileId: string | undefined): Promise<void> {
    const em = currentEntityManager(this.orm);
    const batch = await em.findOne(ClaimBatch, { organizationId: context.organizationId, groupControlNumber: ack.group.controlNumber }, { orderBy: { createdAt: 'desc' } });
    if (!batch) throw new UnreadableDocument(`999: AK102 group control number ${ack.group.controlNumber} matches no claim batch of this organization`);
    const sent = await em.findOneOrFail(X12File, { organizationId: context.organizationId, batchId: batch.id, direction: 'out' });
    const sets = index837P(sent.content).transactions;
    const claims = await em.find(Claim, { organizationId: context.organizationId, id: { $in: batch.claimIds } });
    const responses: TransactionResponse999[] =
      ack.transactions.length > 0
        ? ack.transactions
        : sets.map((set) => ({ setId: '837', controlNumber: set.controlNumber, segmentErrors: [], status: ack.groupStatus, statusLabel: ack.groupStatusLabel, errorCodes: ack.groupErrorCodes, claimIds: [] }));
    for (const response of responses) {
      const set = sets.find((candidate) => candidate.controlNumber === response.controlNumber);
      if (!set) throw new UnreadableDocument(`999: AK202 ${response.controlNumber} is not a transaction set of batch ${batch.fileName}`);
      const outcome = ackOutcomeOf(response.status);
      for (const number of set.patientControlNumbers) {
        const claim = claims.find((candidate) => candidate.patientControlNumber === number);
        if (!claim) {
          counts.unmatched.push(number);
          continue;
        }
        if (outcome === 'rejected') {
          if (!AWAITING_ANSWER.includes(claim.state)) continue;
          await this.claims.transition(context, claim.id, 'reject', { joinTransaction: true });
          counts.rejected += 1;
          const errors = describe999Errors(response, number);
          this.link(context, fileId, claim, 'rejected', errors.join('; '));
          await this.openItem(context, claim, `Claim ${number} rejected by the clearinghouse (999)`, 'high',
            `The 999 for batch ${batch.fileName} rejected transaction set ${response.controlNumber}: ${errors.join('; ')}. Correct the claim and submit a new one.`);
          continue;
        }
        if (claim.state !== 'submitted') continue;
        await this.claims.transition(context, claim.id, 'acknowledge', { joinTransaction: true });
        counts.acknowledged += 1;
        this.link(context, fileId, claim, outcome === 'accepted-with-errors' ? 'accepted-with-errors' : 'acknowledged', outcome === 'accepted-with-errors' ? describe999Errors(response, number).join('; ') : null);
        if (outcome === 'accepted-with-errors') {
          await this.openItem(context, claim, `Claim ${number} accepted with errors (999)`, 'low',
            `The 999 for batch ${batch.fileName} accepted transaction set ${response.controlNumber} with errors: ${describe999Errors(response, number).join('; ')}. The claim goes on; fix the data for the next claims.`);
        }
      }
    }
  }

  /** Applies a 277CA; `fileId` as for {@link apply999}. */
  async apply277CA(context: RequestContext, x12: string, fileId?: string): Promise<AcknowledgmentApplied> {
    const read = read277(x12);
    assertReadable('277CA', read);
    const em = currentEntityManager(this.orm);
    const counts = { acknowledged: 0, accepted: 0, rejected: 0, unmatched: [] as string[] };
    for (const response of read.transactions) {
      for (const status of response.claims) {
        const claim = await em.findOne(Claim, { organizationId: context.organizationId, patientControlNumber: status.patientControlNumber });
        if (!claim) {
          counts.unmatched.push(status.patientControlNumber);
          continue;
        }
        if (!AWAITING_ANSWER.includes(claim.state)) continue;
        const codes = status.statuses.flatMap((stc) => stc.statuses);
        const rejections = codes.filter((code) => statusOutcomeOf(code) === 'rejected');
        if (rejections.length > 0) {
          await this.claims.transition(context, claim.id, 'reject', { joinTransaction: true });
          counts.rejected += 1;
          const messages = status.statuses.map((stc) => stc.message).filter((message): message is string => Boolean(message));
          this.link(context, fileId, claim, 'rejected', rejections.map(describeStatus).join('; '));
          await this.openItem(context, claim, rejectionTitle(claim.patientControlNumber, rejections), 'high',
            `The payer's 277CA rejected the claim: ${rejections.map(describeStatus).join('; ')}.${messages.length > 0 ? ` Payer's message: ${messages.join(' ')}.` : ''} Correct it and submit a new claim.`);
        } else if (codes.some((code) => statusOutcomeOf(code) === 'accepted')) {
          await this.claims.transition(context, claim.id, 'accept', { joinTransaction: true, ...(status.payerClaimControlNumber ? { payerClaimNumber: status.payerClaimControlNumber } : {}) });
          counts.accepted += 1;
          this.link(context, fileId, claim, 'accepted', null);
        }
      }
    }
    return counts;
  }

  /** Records what the file said of the claim (persisted with the caller's transaction). */
  private link(context: RequestContext, fileId: string | undefined, claim: Claim, outcome: AcknowledgmentOutcome, detail: string | null): void {
    if (!fileId) return;
    currentEntityManager(this.orm).create(X12FileClaim, { organizationId: context.organizationId, x12FileId: fileId, claimId: claim.id, outcome, detail: detail ? detail.slice(0, 2000) : null });
  }

  private async openItem(context: RequestContext, claim: Claim, title: string, priority: 'low' | 'high', note: string): Promise<void> {
    await this.workItems.open(
      context,
      { kind: 'follow-up', category: 'claim-rejection', title, recordType: 'claim', recordId: claim.id, patientId: claim.patientId, ownerRole: 'biller', priority, note },
      currentEntityManager(this.orm),
    );
  }
}

/** `Claim C0000012 rejected by the payer (277CA): fix the subscriber's member id …`. */
function rejectionTitle(patientControlNumber: string, rejections: readonly StatusCode277[]): string {
  const field = rejections.map(fieldToFix).find(Boolean);
  return `Claim ${patientControlNumber} rejected by the payer (277CA)${field ? `: fix ${field}` : ''}`.slice(0, 200);
}

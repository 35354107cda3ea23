import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type ClearinghouseConnector, type OperationResult, type RequestContext } from '@openrcm/sdk';
import { reserveControlNumbers, write276 } from '@openrcm/x12';
import { randomUUID } from 'node:crypto';
import { Claim } from '../claims/claim.entity';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { Organization } from '../organizations/organization.entity';
import { Payer } from '../payers/payer.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { sha256Of } from '../submissions/claim-submission.service';
import { ClearinghouseConnectors } from '../submissions/clearinghouse-connectors';
import { X12File } from '../submissions/x12-file.entity';
import { WorkItemWriter } from '../work-items/work-item.writer';
import { DatabaseControlNumberSequence } from '../x12/database-control-number.sequence';
import { claimStatusInquiryOf } from './claim-276.mapper';
import { claimStatusAnswerOf } from './claim-277.answer';
import { ClaimFollowUpItems } from './claim-follow-up.items';
import { ClaimStatusInquiry } from './claim-status-inquiry.entity';
import { describeClaimStatus, meaningOf } from './claim-status-categories';
import { lastSubmissionOf, type LastSubmission } from './last-submission.query';

/** An inquiry recorded, and the follow-up item its note went to. */
export interface InquiryMade {
  readonly inquiry: ClaimStatusInquiry;
  readonly workItemId: string;
}

/** Meanings of a 277 status a person should know of at once: the payer has decided, or refused the claim. */
const DECIDED: Readonly<Record<string, string>> = {
  paid: 'The payer reports the claim paid',
  denied: 'The payer reports the claim denied',
  finalized: 'The payer reports the claim finalized',
  rejected: 'The payer reports the claim rejected',
  'not-found': 'The payer does not find the claim',
};

/**
 * Claim status inquiries (276/277): builds the 276 from the claim's snapshot, sends it through the connector of the
 * clearinghouse that carried the claim when that connector declares `claimStatus`, archives the 276 and the 277 as X12
 * files, records the status, and notes it on the claim's follow-up item (opened if there is none). The answer never
 * moves the claim: the remittance does.
 */
@Injectable()
export class ClaimStatusInquiryService {
  constructor(
    private readonly orm: MikroORM,
    private readonly connectors: ClearinghouseConnectors,
    private readonly items: ClaimFollowUpItems,
    private readonly writer: WorkItemWriter,
  ) {}

  /** Asks about one claim now; in one transaction (joined when there is one). */
  async inquire(context: RequestContext, claimId: string): Promise<InquiryMade> {
    const em = currentEntityManager(this.orm);
    if (em.isInTransaction()) return this.inquireIn(context, em, claimId);
    return em.transactional((tx) => this.inquireIn(context, tx, claimId));
  }

  async list(context: RequestContext, claimId: string, query: ListQuery): Promise<Page<ClaimStatusInquiry>> {
    const em = currentEntityManager(this.orm);
    if ((await em.count(Claim, { id: claimId, organizationId: context.organizationId })) === 0) throw new NotFoundError('claim', claimId);
    const orderBy = orderByOf<ClaimStatusInquiry>(query.sort ?? '-createdAt', { createdAt: 'createdAt' }, { id: 'asc' });
    return findPage(em, ClaimStatusInquiry, { organizationId: context.organizationId, claimId }, query, orderBy, (inquiry) => inquiry);
  }

  /** The connector that answers 276s for a claim's last submission, or why there is none (a ConflictError naming it). */
  private statusConnectorOf(context: RequestContext, submission: LastSubmission): ClearinghouseConnector {
    const connectors = this.connectors.of(context.organizationId, submission.pluginId);
    if (connectors.length === 0) throw new ConflictError(`clearinghouse plugin ${submission.pluginId}, which carried the claim, is not enabled in this organization`);
    const connector = connectors.find((candidate) => candidate.capabilities.claimStatus && typeof candidate.checkClaimStatus === 'function');
    if (!connector) {
      const names = connectors.map((candidate) => candidate.id).join(', ');
      throw new ConflictError(`clearinghouse connector ${names} of plugin ${submission.pluginId} does not answer claim status inquiries (276/277): ask the payer by phone or portal and note the answer on the follow-up item`);
    }
    return connector;
  }

  private async inquireIn(context: RequestContext, em: EntityManager, claimId: string): Promise<InquiryMade> {
    const claim = await em.findOne(Claim, { id: claimId, organizationId: context.organizationId });
    if (!claim) throw new NotFoundError('claim', claimId);
    const submission = await lastSubmissionOf(em, context.organizationId, claim.id);
    if (!submission) throw new ConflictError(`claim ${claim.patientControlNumber} has not been delivered to a clearinghouse: there is no status to ask for`);
    const connector = this.statusConnectorOf(context, submission);
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    if (!organization.x12SubmitterId) {
      throw new ValidationError([{ field: 'x12SubmitterId', message: `organization ${organization.name} has no X12 submitter id: set the one its clearinghouse assigned` }]);
    }
    const snapshot = claim.snapshot();
    const traceNumber = randomUUID().replace(/-/g, '').slice(0, 30).toUpperCase();
    const createdAt = new Date();
    const inquiry276 = claimStatusInquiryOf(
      { patientControlNumber: claim.patientControlNumber, totalChargeCents: claim.totalChargeCents, payerClaimNumber: claim.payerClaimNumber, snapshot },
      { traceNumber, createdAt },
    );
    const numbers = await reserveControlNumbers(new DatabaseControlNumberSequence(em, context.organizationId), 1);
    const x12 = write276(
      [inquiry276],
      { sender: { qualifier: 'ZZ', id: organization.x12SubmitterId }, receiver: { qualifier: 'ZZ', id: snapshot.payer.payerId }, date: inquiry276.createdDate, time: inquiry276.createdTime },
      numbers,
    );
    const request = archive(em, context, { direction: 'out', kind: '276', fileName: `${String(numbers.interchange).padStart(9, '0')}.276.x12`, pluginId: submission.pluginId, content: x12 });
    await em.flush();
    const answer = await ask(context, connector, x12);
    const inquiry = em.create(ClaimStatusInquiry, {
      organizationId: context.organizationId,
      claimId: claim.id,
      pluginId: submission.pluginId,
      traceNumber,
      requestedBy: context.actor.id,
      requestFileId: request.id,
      outcome: 'failed',
    });
    if ('x12' in answer) {
      const response = await archiveAnswer(em, context, submission.pluginId, `${request.fileName.replace(/\.276\.x12$/, '')}.277.x12`, answer.x12);
      inquiry.responseFileId = response.id;
      const read = claimStatusAnswerOf(answer.x12, { traceNumber, patientControlNumber: claim.patientControlNumber });
      if ('answer' in read) {
        Object.assign(inquiry, {
          outcome: 'answered',
          statusCategory: read.answer.category,
          statusCode: read.answer.code,
          statusEntity: read.answer.entity,
          effectiveDate: read.answer.effectiveDate,
          payerClaimNumber: read.answer.payerClaimNumber,
        });
      } else inquiry.error = read.error;
    } else inquiry.error = answer.error;
    await em.flush();
    const workItemId = await this.note(em, context, claim, submission, inquiry, connector.id);
    return { inquiry, workItemId };
  }

  /** Appends the answer to the claim's follow-up item, opening one when the claim has none. */
  private async note(em: EntityManager, context: RequestContext, claim: Claim, submission: LastSubmission, inquiry: ClaimStatusInquiry, connectorId: string): Promise<string> {
    let item = await this.items.activeFor(em, context, claim.id);
    if (!item) {
      const payer = await em.findOne(Payer, { id: claim.payerRecordId, organizationId: context.organizationId });
      item = await this.items.open(em, context, { claim, payerName: payer?.name ?? 'the payer', submittedAt: submission.submittedAt, followUpDays: payer?.followUpDays ?? 30 }, new Date());
    }
    await this.writer.addNote(em, context, item, inquiryNote(inquiry, connectorId));
    return item.id;
  }
}

/** The note an inquiry leaves on the follow-up item. */
export function inquiryNote(inquiry: ClaimStatusInquiry, connectorId: string): string {
  const asked = `Claim status inquiry (276, trace ${inquiry.traceNumber}) through ${inquiry.pluginId}/${connectorId}`;
  if (inquiry.outcome !== 'answered' || !inquiry.statusCategory || !inquiry.statusCode) return `${asked}: no status. ${inquiry.error ?? ''}`.trim();
  const status = describeClaimStatus({ category: inquiry.statusCategory, code: inquiry.statusCode, entity: inquiry.statusEntity });
  const parts = [`${asked}: ${status}`];
  if (inquiry.effectiveDate) parts.push(`effective ${inquiry.effectiveDate}`);
  if (inquiry.payerClaimNumber) parts.push(`payer claim number ${inquiry.payerClaimNumber}`);
  const decided = DECIDED[meaningOf(inquiry.statusCategory)];
  const text = `${parts.join('; ')}.`;
  return decided ? `${text} ${decided}; the claim stays as it is until the remittance (835) or acknowledgment records it.` : text;
}

function archive(em: EntityManager, context: RequestContext, file: { direction: 'out' | 'in'; kind: string; fileName: string; pluginId: string; content: string }): X12File {
  return em.create(X12File, { organizationId: context.organizationId, ...file, sha256: sha256Of(file.content), byteSize: Buffer.byteLength(file.content, 'utf8') });
}

/** Archives a received 277 (read now, so processed), or finds the same content archived before. */
async function archiveAnswer(em: EntityManager, context: RequestContext, pluginId: string, fileName: string, content: string): Promise<X12File> {
  const known = await em.findOne(X12File, { organizationId: context.organizationId, direction: 'in', sha256: sha256Of(content) });
  if (known) return known;
  const file = archive(em, context, { direction: 'in', kind: '277', fileName, pluginId, content });
  file.processedAt = new Date();
  await em.flush();
  return file;
}

/** The connector's 277, or why there is none. */
async function ask(context: RequestContext, connector: ClearinghouseConnector, x12: string): Promise<{ x12: string } | { error: string }> {
  let result: OperationResult<string>;
  try {
    result = await connector.checkClaimStatus!(context, x12);
  } catch (error) {
    return { error: `the connector failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  switch (result.status) {
    case 'SUCCESS':
      return { x12: result.value };
    case 'FAILURE':
      return { error: `the clearinghouse refused the inquiry: ${result.reason}${result.code ? ` (${result.code})` : ''}` };
    case 'PENDING':
      return { error: `the clearinghouse has no answer yet (reference ${result.reference}); ask again later` };
    case 'EXCEPTION':
      return { error: `the clearinghouse could not be asked: ${result.message}` };
  }
}

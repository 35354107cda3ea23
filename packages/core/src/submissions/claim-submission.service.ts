import { createHash } from 'node:crypto';
import { LockMode, MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type OperationResult, type RequestContext, type SubmissionReceipt } from '@openrcm/sdk';
import type { Logger } from 'pino';
import { Claim837PWriter } from '../claims/claim-837p.writer';
import { Claim } from '../claims/claim.entity';
import { ClaimService } from '../claims/claim.service';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { JobQueue } from '../jobs/job-queue.service';
import { JobRecord } from '../jobs/job-record.entity';
import { ROOT_LOGGER } from '../logging/logger';
import { Payer } from '../payers/payer.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import type { Database } from '../persistence/database';
import { DATABASE } from '../persistence/persistence.providers';
import { WorkItemWriter } from '../work-items/work-item.writer';
import { ClaimBatch, type ClaimBatchState } from './claim-batch.entity';
import { ClearinghouseConnectors } from './clearinghouse-connectors';
import { outsideTransaction } from './outside-transaction';
import { X12File } from './x12-file.entity';
import { index837P } from './x12-837p.index';

/** The job that sends one batch. */
export const SUBMIT_BATCH_JOB = 'claims.submit-batch';

/** A batch written by {@link ClaimSubmissionService.submitReady}. */
export interface BatchQueued {
  readonly batchId: string;
  readonly payerRecordId: string;
  readonly payerName: string;
  readonly pluginId: string;
  readonly fileName: string;
  readonly claimCount: number;
}

/** Ready claims of a payer left as they were, and why. */
export interface ClaimsNotSubmitted {
  readonly payerRecordId: string;
  readonly payerName: string;
  readonly claimIds: readonly string[];
  readonly reason: string;
}

/** What `submit-ready` did. */
export interface SubmitReadySummary {
  readonly batches: readonly BatchQueued[];
  readonly notSubmitted: readonly ClaimsNotSubmitted[];
}

/** What became of one run of the submit job. */
export type SubmitBatchOutcome = 'submitted' | 'already-done' | 'failed' | 'retry';

const SORTABLE = { createdAt: 'createdAt', state: 'state', submittedAt: 'submittedAt' };

/**
 * Claim submission: `submitReady` writes one 837P batch per payer from the ready claims (archived with its SHA-256,
 * control numbers from the database) and queues its send; `sendBatch`, the job, hands it to the payer's
 * clearinghouse connector once and records the outcome.
 */
@Injectable()
export class ClaimSubmissionService {
  constructor(
    private readonly orm: MikroORM,
    @Inject(DATABASE) private readonly database: Database,
    private readonly writer: Claim837PWriter,
    private readonly claims: ClaimService,
    private readonly connectors: ClearinghouseConnectors,
    private readonly jobs: JobQueue,
    private readonly workItems: WorkItemWriter,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** Writes and queues one batch per payer of the ready claims not already in a pending batch. */
  async submitReady(context: RequestContext): Promise<SubmitReadySummary> {
    const em = currentEntityManager(this.orm);
    const ready = await em.find(Claim, { organizationId: context.organizationId, state: 'ready' }, { orderBy: { payerRecordId: 'asc', createdAt: 'asc', id: 'asc' } });
    const queued = new Set((await em.find(ClaimBatch, { organizationId: context.organizationId, state: 'pending' })).flatMap((batch) => batch.claimIds));
    const byPayer = new Map<string, string[]>();
    for (const claim of ready) {
      if (queued.has(claim.id)) continue;
      byPayer.set(claim.payerRecordId, [...(byPayer.get(claim.payerRecordId) ?? []), claim.id]);
    }
    const payers = await em.find(Payer, { organizationId: context.organizationId, id: { $in: [...byPayer.keys()] } });
    const batches: BatchQueued[] = [];
    const notSubmitted: ClaimsNotSubmitted[] = [];
    for (const [payerRecordId, claimIds] of byPayer) {
      const payer = payers.find((candidate) => candidate.id === payerRecordId);
      const payerName = payer?.name ?? payerRecordId;
      const reason = this.unroutable(context, payer);
      if (reason || !payer) {
        notSubmitted.push({ payerRecordId, payerName, claimIds, reason: reason ?? 'the payer record is missing' });
        continue;
      }
      try {
        batches.push(await this.queueBatch(context, payer, claimIds));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        notSubmitted.push({ payerRecordId, payerName, claimIds, reason: error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ') });
      }
    }
    return { batches, notSubmitted };
  }

  private unroutable(context: RequestContext, payer: Payer | undefined): string | undefined {
    if (!payer) return 'the payer record is missing';
    if (!payer.clearinghousePluginId) return `payer ${payer.name} has no clearinghouse: set its clearinghousePluginId`;
    if (!this.connectors.submitterOf(context.organizationId, payer.clearinghousePluginId)) {
      return `clearinghouse plugin ${payer.clearinghousePluginId} is not enabled or does not submit claims`;
    }
    return undefined;
  }

  /** Writes the payer's batch, archives its 837P and queues its send, in one transaction. */
  private async queueBatch(context: RequestContext, payer: Payer, claimIds: readonly string[]): Promise<BatchQueued> {
    const pluginId = payer.clearinghousePluginId as string;
    return currentEntityManager(this.orm).transactional(async (tx) => {
      // One submitter per organization at a time: a claim is never written into two batches.
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`claims.submit:${context.organizationId}`]);
      const stillReady = await tx.find(Claim, { organizationId: context.organizationId, id: { $in: [...claimIds] }, state: 'ready' }, { fields: ['id'] });
      const pending = new Set((await tx.find(ClaimBatch, { organizationId: context.organizationId, state: 'pending' })).flatMap((batch) => batch.claimIds));
      const ids = claimIds.filter((id) => stillReady.some((claim) => claim.id === id) && !pending.has(id));
      if (ids.length === 0) throw new ValidationError([{ field: 'claims', message: 'the claims were submitted meanwhile' }]);
      const written = await this.writer.write(context, ids, { receiver: { id: payer.payerId, name: payer.name } });
      const index = index837P(written.x12);
      const fileName = `${index.interchangeControlNumber}.837p.x12`;
      const batch = tx.create(ClaimBatch, {
        organizationId: context.organizationId,
        pluginId,
        payerRecordId: payer.id,
        fileName,
        interchangeControlNumber: index.interchangeControlNumber,
        groupControlNumber: index.groupControlNumber,
        claimIds: ids,
      });
      tx.create(X12File, {
        organizationId: context.organizationId,
        direction: 'out',
        kind: '837P',
        fileName,
        pluginId,
        sha256: sha256Of(written.x12),
        byteSize: Buffer.byteLength(written.x12, 'utf8'),
        content: written.x12,
        batchId: batch.id,
      });
      await tx.flush();
      await this.jobs.enqueue(context, SUBMIT_BATCH_JOB, { batchId: batch.id }, { idempotencyKey: batch.id });
      return { batchId: batch.id, payerRecordId: payer.id, payerName: payer.name, pluginId, fileName, claimCount: ids.length };
    });
  }

  /**
   * The job: sends a pending batch through its connector (outside the job's transaction, so the connector's own
   * records survive a rollback) and records the outcome in the job's transaction. A retryable exception throws (the
   * job retries with backoff) unless this is the job's last attempt, which fails the batch.
   */
  async sendBatch(context: RequestContext, batchId: string): Promise<SubmitBatchOutcome> {
    const em = currentEntityManager(this.orm);
    const batch = await em.findOne(ClaimBatch, { id: batchId, organizationId: context.organizationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!batch) throw new NotFoundError('claim batch', batchId);
    if (batch.state !== 'pending') return 'already-done';
    const file = await em.findOneOrFail(X12File, { organizationId: context.organizationId, batchId, direction: 'out' });
    const connector = this.connectors.submitterOf(context.organizationId, batch.pluginId);
    if (!connector) {
      await this.fail(context, batch, `clearinghouse plugin ${batch.pluginId} is not enabled or does not submit claims`);
      return 'failed';
    }
    let result: OperationResult<SubmissionReceipt>;
    try {
      result = await outsideTransaction(this.database, this.orm, () =>
        connector.submitBatch(context, { batchId, fileName: batch.fileName, x12: file.content, claimIds: batch.claimIds }),
      );
    } catch (error) {
      result = { status: 'EXCEPTION', message: error instanceof Error ? error.message : String(error), retryable: true };
    }
    switch (result.status) {
      case 'SUCCESS':
        await this.recordSubmitted(context, batch, result.value);
        return 'submitted';
      case 'FAILURE':
        await this.fail(context, batch, `the clearinghouse refused the batch: ${result.reason}${result.code ? ` (${result.code})` : ''}`);
        return 'failed';
      case 'PENDING':
        return this.retryOrFail(context, batch, `the clearinghouse has not confirmed the batch yet (reference ${result.reference})`);
      case 'EXCEPTION':
        if (!result.retryable) {
          await this.fail(context, batch, result.message);
          return 'failed';
        }
        return this.retryOrFail(context, batch, result.message);
    }
  }

  private async retryOrFail(context: RequestContext, batch: ClaimBatch, message: string): Promise<SubmitBatchOutcome> {
    const job = await currentEntityManager(this.orm).findOne(JobRecord, { organizationId: context.organizationId, name: SUBMIT_BATCH_JOB, idempotencyKey: batch.id });
    if (job && job.attempts + 1 >= job.maxAttempts) {
      await this.fail(context, batch, `${message} (gave up after ${job.maxAttempts} attempts)`);
      return 'failed';
    }
    throw new SubmissionRetry(`batch ${batch.fileName}: ${message}`);
  }

  private async recordSubmitted(context: RequestContext, batch: ClaimBatch, receipt: SubmissionReceipt): Promise<void> {
    const em = currentEntityManager(this.orm);
    batch.state = 'submitted';
    batch.reference = receipt.reference;
    batch.submittedAt = receipt.submittedAt;
    batch.lastError = null;
    await em.flush();
    const claims = await em.find(Claim, { organizationId: context.organizationId, id: { $in: batch.claimIds } });
    for (const claim of claims) {
      if (claim.state === 'ready') {
        await this.claims.transition(context, claim.id, 'submit', { joinTransaction: true });
        continue;
      }
      this.logger.warn({ batchId: batch.id, claimId: claim.id, state: claim.state }, 'a claim of a submitted batch was no longer ready');
      await this.workItems.open(
        context,
        {
          kind: 'follow-up',
          category: 'claim-submission',
          title: `Claim ${claim.patientControlNumber} was sent in batch ${batch.fileName} while ${claim.state}`,
          recordType: 'claim',
          recordId: claim.id,
          patientId: claim.patientId,
          ownerRole: 'biller',
          priority: 'high',
          note: `The claim changed to ${claim.state} after it was written into batch ${batch.fileName}, which the clearinghouse received. Check what the payer answers for it.`,
        },
        em,
      );
    }
  }

  private async fail(context: RequestContext, batch: ClaimBatch, reason: string): Promise<void> {
    const em = currentEntityManager(this.orm);
    batch.state = 'failed';
    batch.lastError = reason.slice(0, 2000);
    await em.flush();
    const payer = await em.findOne(Payer, { id: batch.payerRecordId, organizationId: context.organizationId });
    await this.workItems.open(
      context,
      {
        kind: 'follow-up',
        category: 'claim-submission',
        title: `Claim batch ${batch.fileName} to ${payer?.name ?? 'the payer'} was not submitted`,
        recordType: 'claim-batch',
        recordId: batch.id,
        ownerRole: 'biller',
        priority: 'high',
        note: `${reason}. Its ${batch.claimIds.length} claim(s) stay ready; fix the cause and submit them again.`,
      },
      em,
    );
  }

  async get(context: RequestContext, batchId: string): Promise<ClaimBatch> {
    const batch = await currentEntityManager(this.orm).findOne(ClaimBatch, { id: batchId, organizationId: context.organizationId });
    if (!batch) throw new NotFoundError('claim batch', batchId);
    return batch;
  }

  async list<V>(context: RequestContext, filters: { state?: ClaimBatchState; payerRecordId?: string }, query: ListQuery, toView: (batch: ClaimBatch) => V): Promise<Page<V>> {
    const where = {
      organizationId: context.organizationId,
      ...(filters.state ? { state: filters.state } : {}),
      ...(filters.payerRecordId ? { payerRecordId: filters.payerRecordId } : {}),
    };
    return findPage(currentEntityManager(this.orm), ClaimBatch, where, query, orderByOf<ClaimBatch>(query.sort ?? '-createdAt', SORTABLE, { id: 'asc' }), toView);
  }

  /** Claims not yet submitted whose date of service is more than `withinHours` before `now`, oldest first. */
  async lateSubmissions(context: RequestContext, withinHours: number, query: ListQuery, now: Date = new Date()): Promise<Page<Claim>> {
    const cutoff = new Date(now.getTime() - withinHours * 3_600_000).toISOString().slice(0, 10);
    const where = { organizationId: context.organizationId, state: { $in: ['draft', 'scrubbed', 'ready'] as Claim['state'][] }, dateOfService: { $lt: cutoff } };
    const orderBy = orderByOf<Claim>(query.sort ?? 'dateOfService', { dateOfService: 'dateOfService', createdAt: 'createdAt', state: 'state' }, { id: 'asc' });
    return findPage(currentEntityManager(this.orm), Claim, where, query, orderBy, (claim) => claim);
  }
}

/** A retryable send: the job runner records it and retries with backoff. */
export class SubmissionRetry extends Error {
  override readonly name = 'SubmissionRetry';
}

/** The SHA-256 of a text's UTF-8 bytes, in hexadecimal. */
export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

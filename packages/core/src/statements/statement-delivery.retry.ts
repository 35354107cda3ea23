import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import { JobHandlerRegistry } from '../jobs/job-handler-registry';
import { JobQueue } from '../jobs/job-queue.service';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PluginHost } from '../plugins/plugin-host.service';
import { WorkItemWriter } from '../work-items/work-item.writer';
import { Statement } from './statement.entity';
import { StatementDelivery } from './statement-delivery.entity';
import { attemptDelivery, MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './statement-delivery.attempt';

/** The job of a statement delivery's retry. */
export const RETRY_STATEMENT_DELIVERY_JOB = 'statements.retry-delivery';

/** A retry to run: which statement, through which channel, the attempt's number. */
export interface DeliveryRetry {
  readonly statementId: string;
  readonly channel: string;
  readonly attempt: number;
}

/**
 * Retries a failed statement delivery (a bounced or refused email): the statement as it was rendered, through the same
 * channel, up to {@link MAX_DELIVERY_ATTEMPTS} attempts 15 minutes apart and doubling; after the last failure a work
 * item (owner: the A/R role) names the statement and the error, so a person fixes the address or sends it by hand.
 */
@Injectable()
export class StatementDeliveryRetry {
  constructor(
    registry: JobHandlerRegistry,
    private readonly orm: MikroORM,
    private readonly jobs: JobQueue,
    private readonly plugins: PluginHost,
    private readonly workItems: WorkItemWriter,
  ) {
    registry.register(RETRY_STATEMENT_DELIVERY_JOB, async (context, payload) => {
      const { statementId, channel, attempt } = (payload ?? {}) as Partial<DeliveryRetry>;
      if (typeof statementId !== 'string' || typeof channel !== 'string' || typeof attempt !== 'number') {
        throw new ValidationError([{ field: 'payload', message: 'statementId, channel and attempt are required' }]);
      }
      await this.retry(context, { statementId, channel, attempt });
    });
  }

  /** Queues attempt `attempt` after its delay, in the caller's transaction when there is one. */
  async schedule(context: RequestContext, retry: DeliveryRetry): Promise<void> {
    await this.jobs.enqueue(context, RETRY_STATEMENT_DELIVERY_JOB, retry, { idempotencyKey: `statement-delivery:${retry.statementId}:${retry.attempt}`, delayMs: retryDelayMs(retry.attempt), maxAttempts: 1 });
  }

  /** Runs one retry: delivered, or failed again — then the next retry, or after the last a work item. */
  async retry(context: RequestContext, retry: DeliveryRetry): Promise<void> {
    const em = currentEntityManager(this.orm);
    if ((await em.count(StatementDelivery, { organizationId: context.organizationId, statementId: retry.statementId, attempt: retry.attempt })) > 0) return;
    const statement = await em.findOneOrFail(Statement, { id: retry.statementId, organizationId: context.organizationId }, { populate: ['pdf'] });
    const channel = this.plugins.contributions(context.organizationId, 'statement-channel').find((candidate) => candidate.id === retry.channel);
    const result = channel
      ? await attemptDelivery(em, context, channel, statement.document, { html: statement.html, pdf: new Uint8Array(statement.pdf) }, retry.attempt)
      : await this.recordMissingChannel(context, retry);
    if (result.ok) return;
    if (retry.attempt < MAX_DELIVERY_ATTEMPTS) {
      await this.schedule(context, { ...retry, attempt: retry.attempt + 1 });
      return;
    }
    await this.workItems.open(
      context,
      {
        kind: 'exception',
        category: 'statement-delivery',
        title: `Statement of ${statement.statementDate} not delivered by ${retry.channel} after ${MAX_DELIVERY_ATTEMPTS} attempts`,
        recordType: 'statement',
        recordId: statement.id,
        patientId: statement.patientId,
        ownerRole: 'ar',
        note: `Last error: ${result.error}. Check the address on the patient's statement account, then send the statement again or by mail.`,
      },
      em,
    );
  }

  private async recordMissingChannel(context: RequestContext, retry: DeliveryRetry): Promise<{ ok: false; error: string }> {
    const error = `the ${retry.channel} channel is no longer enabled`;
    const em = currentEntityManager(this.orm);
    em.create(StatementDelivery, { organizationId: context.organizationId, statementId: retry.statementId, channel: retry.channel, attempt: retry.attempt, outcome: 'failed', error });
    await em.flush();
    return { ok: false, error };
  }
}

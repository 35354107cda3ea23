import type { EntityManager } from '@mikro-orm/postgresql';
import type { OperationResult, RenderedStatement, RequestContext, StatementChannel, StatementDocument } from '@openrcm/sdk';
import { StatementDelivery } from './statement-delivery.entity';

/** How a delivery attempt ended: the channel's reference, or the error in words. */
export type DeliveryResult = { readonly ok: true; readonly reference: string } | { readonly ok: false; readonly error: string };

/** Deliveries tried in all (the first in the run, then retries) before a work item asks a person to act. */
export const MAX_DELIVERY_ATTEMPTS = 3;

/** The wait before retry `attempt` (2, 3, …): 15 minutes, doubling. */
export function retryDelayMs(attempt: number): number {
  return 15 * 60_000 * 2 ** (attempt - 2);
}

/** One delivery attempt through `channel`, recorded as a `statement_delivery` row whatever its outcome (never thrown). */
export async function attemptDelivery(
  em: EntityManager,
  context: RequestContext,
  channel: StatementChannel,
  document: StatementDocument,
  rendered: RenderedStatement,
  attempt: number,
): Promise<DeliveryResult> {
  let result: DeliveryResult;
  try {
    const answer = await channel.deliver(context, document, rendered);
    result = answer.status === 'SUCCESS' ? { ok: true, reference: answer.value.deliveryReference } : { ok: false, error: failureOf(answer) };
  } catch (error) {
    result = { ok: false, error: (error as Error).message };
  }
  em.create(StatementDelivery, {
    organizationId: context.organizationId,
    statementId: document.statementId,
    channel: channel.id,
    attempt,
    outcome: result.ok ? 'delivered' : 'failed',
    reference: result.ok ? result.reference : null,
    error: result.ok ? null : result.error,
  });
  await em.flush();
  return result;
}

/** What a channel's answer other than SUCCESS says, in words. */
export function failureOf(result: Exclude<OperationResult<unknown>, { status: 'SUCCESS' }>): string {
  if (result.status === 'FAILURE') return result.reason;
  if (result.status === 'EXCEPTION') return result.message;
  return `the channel left the delivery pending (${result.reference})`;
}

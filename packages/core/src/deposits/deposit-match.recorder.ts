import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@openrcm/sdk';
import { currentAuditScope } from '../audit/audit-scope';
import { createAuditEvent } from '../audit/audit.subscriber';
import { DepositMatchEvent, type DepositMatchAction } from './deposit-match-event.entity';
import type { Deposit, DepositMatchMethod } from './deposit.entity';

/** The actor as stored on deposits and their history (`type:id`). */
export function actorOf(context: RequestContext): string {
  return `${context.actor.type}:${context.actor.id}`;
}

/** Matches `deposit` to a remittance through `em`: the deposit's columns, a history row and an audit row (flushed by the caller). */
export function recordMatch(em: EntityManager, context: RequestContext, deposit: Deposit, remittanceId: string, method: DepositMatchMethod, reason: string): void {
  deposit.remittanceId = remittanceId;
  deposit.matchMethod = method;
  deposit.matchedAt = new Date();
  logChange(em, context, deposit, remittanceId, 'match', method, reason);
}

/** Undoes a deposit's match (a person's decision): the history row keeps the pair from being matched again. */
export function recordUnmatch(em: EntityManager, context: RequestContext, deposit: Deposit, remittanceId: string, reason: string): void {
  deposit.remittanceId = null;
  deposit.matchMethod = null;
  deposit.matchedAt = null;
  logChange(em, context, deposit, remittanceId, 'unmatch', 'manual', reason);
}

function logChange(em: EntityManager, context: RequestContext, deposit: Deposit, remittanceId: string, action: DepositMatchAction, method: DepositMatchMethod, reason: string): void {
  em.create(DepositMatchEvent, { organizationId: context.organizationId, depositId: deposit.id, remittanceId, action, method, reason, actor: actorOf(context) });
  createAuditEvent(em, { context, ip: currentAuditScope()?.ip ?? null, reads: [] }, 'update', { recordType: 'deposit', recordId: deposit.id, patientId: null });
}

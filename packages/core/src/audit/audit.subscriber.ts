import { randomUUID } from 'node:crypto';
import type { EntityManager, EventArgs, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { ChangeSetType } from '@mikro-orm/core';
import { AuditEvent, type AuditAction } from './audit-event.entity';
import { currentAuditScope, type AuditScope } from './audit-scope';
import { auditOptionsOf } from './audited';

const ACTIONS: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: 'create',
  [ChangeSetType.UPDATE]: 'update',
  [ChangeSetType.DELETE]: 'delete',
};

/**
 * Writes the audit trail from inside the ORM: changes of audited entities become audit rows in the same flush (so
 * they commit or roll back together), and loads are collected in the audit scope and written before the response
 * leaves (see AuditInterceptor) or the job commits. Outside any scope, touching patient data is refused.
 */
export class AuditSubscriber implements EventSubscriber {
  onLoad(args: EventArgs<object>): void {
    const options = auditOptionsOf(args.entity);
    if (!options) return;
    requireScope(options.recordType).reads.push({
      recordType: options.recordType,
      recordId: String((args.entity as { id: unknown }).id),
      patientId: options.patientIdOf(args.entity),
    });
  }

  onFlush(args: FlushEventArgs): void {
    for (const changeSet of args.uow.getChangeSets()) {
      const options = auditOptionsOf(changeSet.entity);
      const action = ACTIONS[changeSet.type];
      if (!options || !action) continue;
      const scope = requireScope(options.recordType);
      const event = createAuditEvent(args.em, scope, action, {
        recordType: options.recordType,
        recordId: String((changeSet.entity as { id: unknown }).id),
        patientId: options.patientIdOf(changeSet.entity),
      });
      args.uow.computeChangeSet(event);
    }
  }
}

/** An audit row for the scope's actor. */
export function createAuditEvent(
  em: EntityManager,
  scope: AuditScope,
  action: AuditAction,
  record: { recordType: string; recordId: string; patientId: string | null },
): AuditEvent {
  return em.create(AuditEvent, auditEventData(scope, action, record));
}

/** The row of an audit event, for a bulk insert (`id` and `at` filled in). */
export function auditEventData(scope: AuditScope, action: AuditAction, record: { recordType: string; recordId: string; patientId: string | null }) {
  return {
    id: randomUUID(),
    at: new Date(),
    organizationId: scope.context.organizationId,
    actorType: scope.context.actor.type,
    actorId: scope.context.actor.id,
    action,
    ...record,
    ip: scope.ip,
    correlationId: scope.context.correlationId,
  };
}

function requireScope(recordType: string): AuditScope {
  const scope = currentAuditScope();
  if (!scope) throw new Error(`${recordType} data was touched outside an audit scope (no request or job context)`);
  return scope;
}

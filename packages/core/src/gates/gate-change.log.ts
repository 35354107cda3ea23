import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@openrcm/sdk';
import { GateChange, type GateChangeSubject, type GateChangeValue } from './gate-change.entity';

/** A change to record: what it touched, the value in force before and the value set. */
export interface GateChangeInput {
  readonly subject: GateChangeSubject;
  readonly check?: string;
  readonly previous: GateChangeValue;
  readonly next: GateChangeValue;
}

/**
 * Appends a row to the gate change log in the caller's transaction, as the context's actor. A save that changes
 * nothing (the same value set again) records nothing: the log answers "what changed", the audit trail "who wrote".
 */
export function recordGateChange(em: EntityManager, context: RequestContext, change: GateChangeInput): GateChange | null {
  if (sameValue(change.previous, change.next)) return null;
  return em.create(GateChange, {
    organizationId: context.organizationId,
    actorType: context.actor.type,
    actorId: context.actor.id,
    subject: change.subject,
    check: change.check ?? null,
    previous: change.previous,
    next: change.next,
    correlationId: context.correlationId,
  });
}

function sameValue(a: GateChangeValue, b: GateChangeValue): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null));
}

import type { EntityManager } from '@mikro-orm/core';
import type { AuditScope } from './audit-scope';
import { createAuditEvent } from './audit.subscriber';

/** Writes the scope's pending reads (each record once) and clears them. */
export async function writePendingReads(em: EntityManager, scope: AuditScope): Promise<void> {
  const seen = new Set<string>();
  for (const read of scope.reads.splice(0)) {
    const key = `${read.recordType}:${read.recordId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    createAuditEvent(em, scope, 'read', read);
  }
  if (seen.size > 0) await em.flush();
}

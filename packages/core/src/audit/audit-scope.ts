import type { RequestContext } from '@openrcm/sdk';
import { AsyncLocalStorage } from 'node:async_hooks';

/** A read of an audited record, waiting to be written with the request's other reads. */
export interface PendingRead {
  readonly recordType: string;
  readonly recordId: string;
  readonly patientId: string | null;
}

/** Who is acting in the current async flow (a request or a job), and the audited reads it made. */
export interface AuditScope {
  readonly context: RequestContext;
  readonly ip: string | null;
  readonly reads: PendingRead[];
}

const storage = new AsyncLocalStorage<AuditScope>();

/** Runs `work` with an audit scope: the persistence layer attributes what it records to `context`. */
export function runInAuditScope<T>(context: RequestContext, ip: string | null, work: (scope: AuditScope) => T): T {
  const scope: AuditScope = { context, ip, reads: [] };
  return storage.run(scope, () => work(scope));
}

/** The current scope, if any. */
export function currentAuditScope(): AuditScope | undefined {
  return storage.getStore();
}

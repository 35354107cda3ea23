import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError, type RequestContext } from '@openrcm/sdk';
import { Patient } from './patient.entity';

/**
 * Refuses with NotFound unless the patient belongs to the context's organization. Counts rather than loads, so the
 * check itself is not a read of patient data.
 */
export async function requirePatient(em: EntityManager, context: RequestContext, patientId: string): Promise<void> {
  if ((await em.count(Patient, { id: patientId, organizationId: context.organizationId })) === 0) throw new NotFoundError('patient', patientId);
}

/** Today's calendar date (UTC), YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Locks the patient's row for the rest of the transaction (NotFound unless it belongs to the context's
 * organization), so checks across the patient's records (one active primary coverage, …) cannot race. A plain row
 * lock: the patient is not loaded, so this is not a read of patient data.
 */
export async function lockPatient(em: EntityManager, context: RequestContext, patientId: string): Promise<void> {
  const rows: unknown[] = await em.execute('select "id" from "patient" where "id" = ? and "organization_id" = ? for update', [patientId, context.organizationId]);
  if (rows.length === 0) throw new NotFoundError('patient', patientId);
}

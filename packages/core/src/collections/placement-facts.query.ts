import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../persistence/pg-array';

/** The counts and dates a placement proposal needs, per patient, read in a few queries for all candidates at once. */
export interface CandidateFacts {
  readonly activePlans: ReadonlyMap<string, number>;
  readonly openDisputes: ReadonlyMap<string, number>;
  readonly pendingAssistance: ReadonlyMap<string, number>;
  /** Patients with a good-faith estimate (their No Surprises Act windows are checked one by one). */
  readonly withEstimates: ReadonlySet<string>;
  /** Statement dates (newest first) and the date of the latest final notice, per patient. */
  readonly statements: ReadonlyMap<string, { readonly dates: readonly string[]; readonly finalNoticeOn: string | null }>;
}

export async function candidateFacts(em: EntityManager, organizationId: string, patientIds: readonly string[]): Promise<CandidateFacts> {
  const ids = pgArray(patientIds);
  const counts = async (sql: string): Promise<Map<string, number>> => {
    const rows = await em.execute<{ patient_id: string; n: string }[]>(sql, [organizationId, ids]);
    return new Map(rows.map((row) => [row.patient_id, Number(row.n)]));
  };
  const statementRows = await em.execute<{ patient_id: string; statement_date: string; kind: string }[]>(
    `select patient_id, statement_date, kind from statement where organization_id = ? and patient_id = any(?::uuid[]) order by patient_id, created_at desc`,
    [organizationId, ids],
  );
  const statements = new Map<string, { dates: string[]; finalNoticeOn: string | null }>();
  for (const row of statementRows) {
    const entry = statements.get(row.patient_id) ?? { dates: [], finalNoticeOn: null };
    entry.dates.push(row.statement_date);
    if (row.kind === 'final-notice' && entry.finalNoticeOn === null) entry.finalNoticeOn = row.statement_date;
    statements.set(row.patient_id, entry);
  }
  const estimates = await em.execute<{ patient_id: string }[]>(`select distinct patient_id from good_faith_estimate where organization_id = ? and patient_id = any(?::uuid[])`, [organizationId, ids]);
  return {
    activePlans: await counts(`select patient_id, count(*) as n from payment_plan where organization_id = ? and patient_id = any(?::uuid[]) and state = 'active' group by patient_id`),
    openDisputes: await counts(`select patient_id, count(*) as n from patient_dispute where organization_id = ? and patient_id = any(?::uuid[]) and state in ('open', 'answered') group by patient_id`),
    pendingAssistance: await counts(`select patient_id, count(*) as n from assistance_application where organization_id = ? and patient_id = any(?::uuid[]) and state = 'pending' group by patient_id`),
    withEstimates: new Set(estimates.map((row) => row.patient_id)),
    statements,
  };
}

/** The first statement of the account's current cycle: the `statementsSent`-th newest statement. */
export function firstStatementOfCycle(datesNewestFirst: readonly string[], statementsSent: number): string | null {
  if (statementsSent <= 0) return null;
  return datesNewestFirst[Math.min(statementsSent, datesNewestFirst.length) - 1] ?? null;
}

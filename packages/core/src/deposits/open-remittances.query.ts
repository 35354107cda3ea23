import type { EntityManager } from '@mikro-orm/postgresql';
import type { OpenRemittance } from './deposit-matching';

/** SQL condition: remittance `r` carries money and no deposit has matched it. */
export const OPEN_REMITTANCE_SQL = `r.payment_cents <> 0 and not exists (select 1 from deposit d where d.organization_id = r.organization_id and d.remittance_id = r.id)`;

interface OpenRemittanceRow {
  id: string;
  trace_number: string;
  trace_originator: string;
  payer_name: string;
  payment_cents: string | number;
  payment_date: string | null;
}

/** The open remittances (money, no deposit yet) whose trace number is one of `traceKeys` (upper-cased, trimmed). */
export async function openRemittancesByTrace(em: EntityManager, organizationId: string, traceKeys: readonly string[]): Promise<OpenRemittance[]> {
  if (traceKeys.length === 0) return [];
  const rows = await em.execute<OpenRemittanceRow[]>(
    `select r.id, r.trace_number, r.trace_originator, r.payer_name, r.payment_cents, r.payment_date from remittance r
      where r.organization_id = ? and upper(trim(r.trace_number)) in (${traceKeys.map(() => '?').join(', ')}) and ${OPEN_REMITTANCE_SQL}
      order by r.created_at, r.id`,
    [organizationId, ...traceKeys],
  );
  return rows.map(toOpenRemittance);
}

/** A remittance row as the matcher sees it. */
export function toOpenRemittance(row: OpenRemittanceRow): OpenRemittance {
  return { id: row.id, traceNumber: row.trace_number, traceOriginator: row.trace_originator, payerName: row.payer_name, paymentCents: Number(row.payment_cents), paymentDate: row.payment_date };
}

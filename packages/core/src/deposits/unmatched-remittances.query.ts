import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlPage, sqlSortOf, type ListQuery, type Page, type SqlSortField } from '../http/list-query';
import { traceKey } from './deposit-input';
import { nearMatchOf, type NearMatch } from './deposit-matching';
import { Deposit } from './deposit.entity';
import type { RemittanceSummary } from './deposit.view';
import { OPEN_REMITTANCE_SQL } from './open-remittances.query';

/** A posted remittance with money that no deposit matched, with the unmatched deposits carrying its trace and another amount. */
export interface UnmatchedRemittance extends RemittanceSummary {
  readonly nearMatches: readonly NearMatch[];
}

const SORTABLE: Readonly<Record<string, SqlSortField>> = {
  receivedOn: { sql: 'r.received_on', column: 'received_on', kind: 'date' },
  paymentDate: { sql: 'r.payment_date', column: 'payment_date', kind: 'date', nullable: true },
  paymentCents: { sql: 'r.payment_cents', column: 'payment_cents', kind: 'number' },
};

/** Ties sort by when the remittance was recorded, then its id. */
const FALLBACK = [
  { name: 'createdAt', sql: 'r.created_at', column: 'created_at', kind: 'timestamp', direction: 'asc', nullable: false, nullsFirst: false },
  { name: 'id', sql: 'r.id', column: 'id', kind: 'uuid', direction: 'asc', nullable: false, nullsFirst: false },
] as const;

/** One page of the remittances with money (BPR02 ≠ 0) that no deposit matched, oldest first by default. */
export async function unmatchedRemittances(em: EntityManager, organizationId: string, query: ListQuery): Promise<Page<UnmatchedRemittance>> {
  const page = sqlPage(sqlSortOf(query.sort ?? 'receivedOn', SORTABLE, FALLBACK), query);
  const [count] = await em.execute<{ total: string }[]>(`select count(*)::text as total from remittance r where r.organization_id = ? and ${OPEN_REMITTANCE_SQL}`, [organizationId]);
  const read = await em.execute<{ id: string; trace_number: string; trace_originator: string; payer_name: string; payment_cents: string | number; payment_date: string | null; method: string; received_on: string; created_at: Date | string }[]>(
    `select r.id, r.trace_number, r.trace_originator, r.payer_name, r.payment_cents, r.payment_date, r.method, r.received_on, r.created_at from remittance r
      where r.organization_id = ? and ${OPEN_REMITTANCE_SQL}${page.after ? ` and ${page.after.sql}` : ''} order by ${page.orderBy} limit ?`,
    [organizationId, ...(page.after?.parameters ?? []), page.fetch],
  );
  const { rows, nextCursor } = page.cut(read);
  const remittances = rows.map((row): RemittanceSummary => ({
    id: row.id,
    traceNumber: row.trace_number,
    traceOriginator: row.trace_originator,
    payerName: row.payer_name,
    paymentCents: Number(row.payment_cents),
    paymentDate: row.payment_date,
    method: row.method,
    receivedOn: row.received_on,
  }));
  const deposits = await unmatchedDepositsByTrace(em, organizationId, remittances.map((remittance) => traceKey(remittance.traceNumber) as string));
  const items = remittances.map((remittance) => ({
    ...remittance,
    nearMatches: deposits.filter((deposit) => traceKey(deposit.traceNumber) === traceKey(remittance.traceNumber) && deposit.amountCents !== remittance.paymentCents).map((deposit) => nearMatchOf(deposit, remittance)),
  }));
  return { items, total: Number(count?.total ?? 0), limit: query.limit, nextCursor };
}

async function unmatchedDepositsByTrace(em: EntityManager, organizationId: string, keys: readonly string[]): Promise<Deposit[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const rows = await em.execute<{ id: string }[]>(
    `select id from deposit where organization_id = ? and remittance_id is null and upper(trim(trace_number)) in (${unique.map(() => '?').join(', ')})`,
    [organizationId, ...unique],
  );
  return rows.length === 0 ? [] : em.find(Deposit, { organizationId, id: { $in: rows.map((row) => row.id) } }, { orderBy: { depositDate: 'asc', id: 'asc' } });
}

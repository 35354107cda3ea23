import type { EntityManager } from '@mikro-orm/postgresql';
import { orderByOf, type ListQuery, type Page } from '../http/list-query';
import { traceKey } from './deposit-input';
import { nearMatchOf, type NearMatch } from './deposit-matching';
import { Deposit } from './deposit.entity';
import type { RemittanceSummary } from './deposit.view';
import { OPEN_REMITTANCE_SQL } from './open-remittances.query';

/** A posted remittance with money that no deposit matched, with the unmatched deposits carrying its trace and another amount. */
export interface UnmatchedRemittance extends RemittanceSummary {
  readonly nearMatches: readonly NearMatch[];
}

const SORTABLE = { receivedOn: 'r.received_on', paymentDate: 'r.payment_date', paymentCents: 'r.payment_cents' } as const;

/** One page of the remittances with money (BPR02 ≠ 0) that no deposit matched, oldest first by default. */
export async function unmatchedRemittances(em: EntityManager, organizationId: string, query: ListQuery): Promise<Page<UnmatchedRemittance>> {
  const order = orderByOf<Record<string, unknown>>(query.sort ?? 'receivedOn', SORTABLE, { 'r.created_at': 'asc' })
    .flatMap((part) => Object.entries(part).map(([column, direction]) => `${column} ${String(direction)}`))
    .join(', ');
  const [count] = await em.execute<{ total: string }[]>(`select count(*)::text as total from remittance r where r.organization_id = ? and ${OPEN_REMITTANCE_SQL}`, [organizationId]);
  const rows = await em.execute<{ id: string; trace_number: string; trace_originator: string; payer_name: string; payment_cents: string | number; payment_date: string | null; method: string; received_on: string }[]>(
    `select r.id, r.trace_number, r.trace_originator, r.payer_name, r.payment_cents, r.payment_date, r.method, r.received_on from remittance r
      where r.organization_id = ? and ${OPEN_REMITTANCE_SQL} order by ${order}, r.id limit ? offset ?`,
    [organizationId, query.limit, query.offset],
  );
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
  return { items, total: Number(count?.total ?? 0), limit: query.limit, offset: query.offset };
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

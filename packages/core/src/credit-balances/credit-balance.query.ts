import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlCursorKey } from '../http/keyset';
import { sqlPage, sqlSortOf, type ListQuery, type SqlSortField } from '../http/list-query';
import type { LedgerParty } from '../ledger/ledger.types';

/** Filters of the credit balance worklist. */
export interface CreditBalanceFilters {
  readonly payerRecordId?: string;
  readonly patientId?: string;
  readonly party?: Extract<LedgerParty, 'payer' | 'patient'>;
}

/** One account (service line × party) whose balance is below zero, as the database gives it. */
export interface CreditBalanceRow {
  readonly chargeId: string;
  readonly party: Extract<LedgerParty, 'payer' | 'patient'>;
  readonly coverageId: string | null;
  readonly patientId: string;
  readonly payerRecordId: string | null;
  readonly payerName: string | null;
  readonly claimFilingIndicator: string | null;
  readonly claimId: string | null;
  readonly patientControlNumber: string | null;
  readonly procedureCode: string | null;
  readonly dateOfService: string | null;
  readonly balanceCents: number;
  /** The entry that took the balance below zero (the start of the credit as it stands). */
  readonly identifiedByEntryId: string;
  readonly identifiedOn: string;
  readonly identifiedAt: Date;
}

/** Sortable fields of the worklist and their SQL. */
const SORTS: Readonly<Record<string, SqlSortField>> = {
  identifiedOn: { sql: 'l.identified_on', column: 'identified_on', kind: 'date' },
  creditCents: { sql: 'l.credit', column: 'credit', kind: 'number' },
  dateOfService: { sql: 'ch.date_of_service', column: 'date_of_service', kind: 'date', nullable: true },
};

/** An account is a service line and a coverage (none: the patient's). */
const BY_ACCOUNT: readonly SqlCursorKey[] = [
  { name: 'chargeId', sql: 'l.charge_id', column: 'charge_id', kind: 'uuid', direction: 'asc', nullable: false, nullsFirst: false },
  { name: 'coverageId', sql: 'l.coverage_id', column: 'coverage_id', kind: 'uuid', direction: 'asc', nullable: true, nullsFirst: true },
];

/**
 * The accounts with a credit: grouped balances below zero; for each, the entry ordered last (by time, then id) that
 * took the running balance from zero or above to below zero — when the credit was identified — and the claim it
 * belongs to (that entry's claim, else the newest claim billing the line to the account's coverage).
 */
const CREDITS = `
  with credit as (
    select charge_id, coverage_id, sum(amount_cents) as balance
      from ledger_entry where organization_id = :org and party <> 'provider'
     group by charge_id, coverage_id having sum(amount_cents) < 0),
  running as (
    select e.id, e.charge_id, e.coverage_id, e.party, e.patient_id, e.payer_record_id, e.claim_id, e.effective_date, e.created_at,
           sum(e.amount_cents) over w as after, sum(e.amount_cents) over w - e.amount_cents as before
      from ledger_entry e join credit c on c.charge_id = e.charge_id and c.coverage_id is not distinct from e.coverage_id
     where e.organization_id = :org
    window w as (partition by e.charge_id, e.coverage_id order by e.created_at, e.id rows between unbounded preceding and current row)),
  identified as (
    select distinct on (charge_id, coverage_id) * from running where after < 0 and before >= 0
     order by charge_id, coverage_id, created_at desc, id desc),
  listed as (
    select i.charge_id, i.party, i.coverage_id, i.patient_id, i.payer_record_id, c.balance, i.id as entry_id, i.effective_date as identified_on,
           i.created_at as identified_at, coalesce(i.claim_id, (
             select cl.claim_id from claim_line cl join claim k on k.id = cl.claim_id
              where cl.organization_id = :org and cl.charge_id = i.charge_id and (i.coverage_id is null or k.coverage_id = i.coverage_id)
              order by k.created_at desc, k.id desc limit 1)) as claim_id, -c.balance as credit
      from identified i join credit c on c.charge_id = i.charge_id and c.coverage_id is not distinct from i.coverage_id)
  select l.*, p.name as payer_name, p.claim_filing_indicator, k.patient_control_number, ch.procedure_code, ch.date_of_service
    from listed l
    left join payer p on p.id = l.payer_record_id and p.organization_id = :org
    left join claim k on k.id = l.claim_id and k.organization_id = :org
    left join charge ch on ch.id = l.charge_id and ch.organization_id = :org
   where (:payer::uuid is null or l.payer_record_id = :payer::uuid)
     and (:patient::uuid is null or l.patient_id = :patient::uuid)
     and (:party::text is null or l.party = :party::text)`;

/** One page of credit balances (default: the oldest identified first), their total count and the next page's cursor. */
export async function findCreditBalances(
  em: EntityManager,
  organizationId: string,
  filters: CreditBalanceFilters,
  query: ListQuery,
): Promise<{ rows: CreditBalanceRow[]; total: number; nextCursor: string | null }> {
  const page = sqlPage(sqlSortOf(query.sort ?? 'identifiedOn', SORTS, BY_ACCOUNT), query);
  const values = { org: organizationId, payer: filters.payerRecordId ?? null, patient: filters.patientId ?? null, party: filters.party ?? null };
  const [sql, parameters] = positional(CREDITS, values);
  const read = await em.execute<RawRow[]>(`${sql}${page.after ? ` and ${page.after.sql}` : ''} order by ${page.orderBy} limit ${page.fetch}`, [...parameters, ...(page.after?.parameters ?? [])]);
  const { rows, nextCursor } = page.cut(read);
  const [countSql, countParameters] = positional(`select count(*)::text as total from (${CREDITS}) counted`, values);
  const [count] = await em.execute<{ total: string }[]>(countSql, countParameters);
  return { rows: rows.map(toRow), total: Number(count?.total ?? 0), nextCursor };
}

interface RawRow {
  charge_id: string;
  party: 'payer' | 'patient';
  coverage_id: string | null;
  patient_id: string;
  payer_record_id: string | null;
  balance: string;
  entry_id: string;
  identified_on: string;
  identified_at: Date | string;
  claim_id: string | null;
  payer_name: string | null;
  claim_filing_indicator: string | null;
  patient_control_number: string | null;
  procedure_code: string | null;
  date_of_service: string | null;
}

function toRow(row: RawRow): CreditBalanceRow {
  return {
    chargeId: row.charge_id,
    party: row.party,
    coverageId: row.coverage_id,
    patientId: row.patient_id,
    payerRecordId: row.payer_record_id,
    payerName: row.payer_name,
    claimFilingIndicator: row.claim_filing_indicator,
    claimId: row.claim_id,
    patientControlNumber: row.patient_control_number,
    procedureCode: row.procedure_code,
    dateOfService: row.date_of_service,
    balanceCents: Number(row.balance),
    identifiedByEntryId: row.entry_id,
    identifiedOn: row.identified_on,
    identifiedAt: new Date(row.identified_at),
  };
}

/** Named `:parameters` to the driver's `?` placeholders, in order of appearance. */
function positional(sql: string, values: Readonly<Record<string, unknown>>): [string, unknown[]] {
  const parameters: unknown[] = [];
  const text = sql.replace(/(?<!:):([a-z]+)\b/g, (_match, name: string) => {
    parameters.push(values[name]);
    return '?';
  });
  return [text, parameters];
}

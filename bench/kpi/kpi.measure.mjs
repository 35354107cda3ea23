// What the bench measures besides time: each table's rows and size on disk (pg_total_relation_size: heap, TOAST and
// indexes), and what the generated history contains.

/** Rows (exact) and sizes of every table of the public schema with rows, largest first. */
export async function tableSizes(db) {
  const { rows: tables } = await db.query(`select c.relname as name, pg_total_relation_size(c.oid) as total, pg_relation_size(c.oid) as heap,
                                                  pg_indexes_size(c.oid) as indexes
                                             from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                            where n.nspname = 'public' and c.relkind = 'r' order by pg_total_relation_size(c.oid) desc`);
  const measured = [];
  for (const table of tables) {
    const { rows: [{ count }] } = await db.query(`select count(*)::bigint as count from "${table.name}"`);
    if (Number(count) > 0) measured.push({ name: table.name, rows: Number(count), totalBytes: Number(table.total), heapBytes: Number(table.heap), indexBytes: Number(table.indexes) });
  }
  const { rows: [{ size }] } = await db.query('select pg_database_size(current_database()) as size');
  return { tables: measured, databaseBytes: Number(size) };
}

const SUMMARIES = {
  'claims by state': `select state as key, count(*)::int as count from claim group by 1 order by 2 desc`,
  'claims by kind': `select case when frequency = '7' then 'replacement (7)' when coverage_order = 'secondary' then 'secondary'
                                 when exists (select 1 from workflow_transition t where t.organization_id = claim.organization_id and t.workflow = 'claim' and t.record_id = claim.id::text and t.event = 'reject') then 'original, rejected'
                                 else 'original' end as key, count(*)::int as count from claim group by 1 order by 2 desc`,
  'encounters by state': `select state || case when self_pay then ' (self-pay)' else '' end as key, count(*)::int as count from encounter group by 1 order by 2 desc`,
  'claim payments by CLP02': `select status_code as key, count(*)::int as count, sum(payment_cents)::bigint as cents from remittance_claim group by 1 order by 1`,
  'ledger entries by kind and source': `select kind || ' / ' || source as key, count(*)::int as count, sum(amount_cents)::bigint as cents from ledger_entry group by 1 order by 2 desc`,
  'denials by category': `select category as key, count(*)::int as count, sum(amount_cents)::bigint as cents from claim_denial group by 1 order by 2 desc`,
  'scrub findings': `select severity || case when overridden_at is not null then ', overridden' when resolved_at is not null then ', fixed' else ', open' end as key,
                            count(*)::int as count from claim_scrub_finding group by 1 order by 2 desc`,
  'claim touches': `select kind as key, count(*)::int as count from claim_touch group by 1`,
  'gate defects': `select "check" || ' (' || outcome || ')' as key, count(*)::int as count from gate_defect group by 1 order by 2 desc`,
  'work items': `select kind || ' / ' || state as key, count(*)::int as count from work_item group by 1 order by 1`,
  'point-of-service payments': `select method as key, count(*)::int as count, sum(amount_cents)::bigint as cents from point_of_service_payment group by 1 order by 2 desc`,
  'balances at the end (accounts with a balance)': `select party || case when balance > 0 then ' owes' else ' credit' end as key, count(*)::int as count, sum(balance)::bigint as cents
                            from (select party, sum(amount_cents) as balance from ledger_entry where charge_id is not null group by party, charge_id, coverage_id) a
                           where balance <> 0 group by 1 order by 1`,
  'remittances and 837P batches': `select 'remittances' as key, count(*)::int as count, sum(payment_cents)::bigint as cents from remittance
                                   union all select 'claim batches', count(*)::int, null from claim_batch`,
};

/** Counts (and cents) by state, status and kind over the whole history: `{ title: [{ key, count, cents? }] }`. */
export async function historySummary(db) {
  const summary = {};
  for (const [title, sql] of Object.entries(SUMMARIES)) summary[title] = (await db.query(sql)).rows.map((row) => ({ key: row.key, count: Number(row.count), cents: row.cents === null || row.cents === undefined ? null : Number(row.cents) }));
  return summary;
}

/**
 * The rollup `ledger_account_balance` (ADR 0015): one row per service-line account — charge, party (payer or patient),
 * coverage and payer, the key the open A/R groups entries by — holding the sum of its entries and whether one of them
 * is its charge. The trigger `ledger_entry_unrolled_queue` queues each INSERT's or COPY's service-line entries in
 * `ledger_entry_unrolled`; `LEDGER_ROLLUP_FOLD` adds queued entries to the rollups and takes them off the queue in one
 * statement. The rollup holds exactly the entries not queued.
 */

/** The rollup's rows computed from the entries (`ledger_entry` aliased `e`), grouped by account. */
const ACCOUNTS_FROM_ENTRIES = `
  select e.organization_id, e.charge_id, e.party, e.coverage_id, e.payer_record_id,
         sum(e.amount_cents) as balance_cents, bool_or(e.kind = 'charge') as charged
    from ledger_entry e
   where e.party in ('payer', 'patient') and e.charge_id is not null and %ENTRIES%
   group by e.organization_id, e.charge_id, e.party, e.coverage_id, e.payer_record_id`;

/** Fills an empty `ledger_account_balance` from every entry (the migration's backfill; the KPI bench's bulk load). */
export const LEDGER_ACCOUNT_BALANCES_REBUILD = `insert into ledger_account_balance (organization_id, charge_id, party, coverage_id, payer_record_id, balance_cents, charged)
  ${ACCOUNTS_FROM_ENTRIES.replace('%ENTRIES%', 'true')}`;

/** Stands in for a null coverage or payer, so that the full join below can hash its keys. */
const NO_ID = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * The accounts of one organization (the only binding, used twice) whose rollup row differs from its entries not
 * queued — missing, left over, or another balance or charge flag — each as `charge id party coverage id`.
 */
export const LEDGER_ACCOUNT_BALANCE_MISMATCHES = `
  select concat_ws(' ', coalesce(e.charge_id, b.charge_id), coalesce(e.party, b.party), coalesce(e.coverage_id, b.coverage_id)) as id
    from (${ACCOUNTS_FROM_ENTRIES.replace('%ENTRIES%', 'e.organization_id = ? and not exists (select 1 from ledger_entry_unrolled u where u.entry_id = e.id)')}) e
    full join (select * from ledger_account_balance where organization_id = ?) b
      on b.charge_id = e.charge_id and b.party = e.party
     and coalesce(b.coverage_id, ${NO_ID}) = coalesce(e.coverage_id, ${NO_ID}) and coalesce(b.payer_record_id, ${NO_ID}) = coalesce(e.payer_record_id, ${NO_ID})
   where e.charge_id is null or b.charge_id is null
      or b.balance_cents <> e.balance_cents or b.charged <> e.charged`;

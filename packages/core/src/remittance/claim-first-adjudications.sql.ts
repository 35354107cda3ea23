/**
 * The rollup `claim_first_adjudication` (ADR 0015): per claim, the first claim payment that adjudicated it — matched
 * to it, posted to the claim's own coverage (not the next payer's crossover), neither a reversal (CLP02 22) nor a
 * predetermination (25) — ordered by its remittance's received date, then the remittance's instant recorded, the
 * remittance, the CLP position and the claim payment's id. It keeps the instant the payment was recorded (the later of
 * the claim payment's and its remittance's), so that a report as of an earlier instant knows when the stored first is
 * not yet its answer.
 *
 * Claim payments and remittances are written once (posting inserts the claim payments first and the remittance after
 * them), so the rollup is kept by an insert trigger on each: whichever of the two rows comes second completes the pair.
 * Triggers refuse what would make it wrong: any change to a claim payment, a remittance's received date or instant,
 * and deleting either ({@link CLAIM_PAYMENTS_WRITTEN_ONCE}).
 */

/** CLP02 statuses that do not adjudicate a claim: a reversal of an earlier payment (22), predetermination pricing (25). */
const NOT_ADJUDICATING_STATUSES = ['22', '25'] as const;

/** The order of a claim's adjudicating payments, first first (`rc` the claim payment, `r` its remittance). */
const ADJUDICATION_ORDER = 'r.received_on, r.created_at, rc.remittance_id, rc.position, rc.id';

/** The rollup's columns, in the order {@link firstAdjudicationsOf} selects them. */
const COLUMNS = 'claim_id, organization_id, received_on, remittance_created_at, remittance_id, position, remittance_claim_id, status_code, recorded_at';

/**
 * Each claim's first adjudicating payment among the claim payments `claimPayments` (aliased `rc`) and remittances
 * `remittances` (aliased `r`) — tables or trigger transition tables — narrowed by `where` (SQL over `rc`, `r` and the
 * claim `c`). The coverage test is wrapped in `coalesce`: as a plain join equality beside the claim id, PostgreSQL
 * estimates the join at one row and probes the claims one by one.
 */
export function firstAdjudicationsOf(claimPayments: string, remittances: string, where = 'true'): string {
  return `select distinct on (rc.claim_id) rc.claim_id, rc.organization_id, r.received_on, r.created_at as remittance_created_at, rc.remittance_id,
      rc.position, rc.id as remittance_claim_id, rc.status_code, greatest(rc.created_at, r.created_at) as recorded_at
    from ${claimPayments} rc
    join ${remittances} r on r.organization_id = rc.organization_id and r.id = rc.remittance_id
    join claim c on c.organization_id = rc.organization_id and c.id = rc.claim_id
   where rc.match = 'matched' and rc.status_code not in ('${NOT_ADJUDICATING_STATUSES.join("', '")}')
     and coalesce(rc.coverage_id = c.coverage_id, false) and ${where}
   order by rc.claim_id, ${ADJUDICATION_ORDER}`;
}

/** Fills an empty `claim_first_adjudication` from every claim payment (the migration's backfill; the KPI bench's bulk load). */
export const CLAIM_FIRST_ADJUDICATIONS_REBUILD = `insert into claim_first_adjudication (${COLUMNS}) ${firstAdjudicationsOf('remittance_claim', 'remittance')}`;

/** Adds the first adjudications of a trigger's new rows, keeping a stored one that comes before them. */
function keepEarlier(claimPayments: string, remittances: string): string {
  return `insert into claim_first_adjudication as f (${COLUMNS}) ${firstAdjudicationsOf(claimPayments, remittances)}
      on conflict (claim_id) do update set received_on = excluded.received_on, remittance_created_at = excluded.remittance_created_at,
        remittance_id = excluded.remittance_id, position = excluded.position, remittance_claim_id = excluded.remittance_claim_id,
        status_code = excluded.status_code, recorded_at = excluded.recorded_at
       where (excluded.received_on, excluded.remittance_created_at, excluded.remittance_id, excluded.position, excluded.remittance_claim_id)
           < (f.received_on, f.remittance_created_at, f.remittance_id, f.position, f.remittance_claim_id)`;
}

/** The triggers' names (each also its function's), for a bulk load that sets them aside. */
export const CLAIM_FIRST_ADJUDICATION_TRIGGER_NAMES = { remittance: 'claim_first_adjudication_of_remittances', remittance_claim: 'claim_first_adjudication_of_claim_payments' } as const;

/** A statement trigger `name` (and its function) after an INSERT (or COPY) into `table`, its rows seen as `newRows`. */
function keepingTrigger(name: string, table: string, newRows: string, claimPayments: string, remittances: string): string[] {
  return [
    `create function ${name}() returns trigger language plpgsql as $$
      begin
        ${keepEarlier(claimPayments, remittances)};
        return null;
      end $$;`,
    `create trigger ${name} after insert on "${table}" referencing new table as ${newRows} for each statement execute function ${name}();`,
  ];
}

/**
 * The statement triggers that keep the rollup: after an INSERT (or COPY) into `remittance`, its claim payments already
 * written; after one into `remittance_claim`, the payments whose remittance is already written. The rows come out
 * ordered by claim, so two postings touching the same claims lock them in the same order.
 */
export const CLAIM_FIRST_ADJUDICATION_TRIGGERS = [
  ...keepingTrigger(CLAIM_FIRST_ADJUDICATION_TRIGGER_NAMES.remittance, 'remittance', 'new_remittances', 'remittance_claim', 'new_remittances'),
  ...keepingTrigger(CLAIM_FIRST_ADJUDICATION_TRIGGER_NAMES.remittance_claim, 'remittance_claim', 'new_claim_payments', 'new_claim_payments', 'remittance'),
];

/**
 * The guards that keep what the rollup reads as it was written: a claim payment is neither changed nor deleted, and a
 * remittance is not deleted nor its received date or instant changed (its warnings may be).
 */
export const CLAIM_PAYMENTS_WRITTEN_ONCE = [
  `create function remittance_claim_is_written_once() returns trigger language plpgsql as $$
    begin
      raise exception 'remittance_claim rows are written once: % refused', tg_op;
    end $$;`,
  `create trigger remittance_claim_is_written_once before update or delete on "remittance_claim"
    for each row execute function remittance_claim_is_written_once();`,
  `create function remittance_keeps_its_receipt() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' or new.received_on is distinct from old.received_on or new.created_at is distinct from old.created_at
         or new.organization_id is distinct from old.organization_id or new.id is distinct from old.id then
        raise exception 'a remittance is kept as received: % of its receipt refused', tg_op;
      end if;
      return new;
    end $$;`,
  `create trigger remittance_keeps_its_receipt before update or delete on "remittance"
    for each row execute function remittance_keeps_its_receipt();`,
];

/**
 * The claims of one organization (the only binding, used twice) whose rollup row differs from their claim payments —
 * missing, left over or another first — each as its claim id.
 */
export const CLAIM_FIRST_ADJUDICATION_MISMATCHES = `
  select coalesce(s.claim_id, f.claim_id)::text as id
    from (${firstAdjudicationsOf('remittance_claim', 'remittance', 'rc.organization_id = ?')}) s
    full join (select * from claim_first_adjudication where organization_id = ?) f on f.claim_id = s.claim_id
   where s.claim_id is null or f.claim_id is null or f.remittance_claim_id <> s.remittance_claim_id or f.received_on <> s.received_on
      or f.remittance_created_at <> s.remittance_created_at or f.status_code <> s.status_code or f.recorded_at <> s.recorded_at`;

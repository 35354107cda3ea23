import { AR_BUCKETS, type AgingBasis, type ArBucket, type ReportFilters } from '@openrcm/sdk';
import { calendarDate } from '../../time/calendar-date';
import type { AggregateScope } from './aggregate-scope';
import { linesSummedFromEntries, rollupAnswersAsOf } from './rollup-lines';
import { and, encounterFilters, type SqlFragment } from './sql-fragments';

/** Which open balances: the report's filters and basis, and for a drill-down one bucket and one kind of party. */
export interface OpenArSelection extends ReportFilters {
  readonly agingBasis: AgingBasis;
  readonly bucket?: ArBucket;
  readonly party?: 'payer' | 'patient';
}

/** The name the patients' rows carry. */
export const PATIENT = 'Patient';

const NONE: SqlFragment = { sql: '', bindings: [] };

/**
 * The open A/R as of the run's instant, one row per open account (a service line owed by one party, as the aging
 * reads it): `party`, `payer_record_id` (null for the patient), `claim_id`, `bucket`, `balance_cents`,
 * `expected_cents`. `open-ar` sums these rows and `claim-list` lists their claims, so both count the same balances.
 *
 * - Balance: the sum of the account's ledger entries recorded by the instant (`created_at <= asOf`); only positive
 *   balances are open (credit balances are left out). Read from the rollup `ledger_account_balance` when no entry of
 *   the account's line was recorded after the instant or is still queued for the rollup, else summed from its entries
 *   ({@link openBalancesByAsOf}).
 * - Claim: of the claims built by the instant that carry the line, the latest to the account's coverage (for a patient
 *   account, or a payer account reached by crossover, the latest of any); null for a line billed on no claim (a
 *   self-pay visit).
 * - Age: calendar days from the charge's date of service, or (basis `bill-date`) from the first bill date — the day
 *   (in the organization's time zone) of the earliest 837P batch submitted by the instant that carries a claim of the
 *   line, the date of service when there is none — to the instant's calendar date in that zone.
 * - Expected: a payer account charged at billing (the primary's) whose line no matched remittance of that coverage
 *   answered by the instant, and whose charge carries the contract's expected allowed amount, counts at the lesser of
 *   that and its balance; every other balance counts at itself.
 * - Filters: the charge's encounter (location, provider); the payer owing the balance (which leaves patient balances
 *   out); the bucket and the party.
 */
export function openArBalances(scope: AggregateScope, selection: OpenArSelection): SqlFragment {
  const organizationId = scope.organizationId;
  const billDate = selection.agingBasis === 'bill-date';
  const asOfDate = calendarDate(scope.asOf, scope.timeZone);
  // Aged from the date of service, a drill-down's bucket is chosen among the charges before their claims are looked up,
  // and, when the bucket has an oldest age (every bucket but 121+: a few weeks of charges), before their balances are read.
  // The same choice of accounts applies to the rollup's rows (`r`) and to the entries summed instead (`e`).
  const bucketCharges = selection.bucket && !billDate ? serviceDatesOf('c', selection.bucket, asOfDate) : { sql: 'true', bindings: [] };
  const fewCharges = selection.bucket && !billDate && BUCKET_AGES[selection.bucket][1] !== null ? serviceDatesOf('b', selection.bucket, asOfDate) : null;
  const accounts = (account: string) => and(
    { sql: `${account}.organization_id = ? and ${account}.party in ('payer', 'patient')`, bindings: [organizationId] },
    selection.party ? { sql: `${account}.party = ?`, bindings: [selection.party] } : NONE,
    selection.payerId ? { sql: `${account}.party = 'payer' and ${account}.payer_record_id = ?`, bindings: [selection.payerId] } : NONE,
    fewCharges ? { sql: `${account}.charge_id in (select b.id from charge b where b.organization_id = ? and ${fewCharges.sql})`, bindings: [organizationId, ...fewCharges.bindings] } : NONE,
  );
  const balances = openBalancesByAsOf(accounts('r'), accounts('e'), organizationId, scope.asOf);
  const visit = encounterFilters('n', selection);
  const agedFrom = billDate ? `coalesce((f.first_billed_at at time zone ?)::date, a.date_of_service::date)` : `a.date_of_service::date`;
  // Steps, each once for all the accounts: the open accounts (numbered), each account's claim, and the payer accounts
  // whose line a matched remittance of their coverage answered.
  const sql = `
    with a as materialized (
           select row_number() over () as account, o.charge_id, o.party, o.coverage_id, o.payer_record_id, o.balance_cents, o.charged_here,
                  c.date_of_service, c.expected_allowed_cents
             from (${balances.sql}) o
             join charge c on c.id = o.charge_id
             ${visit.sql === 'true' ? '' : `join encounter n on n.id = c.encounter_id and ${visit.sql}`}
            where ${bucketCharges.sql}),
         account_claims as (${selection.bucket ? CLAIM_OF_EACH_ACCOUNT : CLAIMS_OF_ALL_ACCOUNTS}),
         answered as (
           select distinct a.account
             from a join claim_line l on l.organization_id = ? and l.charge_id = a.charge_id
                    join remittance_claim r on r.organization_id = l.organization_id and r.claim_id = l.claim_id and r.coverage_id = a.coverage_id
            where a.party = 'payer' and a.charged_here and a.expected_allowed_cents is not null and r.match = 'matched' and r.created_at <= ?)
    select a.party, a.payer_record_id, ac.claim_id, a.balance_cents, ?::date - ${agedFrom} as age_days,
           case when a.party = 'payer' and a.charged_here and a.expected_allowed_cents is not null and w.account is null
                then least(a.balance_cents, a.expected_allowed_cents) else a.balance_cents end as expected_cents
      from a
      left join account_claims ac on ac.account = a.account
      left join answered w on w.account = a.account
      ${
        billDate
          ? `left join lateral (select min(b.submitted_at) as first_billed_at from claim_line l
                                  join claim_batch b on b.organization_id = l.organization_id and b.claim_ids @> jsonb_build_array(l.claim_id::text)
                                 where l.organization_id = ? and l.charge_id = a.charge_id and b.state = 'submitted' and b.submitted_at <= ? and b.created_at <= ?) f on true`
          : ''
      }`;
  const bindings = [
    ...balances.bindings,
    ...(visit.sql === 'true' ? [] : visit.bindings),
    ...bucketCharges.bindings,
    organizationId,
    scope.asOf,
    organizationId,
    scope.asOf,
    asOfDate,
    ...(billDate ? [scope.timeZone] : []),
    ...(billDate ? [organizationId, scope.asOf, scope.asOf] : []),
  ];
  return {
    sql: `select aged.party, aged.payer_record_id, aged.claim_id, aged.balance_cents, aged.expected_cents, aged.bucket
            from (select o.*, ${bucketOf('o.age_days')} as bucket from (${sql}) o) aged
           where ${selection.bucket ? 'aged.bucket = ?' : 'true'}`,
    bindings: [...bindings, ...(selection.bucket ? [selection.bucket] : [])],
  };
}

/**
 * The open accounts as of `asOf` — a positive sum of the entries recorded by then — one row each: `charge_id`, `party`,
 * `coverage_id`, `payer_record_id`, `balance_cents`, `charged_here` (one of those entries is the account's charge);
 * `rollupAccounts` chooses them among `ledger_account_balance` rows aliased `r`, `entryAccounts` the same among entries
 * aliased `e`. The accounts of a line the rollup answers for ({@link rollupAnswersAsOf}) are read from it, one row each;
 * those of any other line are summed from their entries recorded by then. Split by line rather than by account, each
 * side is a plain join on the charge, which the planner estimates well.
 */
function openBalancesByAsOf(rollupAccounts: SqlFragment, entryAccounts: SqlFragment, organizationId: string, asOf: Date): SqlFragment {
  const answered = rollupAnswersAsOf('r', organizationId, asOf);
  const summed = linesSummedFromEntries(organizationId, asOf);
  return {
    sql: `select r.charge_id, r.party, r.coverage_id, r.payer_record_id, r.balance_cents, r.charged as charged_here
            from ledger_account_balance r
           where ${rollupAccounts.sql} and r.balance_cents > 0 and ${answered.sql}
          union all
          select e.charge_id, e.party, e.coverage_id, e.payer_record_id, sum(e.amount_cents) as balance_cents, bool_or(e.kind = 'charge') as charged_here
            from ledger_entry e
           where ${entryAccounts.sql} and e.created_at <= ? and e.charge_id in (${summed.sql})
           group by e.charge_id, e.party, e.coverage_id, e.payer_record_id
          having sum(e.amount_cents) > 0`,
    bindings: [...rollupAccounts.bindings, ...answered.bindings, ...entryAccounts.bindings, asOf, ...summed.bindings],
  };
}

/**
 * Each open account's claim (`account`, `claim_id`; the accounts `a` of {@link openArBalances}, its bindings the
 * organization and the instant): of the claims built by the instant that carry the line, the latest to the account's
 * coverage, else the latest of any. For the whole A/R, in one pass over the claims and their lines (about twice as fast
 * as an index lookup per account for the 312,000 open accounts of the 1,000,000-claim history); for one bucket, whose
 * accounts are fewer, by an index lookup per account.
 */
const CLAIMS_OF_ALL_ACCOUNTS = `
           select distinct on (a.account) a.account, k.id as claim_id
             from a join claim_line l on l.organization_id = ? and l.charge_id = a.charge_id
                    join claim k on k.id = l.claim_id and k.created_at <= ?
            order by a.account, (k.coverage_id is not distinct from a.coverage_id) desc, k.created_at desc, k.id desc`;
const CLAIM_OF_EACH_ACCOUNT = `
           select a.account, k.id as claim_id
             from a cross join lateral (select k.id from claim_line l join claim k on k.id = l.claim_id
                                         where l.organization_id = ? and l.charge_id = a.charge_id and k.created_at <= ?
                                         order by (k.coverage_id is not distinct from a.coverage_id) desc, k.created_at desc, k.id desc limit 1) k`;

/** The aging bucket of an age in days (SQL), by {@link BUCKET_AGES}. */
function bucketOf(ageDays: string): string {
  const bounded = AR_BUCKETS.flatMap((bucket) => {
    const most = BUCKET_AGES[bucket][1];
    return most === null ? [] : [`when ${ageDays} <= ${most} then '${bucket}'`];
  });
  const openEnded = AR_BUCKETS.find((bucket) => BUCKET_AGES[bucket][1] === null) as ArBucket;
  return `case ${bounded.join(' ')} else '${openEnded}' end`;
}

/** Each bucket's ages in days, inclusive (no bound: null). */
const BUCKET_AGES: Readonly<Record<ArBucket, readonly [number | null, number | null]>> = {
  '0-30': [null, 30],
  '31-60': [31, 60],
  '61-90': [61, 90],
  '91-120': [91, 120],
  '121+': [121, null],
};

/** The charges (aliased `charge`) whose date of service, aged to `asOfDate`, falls in `bucket`. */
function serviceDatesOf(charge: string, bucket: ArBucket, asOfDate: string): SqlFragment {
  const [fewest, most] = BUCKET_AGES[bucket];
  return and(
    fewest === null ? NONE : { sql: `${charge}.date_of_service::date <= ?::date - ?::int`, bindings: [asOfDate, fewest] },
    most === null ? NONE : { sql: `${charge}.date_of_service::date >= ?::date - ?::int`, bindings: [asOfDate, most] },
  );
}

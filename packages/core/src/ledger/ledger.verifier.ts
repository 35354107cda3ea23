import type { EntityManager } from '@mikro-orm/postgresql';
import { CLAIM_FIRST_EVENT_MISMATCHES } from '../claims/claim-first-events.sql';
import { CLAIM_FIRST_ADJUDICATION_MISMATCHES } from '../remittance/claim-first-adjudications.sql';
import { LEDGER_ACCOUNT_BALANCE_MISMATCHES } from './ledger-account-balances.sql';
import { LEDGER_LINE_MONEY_MISMATCHES } from './ledger-line-money.sql';

/** One broken invariant, with the rows that break it. */
export interface LedgerViolation {
  readonly check: string;
  readonly message: string;
  readonly ids: readonly string[];
}

/** What `openrcm ledger verify` reports: every check run, and what broke. */
export interface LedgerVerification {
  readonly organizationId: string;
  readonly entries: number;
  readonly checks: readonly string[];
  readonly violations: readonly LedgerViolation[];
}

interface Check {
  readonly name: string;
  readonly message: string;
  /** Returns the ids of the offending rows; one parameter: the organization id (used as often as `?` appears). */
  readonly sql: string;
}

/**
 * The ledger's invariants, recomputed from the entries (DESIGN §4). Run in tests after every posting scenario and on
 * demand (`openrcm ledger verify`, `POST …/ledger/verify`).
 */
const CHECKS: readonly Check[] = [
  {
    name: 'charge-matches-service-line',
    message: 'a charge entry differs from its encounter charge’s amount',
    sql: `select e.id from ledger_entry e join charge c on c.id = e.charge_id
           where e.organization_id = ? and e.kind = 'charge' and e.amount_cents <> c.amount_cents`,
  },
  {
    name: 'reversal-negates-its-entry',
    message: 'a reversal does not negate the entry it names, on the same account',
    sql: `select r.id from ledger_entry r left join ledger_entry o on o.id = r.reverses_entry_id
           where r.organization_id = ? and r.kind = 'reversal'
             and (o.id is null or o.kind = 'reversal' or r.amount_cents <> -o.amount_cents or r.party <> o.party
                  or r.charge_id is distinct from o.charge_id or r.coverage_id is distinct from o.coverage_id)`,
  },
  {
    name: 'transfer-balances',
    message: 'the two entries of a transfer do not cancel out',
    sql: `select transfer_id::text as id from ledger_entry
           where organization_id = ? and kind = 'transfer'
           group by transfer_id having count(*) <> 2 or sum(amount_cents) <> 0`,
  },
  {
    name: 'entry-has-account',
    message: 'a service-line entry lacks its patient or charge, or a payer entry its coverage',
    sql: `select id from ledger_entry where organization_id = ? and (
             (party <> 'provider' and (charge_id is null or patient_id is null))
             or (party = 'payer' and coverage_id is null)
             or (party = 'patient' and coverage_id is not null))`,
  },
  {
    name: 'point-of-service-within-payment',
    message: 'a point-of-service payment has applied more than its amount (or less than nothing)',
    sql: `select p.id::text from point_of_service_payment p
           join ledger_entry e on e.organization_id = p.organization_id and e.source = 'point-of-service' and e.source_id = p.id
           where p.organization_id = ? group by p.id, p.amount_cents
           having -sum(e.amount_cents) > p.amount_cents or sum(e.amount_cents) > 0`,
  },
  {
    name: 'point-of-service-on-its-patient',
    message: 'a point-of-service entry is not a payment on the patient account of the payment’s own patient',
    sql: `select e.id from ledger_entry e left join point_of_service_payment p on p.id = e.source_id and p.organization_id = e.organization_id
           where e.organization_id = ? and e.source = 'point-of-service'
             and (p.id is null or e.kind not in ('payment', 'reversal') or e.party <> 'patient' or e.patient_id <> p.patient_id)`,
  },
  {
    name: 'patient-payment-applied-in-full',
    message: 'a patient payment’s ledger entries do not add up to its amount less its refunds and chargebacks, or one is not a payment or refund on its own patient’s account',
    sql: `select p.id::text from patient_payment p
           left join ledger_entry e on e.organization_id = p.organization_id and e.source = 'statement-payment' and e.source_id = p.id
           left join (select payment_id, sum(amount_cents) as returned from payment_return where organization_id = ? group by payment_id) r on r.payment_id = p.id
           where p.organization_id = ?
           group by p.id, p.amount_cents, p.patient_id, r.returned
           having coalesce(-sum(e.amount_cents), 0) <> p.amount_cents - coalesce(r.returned, 0)
               or bool_or(e.kind not in ('payment', 'refund', 'reversal') or e.party <> 'patient' or e.patient_id <> p.patient_id)`,
  },
  {
    name: 'agency-activity-posted-in-full',
    message: 'an agency payment or adjustment’s ledger entries do not add up to its amount, or one is not on its own patient’s account',
    sql: `select a.id::text from collection_agency_activity a
           left join ledger_entry e on e.organization_id = a.organization_id and e.source = 'collection-agency' and e.source_id = a.id
           where a.organization_id = ? and a.kind in ('payment', 'adjustment')
           group by a.id, a.amount_cents, a.patient_id
           having coalesce(-sum(e.amount_cents), 0) <> a.amount_cents
               or bool_or(e.kind not in ('payment', 'write-off') or e.party <> 'patient' or e.patient_id <> a.patient_id)`,
  },
  {
    name: 'remittance-posted-total',
    message: 'the money posted from a remittance (claim payments and PLB amounts, with what waits unmatched) differs from its BPR02',
    sql: `select r.id::text from remittance r
           left join (select e.source_id, sum(e.amount_cents) as total from ledger_entry e
                        left join ledger_entry o on o.id = e.reverses_entry_id
                       where e.organization_id = ? and coalesce(o.kind, e.kind) in ('payment', 'interest', 'provider-adjustment')
                       group by e.source_id) cash on cash.source_id = r.id
           left join (select remittance_id, sum(payment_cents) as total from remittance_claim
                       where organization_id = ? and match = 'unmatched' group by remittance_id) held on held.remittance_id = r.id
           where r.organization_id = ? and -coalesce(cash.total, 0) + coalesce(held.total, 0) <> r.payment_cents`,
  },
  {
    name: 'account-balances-match-entries',
    message: 'an account’s row in the ledger_account_balance rollup differs from the sum of its entries, or from whether one of them is its charge',
    sql: LEDGER_ACCOUNT_BALANCE_MISMATCHES,
  },
  {
    name: 'line-money-matches-entries',
    message: 'a service line’s row in the ledger_line_money rollup differs from its charges, payments, refunds or CO adjustments, or from its date of service',
    sql: LEDGER_LINE_MONEY_MISMATCHES,
  },
  {
    name: 'claim-first-events-match-transitions',
    message: 'a claim’s row in the claim_first_event rollup is not its first scrub or submit transition, or one is missing',
    sql: CLAIM_FIRST_EVENT_MISMATCHES,
  },
  {
    name: 'claim-first-adjudications-match-claim-payments',
    message: 'a claim’s row in the claim_first_adjudication rollup is not its first adjudicating claim payment by date received, or one is missing',
    sql: CLAIM_FIRST_ADJUDICATION_MISMATCHES,
  },
];

/** Runs every check for one organization. */
export async function verifyLedger(em: EntityManager, organizationId: string): Promise<LedgerVerification> {
  const violations: LedgerViolation[] = [];
  for (const check of CHECKS) {
    const parameters = Array.from({ length: check.sql.split('?').length - 1 }, () => organizationId);
    const rows = await em.execute<{ id: string }[]>(check.sql, parameters);
    if (rows.length > 0) violations.push({ check: check.name, message: check.message, ids: rows.map((row) => row.id) });
  }
  const [count] = await em.execute<{ count: string }[]>('select count(*)::text as count from ledger_entry where organization_id = ?', [organizationId]);
  return { organizationId, entries: Number(count?.count ?? 0), checks: CHECKS.map((check) => check.name), violations };
}

import { z } from 'zod';

/** Where an A/R balance's age counts from: the date of service, or the first bill date (first submission). @public */
export const AGING_BASES = ['service-date', 'bill-date'] as const;

/** Where an A/R balance's age counts from. @public */
export type AgingBasis = (typeof AGING_BASES)[number];

/** The A/R aging buckets, in days. @public */
export const AR_BUCKETS = ['0-30', '31-60', '61-90', '91-120', '121+'] as const;

/** An A/R aging bucket, in days. @public */
export type ArBucket = (typeof AR_BUCKETS)[number];

/**
 * The parameters every report takes (the organization is the caller's): a period of calendar dates, inclusive, and
 * optional filters. What the period selects (dates of service, first adjudication, posting date…) is said by each
 * aggregate.
 * @public
 */
export interface ReportParameters {
  /** The first day of the period (YYYY-MM-DD), inclusive. */
  readonly from: string;
  /** The last day of the period (YYYY-MM-DD), inclusive. */
  readonly to: string;
  /** Only the encounters of this location. */
  readonly locationId?: string;
  /** Only the encounters of this rendering provider. */
  readonly providerId?: string;
  /** Only the claims (and balances) of this payer (a payer record id). */
  readonly payerId?: string;
  /** Where A/R ages count from (default `service-date`); only the A/R reports read it. */
  readonly agingBasis?: AgingBasis;
}

const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar date, YYYY-MM-DD');

/**
 * The zod schema of {@link ReportParameters}: a report may use it as is or extend it (core also refuses a period
 * whose `from` is after its `to`).
 * @public
 */
export const reportParametersSchema = z
  .object({
    from: ISO_DATE.describe('First day of the period, inclusive'),
    to: ISO_DATE.describe('Last day of the period, inclusive'),
    locationId: z.uuid().optional().describe('Only this location'),
    providerId: z.uuid().optional().describe('Only this rendering provider'),
    payerId: z.uuid().optional().describe('Only this payer'),
    agingBasis: z.enum(AGING_BASES).optional().describe('Where A/R ages count from'),
  });

/** The filters of an aggregate that reads balances as of the run's instant rather than a period. @public */
export type ReportFilters = Omit<ReportParameters, 'from' | 'to' | 'agingBasis'>;

/**
 * Claims by the month of their first scrub (period selects the first scrub's date). A claim is clean when no scrub
 * ever found an error on it (an overridden error still counts) and nobody touched it by hand (reopened it).
 * @public
 */
export interface ClaimScrubRow {
  /** The month, YYYY-MM. */
  readonly period: string;
  /** The claim's payer record id. */
  readonly payerId: string;
  /** The payer's name. */
  readonly payerName: string;
  /** Claims scrubbed for the first time in the month. */
  readonly scrubbed: number;
  /** Of those, the clean ones. */
  readonly clean: number;
}

/**
 * Claims by the month of their first adjudication: the first claim payment (835 CLP) of the claim's own payer
 * received for the claim — matched to it and posted to its coverage (the next payer's payment on a crossover is not),
 * neither a reversal (CLP02 22) nor a predetermination (25); period selects its received date. Denied on first
 * adjudication: CLP02 = 4. Resolved on first pass: the first adjudication was not a denial and the claim went out
 * once (it corrects no rejected claim, and replaces or voids none).
 * @public
 */
export interface ClaimAdjudicationRow {
  /** The month, YYYY-MM. */
  readonly period: string;
  /** The claim's payer record id. */
  readonly payerId: string;
  /** The payer's name. */
  readonly payerName: string;
  /** Claims adjudicated for the first time in the month. */
  readonly adjudicated: number;
  /** Their billed charges, in cents. */
  readonly adjudicatedChargeCents: number;
  /** Of those, the claims denied on first adjudication. */
  readonly deniedFirst: number;
  /** The billed charges of the claims denied on first adjudication, in cents. */
  readonly deniedFirstChargeCents: number;
  /** Of those, the claims resolved on first pass. */
  readonly resolvedFirstPass: number;
}

/**
 * Denials (claim- and line-level denial adjustments of posted 835s, as routed to the denial queues) by month received,
 * payer and category. The payer is the one that denied (on a crossover payment, the next payer), and a `payerId`
 * filter reads it. A reversal is not a denial; a denial whose payment was reversed later still counts.
 * @public
 */
export interface DenialRow {
  /** The month, YYYY-MM. */
  readonly period: string;
  /** The payer record id. */
  readonly payerId: string;
  /** The payer's name. */
  readonly payerName: string;
  /** The denial category (e.g. `eligibility`, `authorization`, `coding`). */
  readonly category: string;
  /** Distinct claims with a denial of this category. */
  readonly claims: number;
  /** Denied service lines (or claims, for claim-level denials), each once per remittance. */
  readonly lines: number;
  /** The denied amount, in cents. */
  readonly amountCents: number;
}

/**
 * Money by the month of the date of service of the charges it belongs to (period selects dates of service), all
 * posted up to the run's instant: the cohort the collection rates divide. Amounts are positive cents; reversals net
 * out of what they reverse.
 * @public
 */
export interface ChargeCohortRow {
  /** The month of the dates of service, YYYY-MM. */
  readonly period: string;
  /** Charges. */
  readonly chargesCents: number;
  /** Payments from payers and patients. */
  readonly paymentsCents: number;
  /** Refunds paid out. */
  readonly refundsCents: number;
  /** Contractual adjustments (group CO adjustments posted off). */
  readonly contractualAdjustmentsCents: number;
}

/** Money by the month it was posted (period selects the entries' effective dates). Amounts are positive cents. @public */
export interface LedgerActivityRow {
  /** The month of posting, YYYY-MM. */
  readonly period: string;
  /** Charges posted. */
  readonly chargesCents: number;
  /** Contractual adjustments posted. */
  readonly contractualAdjustmentsCents: number;
  /** Payments from payers. */
  readonly payerPaymentsCents: number;
  /** Payments from patients (including point-of-service money applied to lines). */
  readonly patientPaymentsCents: number;
  /** Refunds paid out. */
  readonly refundsCents: number;
}

/**
 * Open A/R as of the run's instant by responsible party and aging bucket (the period is not read: A/R is a balance).
 * Credit balances are left out.
 * @public
 */
export interface OpenArRow {
  /** The payer record id, or null for balances the patients owe. */
  readonly payerId: string | null;
  /** The payer's name, or `Patient`. */
  readonly payerName: string;
  /** The aging bucket. */
  readonly bucket: ArBucket;
  /** Claims with an open balance in the bucket. */
  readonly claims: number;
  /** The open balance, in cents. */
  readonly balanceCents: number;
  /**
   * The balance at its expected amount: a line the payer has not adjudicated yet counts at the contract's expected
   * allowed amount when one is known (never above its balance), the rest at its balance.
   */
  readonly expectedBalanceCents: number;
}

/**
 * Charge lag by the month charges were entered (period selects the entry date). Charges voided by the run's instant
 * and those the open A/R conversion brought in are left out; a claim's first submission is its first `submit` (a
 * converted claim arrives by `import` and is not counted). With `payerId`, the charges of encounters whose primary
 * claim goes to that payer.
 * @public
 */
export interface ChargeLagRow {
  /** The month of entry, YYYY-MM. */
  readonly period: string;
  /** Charges entered. */
  readonly charges: number;
  /** The sum over those charges of the days from date of service to entry. */
  readonly chargeLagDays: number;
  /** Claims first submitted in the month. */
  readonly claimsSubmitted: number;
  /** The sum over those claims of the days from date of service to first submission. */
  readonly daysToSubmit: number;
}

/** Patient payments by the month received (period selects the date received). Amounts are positive cents. @public */
export interface PatientPaymentRow {
  /** The month, YYYY-MM. */
  readonly period: string;
  /** Money taken at the visit (point-of-service payments). */
  readonly pointOfServiceCents: number;
  /** Every other patient payment (statements, online, by mail). */
  readonly otherCents: number;
}

/** Claims and charges by the month of the date of service and the primary payer (period selects dates of service). @public */
export interface PayerMixRow {
  /** The month, YYYY-MM. */
  readonly period: string;
  /** The payer record id, or null for self-pay encounters. */
  readonly payerId: string | null;
  /** The payer's name, or `Self-pay`. */
  readonly payerName: string;
  /** Encounters billed. */
  readonly encounters: number;
  /** Their charges, in cents. */
  readonly chargesCents: number;
}

/**
 * Gate defects by check (period selects when they happened): failing checks that refused a transition, checks passed
 * by exception, and the upstream-defect work items repeated defects opened. With a location, provider or payer
 * filter, only the defects of the claims and encounters it selects (an encounter has no payer yet, so a payer filter
 * leaves encounters out), and the work items opened by those.
 * @public
 */
export interface GateDefectRow {
  /** The gate check's name. */
  readonly check: string;
  /** The workflow (record type) the check guards. */
  readonly recordType: string;
  /** Transitions the check refused. */
  readonly refused: number;
  /** Transitions that passed the check by exception. */
  readonly excepted: number;
  /**
   * Upstream-defect work items the gate's stop-the-line rule opened for the check, under the workflow of the defect
   * that opened each (the denial queues' denial-pattern items are not counted).
   */
  readonly upstreamWorkItems: number;
}

/** The claims behind a number, for drill-down. @public */
export const CLAIM_COHORTS = [
  'scrubbed',
  'scrubbed-not-clean',
  'adjudicated',
  'denied-first',
  'not-resolved-first-pass',
  'denied',
  'open-ar',
] as const;

/** The claims behind a number, for drill-down. @public */
export type ClaimCohort = (typeof CLAIM_COHORTS)[number];

/** The parameters of `claim-list`. @public */
export interface ClaimListParameters extends ReportParameters {
  /**
   * Which claims: `scrubbed`/`scrubbed-not-clean` as in `claim-scrubs`; `adjudicated`/`denied-first`/
   * `not-resolved-first-pass` as in `claim-adjudications`; `denied` as in `denials`; `open-ar` as in `open-ar`.
   */
  readonly cohort: ClaimCohort;
  /** For `denied`: only this category. */
  readonly category?: string;
  /** For `open-ar`: only this bucket. */
  readonly bucket?: ArBucket;
  /** For `open-ar`: only the balances of payers (`payer`) or of patients (`patient`). */
  readonly party?: 'payer' | 'patient';
  /** At most this many rows (default 1,000, at most 10,000), oldest date of service first. */
  readonly limit?: number;
}

/** One claim of a drill-down. @public */
export interface ClaimListRow {
  /** The claim's id. */
  readonly claimId: string;
  /** The claim's number on the 837P (CLM01). */
  readonly patientControlNumber: string;
  /** The patient's id. */
  readonly patientId: string;
  /** The payer's name. */
  readonly payerName: string;
  /** The date of service (YYYY-MM-DD). */
  readonly dateOfService: string;
  /** The claim's state as of the run's instant. */
  readonly state: string;
  /** The claim's billed charges, in cents. */
  readonly chargeCents: number;
  /** The amount the cohort is about (the denied amount, the open balance), in cents; else the charges. */
  readonly amountCents: number;
}

/**
 * Every named aggregate core runs for reports, with its parameters and the rows it returns. Aggregates run in the
 * database and count only what was recorded at or before the run's `asOf` instant, so a run is reproducible.
 * @public
 */
export interface ReportingAggregateMap {
  /** Claims scrubbed, and clean, by month of first scrub and payer. */
  'claim-scrubs': { readonly parameters: ReportParameters; readonly row: ClaimScrubRow };
  /** Claims adjudicated, denied and resolved on first pass, by month of first adjudication and payer. */
  'claim-adjudications': { readonly parameters: ReportParameters; readonly row: ClaimAdjudicationRow };
  /** Denials by month received, payer and category. */
  denials: { readonly parameters: ReportParameters; readonly row: DenialRow };
  /** Charges, payments, refunds and contractual adjustments by month of date of service. */
  'charge-cohort': { readonly parameters: ReportParameters; readonly row: ChargeCohortRow };
  /** Charges, contractual adjustments, payments and refunds by month of posting. */
  'ledger-activity': { readonly parameters: ReportParameters; readonly row: LedgerActivityRow };
  /** Open A/R as of the run by party and aging bucket. */
  'open-ar': { readonly parameters: ReportFilters & { readonly agingBasis: AgingBasis }; readonly row: OpenArRow };
  /** Charge lag and days to submit by month. */
  'charge-lag': { readonly parameters: ReportParameters; readonly row: ChargeLagRow };
  /** Point-of-service and other patient payments by month. */
  'patient-payments': { readonly parameters: ReportParameters; readonly row: PatientPaymentRow };
  /** Encounters and charges by month of service and primary payer. */
  'payer-mix': { readonly parameters: ReportParameters; readonly row: PayerMixRow };
  /** Gate defects and upstream work items by check. */
  'gate-defects': { readonly parameters: ReportParameters; readonly row: GateDefectRow };
  /** The claims behind a number (drill-down). */
  'claim-list': { readonly parameters: ClaimListParameters; readonly row: ClaimListRow };
}

/** The name of a reporting aggregate. @public */
export type ReportingAggregateName = keyof ReportingAggregateMap;

import type { RequestContext } from '../context/request-context';
import type { OperationResult } from '../result/operation-result';

/** What an eligibility check asks: who, under which plan, for which service, as of which date. @public */
export interface EligibilityRequest {
  /** The payer's id at the eligibility network or clearinghouse. */
  readonly payerId: string;
  /** The requesting provider's 10-digit NPI. */
  readonly providerNpi: string;
  /** The requesting provider's last name or organization name, for payers that match on it. */
  readonly providerName?: string;
  /** The subscriber's member id on the insurance card (the MBI for Medicare). */
  readonly memberId: string;
  /** The patient as registered: first and last name, and birth date as an ISO calendar date (YYYY-MM-DD). */
  readonly patient: {
    /** The patient's first (given) name. */
    readonly firstName: string;
    /** The patient's last (family) name. */
    readonly lastName: string;
    /** The patient's date of birth (ISO calendar date, YYYY-MM-DD). */
    readonly birthDate: string;
  };
  /** The subscriber, when the patient is a dependent on someone else's plan (absent when the patient is the subscriber). */
  readonly subscriber?: {
    /** The subscriber's first (given) name. */
    readonly firstName: string;
    /** The subscriber's last (family) name. */
    readonly lastName: string;
    /** The subscriber's date of birth (ISO calendar date, YYYY-MM-DD). */
    readonly birthDate: string;
  };
  /** The patient's X12 individual relationship code to the subscriber (`18` self, `01` spouse, `19` child …). */
  readonly relationshipCode?: string;
  /** X12 service type code, e.g. `30` (health benefit plan coverage). */
  readonly serviceTypeCode: string;
  /** The date coverage is checked for (ISO calendar date, YYYY-MM-DD). */
  readonly asOfDate: string;
}

/** An amount with its remaining part, in integer cents. @public */
export interface BenefitAmount {
  /** The full amount for the benefit period, in integer cents. */
  readonly totalCents?: number;
  /** What is left of it for the benefit period, in integer cents. */
  readonly remainingCents?: number;
  /** Whether the amount applies to in-network (`true`) or out-of-network (`false`) services; unknown when absent. */
  readonly inNetwork?: boolean;
}

/** Coverage normalised to OpenRCM's benefits model; `raw` keeps the payer's answer as received. @public */
export interface EligibilityBenefits {
  /** Whether the coverage is active on the requested date. */
  readonly active: boolean;
  /** The plan's coverage start date (ISO calendar date, YYYY-MM-DD). */
  readonly planBeginDate?: string;
  /** The plan's coverage end date (ISO calendar date, YYYY-MM-DD). */
  readonly planEndDate?: string;
  /** The plan's name as the payer reports it. */
  readonly planName?: string;
  /** The copay for the requested service, in integer cents. */
  readonly copayCents?: number;
  /** Coinsurance as basis points (20% = 2000). */
  readonly coinsuranceBasisPoints?: number;
  /** The deductible and what remains of it. */
  readonly deductible?: BenefitAmount;
  /** The out-of-pocket maximum and what remains of it. */
  readonly outOfPocket?: BenefitAmount;
  /** Free-text messages from the payer, as received. */
  readonly messages: readonly string[];
  /** The payer's or network's response as received (a 271 or a vendor's JSON), for audit and troubleshooting. */
  readonly raw: unknown;
}

/** Extension point `eligibility-provider`: checks coverage with a payer or an eligibility network. @public */
export interface EligibilityProvider {
  /** A stable id for this provider, e.g. `availity`. */
  readonly id: string;
  /**
   * Checks coverage as of `request.asOfDate`; `SUCCESS` carries the normalised benefits, a payer's refusal is a
   * `FAILURE`, an answer still in progress is `PENDING` with the network's reference, a communication problem an
   * `EXCEPTION` (never reported as inactive coverage).
   */
  check(context: RequestContext, request: EligibilityRequest): Promise<OperationResult<EligibilityBenefits>>;
  /**
   * Asks again about a check that answered `PENDING`, by its `reference`; core calls it from a follow-up job at or
   * after the pending result's `retryAt`. Providers that never answer `PENDING` leave it out.
   */
  followUp?(context: RequestContext, reference: string): Promise<OperationResult<EligibilityBenefits>>;
}

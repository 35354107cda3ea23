import type { RequestContext } from '../context/request-context';
import type { OperationResult } from '../result/operation-result';

/** What an eligibility check asks: who, under which plan, for which service, as of which date. @public */
export interface EligibilityRequest {
  readonly payerId: string;
  readonly providerNpi: string;
  readonly memberId: string;
  readonly patient: { readonly firstName: string; readonly lastName: string; readonly birthDate: string };
  /** X12 service type code, e.g. `30` (health benefit plan coverage). */
  readonly serviceTypeCode: string;
  /** ISO calendar date. */
  readonly asOfDate: string;
}

/** An amount with its remaining part, in integer cents. @public */
export interface BenefitAmount {
  readonly totalCents?: number;
  readonly remainingCents?: number;
  readonly inNetwork?: boolean;
}

/** Coverage normalised to OpenRCM's benefits model; `raw` keeps the payer's answer as received. @public */
export interface EligibilityBenefits {
  readonly active: boolean;
  readonly planBeginDate?: string;
  readonly planEndDate?: string;
  readonly planName?: string;
  readonly copayCents?: number;
  /** Coinsurance as basis points (20% = 2000). */
  readonly coinsuranceBasisPoints?: number;
  readonly deductible?: BenefitAmount;
  readonly outOfPocket?: BenefitAmount;
  readonly messages: readonly string[];
  readonly raw: unknown;
}

/** Extension point `eligibility-provider`: checks coverage with a payer or an eligibility network. @public */
export interface EligibilityProvider {
  readonly id: string;
  check(context: RequestContext, request: EligibilityRequest): Promise<OperationResult<EligibilityBenefits>>;
}

/** Medicare's sequestration: 2% off what Medicare would pay (CO-253). */
const SEQUESTRATION_PERCENT = 2;

/** Claim filing indicators (SBR09) of Medicare, whose payments sequestration reduces. */
const MEDICARE_FILING_INDICATORS: ReadonlySet<string> = new Set(['MA', 'MB']);

/** Whether a payer's claims are Medicare's (sequestration applies). */
export function isMedicare(claimFilingIndicator: string | null | undefined): boolean {
  return MEDICARE_FILING_INDICATORS.has(claimFilingIndicator ?? '');
}

/** One service payment against its contract. */
export interface VarianceInput {
  /** What the contract allows (the charge's expected allowed amount); null when no schedule prices the code. */
  readonly contractAllowedCents: number | null;
  /** AMT*B6, when the payer sent it. */
  readonly statedAllowedCents: number | null;
  readonly paidCents: number;
  /** Σ PR of the line. */
  readonly patientResponsibilityCents: number;
  /** Σ CO-253 of the line as the payer stated it (part of the allowed amount when AMT*B6 is absent). */
  readonly statedSequestrationCents: number;
  readonly medicare: boolean;
}

/** The expected payment and whether allowed or paid differ from the contract. */
export interface Variance {
  readonly contractAllowedCents: number | null;
  readonly expectedPaymentCents: number | null;
  readonly flagged: boolean;
  readonly message: string | null;
}

/**
 * DOMAIN.md "Fee schedules and expected payment": the 835's allowed (AMT*B6, or paid + PR + the sequestration taken) against the contract's
 * allowed, and its paid against the expected payment = allowed − PR − (Medicare) 2% of the remainder, rounded
 * half-up. Never paid against the fee: a deductible is not an underpayment.
 */
export function varianceOf(input: VarianceInput): Variance {
  if (input.contractAllowedCents === null) return { contractAllowedCents: null, expectedPaymentCents: null, flagged: false, message: null };
  const remainder = input.contractAllowedCents - input.patientResponsibilityCents;
  const sequestration = input.medicare && remainder > 0 ? Math.floor((remainder * SEQUESTRATION_PERCENT + 50) / 100) : 0;
  const expectedPaymentCents = remainder - sequestration;
  const statedAllowed = input.statedAllowedCents ?? input.paidCents + input.patientResponsibilityCents + input.statedSequestrationCents;
  const problems: string[] = [];
  if (statedAllowed !== input.contractAllowedCents) problems.push(`allowed ${cents(statedAllowed)} against the contract's ${cents(input.contractAllowedCents)}`);
  if (input.paidCents !== expectedPaymentCents) problems.push(`paid ${cents(input.paidCents)} against the expected ${cents(expectedPaymentCents)}`);
  return { contractAllowedCents: input.contractAllowedCents, expectedPaymentCents, flagged: problems.length > 0, message: problems.length > 0 ? problems.join('; ') : null };
}

function cents(value: number): string {
  return `$${(value / 100).toFixed(2)}`;
}

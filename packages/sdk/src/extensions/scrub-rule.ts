import type { RequestContext } from '../context/request-context';

/** A claim line as scrub rules see it. @public */
export interface ClaimLineView {
  readonly lineNumber: number;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly chargeCents: number;
  readonly units: number;
  readonly serviceDate: string;
  readonly diagnosisPointers: readonly number[];
}

/** A claim as scrub rules see it: the frozen snapshot the 837P is built from. @public */
export interface ClaimView {
  readonly claimId: string;
  readonly patientControlNumber: string;
  readonly payerId: string;
  readonly frequencyCode: '1' | '7' | '8';
  readonly totalChargeCents: number;
  readonly diagnosisCodes: readonly string[];
  readonly lines: readonly ClaimLineView[];
}

/** One finding of a scrub rule, pointing at the field a biller must fix. @public */
export interface ScrubFinding {
  readonly severity: 'error' | 'warning';
  readonly field: string;
  readonly message: string;
  readonly fixHint?: string;
}

/** Extension point `scrub-rule`: inspects a claim before it is submitted. @public */
export interface ScrubRule {
  readonly id: string;
  readonly description: string;
  inspect(context: RequestContext, claim: ClaimView): Promise<readonly ScrubFinding[]>;
}

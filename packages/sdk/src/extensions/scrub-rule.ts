import type { RequestContext } from '../context/request-context';

/** A claim line as scrub rules see it. @public */
export interface ClaimLineView {
  /** The line's position on the claim, starting at 1 (LX01). */
  readonly lineNumber: number;
  /** The procedure code, CPT or HCPCS (SV101-2). */
  readonly procedureCode: string;
  /** Up to four procedure modifiers, in order (SV101-3 to SV101-6). */
  readonly modifiers: readonly string[];
  /** The line charge, in integer cents (SV102). */
  readonly chargeCents: number;
  /** The units of service (SV104). */
  readonly units: number;
  /** The date of service (ISO calendar date, YYYY-MM-DD; DTP*472). */
  readonly serviceDate: string;
  /** 1-based positions in {@link ClaimView.diagnosisCodes} the line points to, one to four (SV107). */
  readonly diagnosisPointers: readonly number[];
}

/** A claim as scrub rules see it: the frozen snapshot the 837P is built from. @public */
export interface ClaimView {
  /** OpenRCM's id of the claim. */
  readonly claimId: string;
  /** The patient control number sent in CLM01 and echoed by the payer in 277CA and 835 (CLP01). */
  readonly patientControlNumber: string;
  /** The payer's id as sent in the 2010BB NM1*PR loop (NM109). */
  readonly payerId: string;
  /** The claim frequency code (CLM05-3): `1` original, `7` replacement, `8` void. */
  readonly frequencyCode: '1' | '7' | '8';
  /** The total charge, in integer cents (CLM02); equals the sum of the line charges on a valid claim. */
  readonly totalChargeCents: number;
  /** ICD-10-CM diagnosis codes without the decimal point, principal first (HI), up to 12. */
  readonly diagnosisCodes: readonly string[];
  /** The service lines, in order. */
  readonly lines: readonly ClaimLineView[];
}

/** One finding of a scrub rule, pointing at the field a biller must fix. @public */
export interface ScrubFinding {
  /** `error`: the claim should not be submitted as it is; `warning`: worth a biller's review. */
  readonly severity: 'error' | 'warning';
  /** The field at fault: an X12 position such as `CLM02` or `SV101`, or a dotted path. */
  readonly field: string;
  /** What is wrong, in words a biller can act on; never patient data. */
  readonly message: string;
  /** How to fix it, when the rule knows. */
  readonly fixHint?: string;
}

/** Extension point `scrub-rule`: inspects a claim before it is submitted. @public */
export interface ScrubRule {
  /** A stable id for the rule, e.g. `hello-minimum-charge`. */
  readonly id: string;
  /** What the rule checks, in one sentence. */
  readonly description: string;
  /** Inspects one claim; returns no findings when the claim passes. */
  inspect(context: RequestContext, claim: ClaimView): Promise<readonly ScrubFinding[]>;
}

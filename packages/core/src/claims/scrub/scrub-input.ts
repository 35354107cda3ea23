import type { PtpConflict } from '../../coding-edits/ptp-conflicts';
import type { MueViolation } from '../../coding-edits/mue-violations';
import type { EligibilityOutcome } from '../../eligibility/eligibility-check.entity';
import type { UnitType } from '../../encounters/charge.entity';
import type { ClaimFrequency } from '../claim.entity';
import type { ClaimSnapshot } from '../claim-snapshot';
import type { ClaimState } from '../claim.workflow';

/** One service line as the built-in rules read it. */
export interface ScrubLine {
  readonly lineNumber: number;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly unitType: UnitType;
  readonly chargeCents: number;
  readonly diagnosisPointers: readonly number[];
  readonly dateOfService: string;
  /** The authorization the line's charge was tied to, with its usage, or null. */
  readonly authorization: ScrubAuthorization | null;
}

/** An authorization as the `authorization` rule reads it. */
export interface ScrubAuthorization {
  readonly number: string;
  readonly status: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly unitsApproved: number;
  readonly unitsUsed: number;
}

/** Whether a code is valid on a date, and why not. */
export interface CodeCheck {
  readonly valid: boolean;
  readonly reason: string | null;
}

/** Another claim of the same patient, as the duplicate check reads it. */
export interface OtherClaim {
  readonly id: string;
  readonly patientControlNumber: string;
  readonly payerRecordId: string;
  readonly state: ClaimState;
  readonly frequency: ClaimFrequency;
  readonly dateOfService: string;
  readonly procedureCodes: readonly string[];
}

/** The latest eligibility result of the claim's coverage for one date of service. */
export interface EligibilityFact {
  readonly dateOfService: string;
  readonly outcome: EligibilityOutcome | null;
  readonly checkedAt: string | null;
}

/**
 * Everything the built-in scrub rules read, prefetched once per scrub: the claim, its lines and snapshot, code
 * validity on each date of service, the NCCI results, the payer's settings, eligibility, and the patient's other
 * claims. Rules are pure functions of it.
 */
export interface ScrubInput {
  /** Today, in the organization's calendar (ISO date). */
  readonly today: string;
  readonly claim: {
    readonly id: string;
    readonly patientControlNumber: string;
    readonly frequency: ClaimFrequency;
    readonly totalChargeCents: number;
    readonly payerRecordId: string;
    readonly dateOfService: string;
    readonly replacesClaimId: string | null;
    /** REF*F8 of a frequency 7 or 8 claim: the payer's claim number of the claim it replaces or voids. */
    readonly replacedPayerClaimNumber: string | null;
  };
  readonly snapshot: ClaimSnapshot;
  readonly lines: readonly ScrubLine[];
  /** The 1000A submitter: the organization's name and X12 submitter id. */
  readonly submitter: { readonly name: string; readonly id: string | null };
  /** ICD-10-CM validity by `code|date`. */
  readonly diagnosisChecks: ReadonlyMap<string, CodeCheck>;
  /** Modifier validity by `modifier|date`. */
  readonly modifierChecks: ReadonlyMap<string, CodeCheck>;
  readonly ptpConflicts: readonly PtpConflict[];
  readonly mueViolations: readonly MueViolation[];
  readonly payer: { readonly name: string; readonly timelyFilingDays: number; readonly authorizationRequiredCodes: readonly string[] };
  readonly eligibility: readonly EligibilityFact[];
  readonly otherClaims: readonly OtherClaim[];
}

/** What a built-in rule reports. */
export interface BuiltInFinding {
  readonly severity: 'error' | 'warning';
  readonly field: string;
  readonly message: string;
  readonly hint: string;
}

/** A built-in scrub rule: a pure function of the {@link ScrubInput}. */
export interface BuiltInScrubRule {
  readonly id: string;
  readonly description: string;
  inspect(input: ScrubInput): BuiltInFinding[];
}

/** The key of a code check. */
export function checkKey(code: string, dateOfService: string): string {
  return `${code.toUpperCase()}|${dateOfService}`;
}

/** The distinct dates of service of the lines, in order. */
export function datesOf(lines: readonly ScrubLine[]): string[] {
  return [...new Set(lines.map((line) => line.dateOfService))].sort();
}

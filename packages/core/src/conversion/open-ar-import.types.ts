import type { ValidationIssue } from '@openrcm/sdk';
import type { CreatedRecords } from './open-ar.registrar';

/**
 * Why a claim was not imported: `already-imported` (its CLM01 is a claim of the organization already), `invalid` (the
 * file's segments or the claim's content), `refused` (registration refused it: a conflicting coverage, several
 * patients with its patient's name and birth date, a REF*6R already used …).
 */
export const SKIP_REASONS = ['already-imported', 'invalid', 'refused'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** What became of one claim (CLM) of the file. */
export interface OpenArClaimOutcome {
  /** CLM01. */
  readonly patientControlNumber: string;
  /** 0-based index of its CLM segment in the file, and the byte where it starts. */
  readonly segmentIndex: number;
  readonly byteOffset: number;
  readonly outcome: 'imported' | 'skipped';
  readonly reason: SkipReason | null;
  /** Why it was skipped, field by field (X12 names). */
  readonly issues: readonly ValidationIssue[];
  readonly claimId: string | null;
  readonly lines: number;
  /** CLM02, in cents. */
  readonly chargeCents: number;
}

/** What an open A/R import did. */
export interface OpenArImportResult {
  /** The `sourceId` of the ledger entries this import wrote. */
  readonly runId: string;
  readonly claimsInFile: number;
  readonly imported: number;
  readonly skipped: number;
  /** Lines and charges imported (cents). */
  readonly linesImported: number;
  readonly chargeCentsImported: number;
  /** Registration records created for the imported claims (found ones are not counted). */
  readonly created: CreatedRecords;
  readonly claims: readonly OpenArClaimOutcome[];
}

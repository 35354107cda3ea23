import { read277, type ClaimStatus277 } from '@openrcm/x12';

/** The status a 277 gives the claim asked about. */
export interface ClaimStatusAnswer {
  readonly category: string;
  readonly code: string;
  readonly entity: string | null;
  /** STC02, YYYY-MM-DD. */
  readonly effectiveDate: string | null;
  /** REF*1K. */
  readonly payerClaimNumber: string | null;
}

/** Which claim the 276 asked about: its trace (TRN02) and its CLM01 (REF*EJ). */
export interface AskedClaim {
  readonly traceNumber: string;
  readonly patientControlNumber: string;
}

/**
 * Reads a 277 answering one 276: finds the claim status loop that echoes the inquiry's trace (TRN*2) or names the
 * claim's CLM01 (REF*EJ), and takes its first STC. Anything else — no 277 in the text, no loop for this claim, no
 * STC — is an error in words.
 */
export function claimStatusAnswerOf(x12: string, asked: AskedClaim): { readonly answer: ClaimStatusAnswer } | { readonly error: string } {
  let transactions;
  try {
    transactions = read277(x12).transactions;
  } catch (error) {
    return { error: `the answer is not a readable 277: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (transactions.length === 0) return { error: 'the answer holds no 277' };
  const claims = transactions.flatMap((transaction) => transaction.claims);
  const claim = claims.find((candidate) => candidate.patientControlNumber === asked.traceNumber) ?? claims.find((candidate) => namesClaim(candidate, asked.patientControlNumber));
  if (!claim) return { error: `the 277 answers another inquiry: no claim status loop echoes trace ${asked.traceNumber} or claim ${asked.patientControlNumber}` };
  const stc = claim.statuses[0];
  const status = stc?.statuses[0];
  if (!stc || !status) return { error: `the 277 gives no status (STC) for claim ${asked.patientControlNumber}` };
  return {
    answer: {
      category: status.category,
      code: status.code,
      entity: status.entity ?? null,
      effectiveDate: stc.date ?? null,
      payerClaimNumber: claim.payerClaimControlNumber ?? null,
    },
  };
}

function namesClaim(claim: ClaimStatus277, patientControlNumber: string): boolean {
  return claim.references.some((reference) => reference.qualifier === 'EJ' && reference.value === patientControlNumber);
}

import type { ValidationIssue } from '@openrcm/sdk';

/** A CPT or HCPCS Level II code: five characters, letters upper-cased. */
const PROCEDURE_CODE = /^[A-Z0-9]{5}$/;

/** Procedure codes upper-cased and trimmed, duplicates dropped. */
export function normalizeProcedureCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.map((code) => code.trim().toUpperCase()))];
}

/** The issues of the codes an authorization covers, naming each bad one by its position. */
export function procedureCodeIssues(codes: readonly string[]): ValidationIssue[] {
  return codes.flatMap((code, index) =>
    PROCEDURE_CODE.test(code) ? [] : [{ field: `procedureCodes.${index}`, message: `${code} is not a CPT/HCPCS code (five letters or digits)` }],
  );
}

/** Whether an authorization listing `codes` covers `procedureCode` (an empty list covers any code). */
export function coversCode(codes: readonly string[], procedureCode: string): boolean {
  return codes.length === 0 || codes.includes(procedureCode.trim().toUpperCase());
}

/** An authorization candidate for a service, with the units it has left. */
export interface CoveringCandidate {
  readonly procedureCodes: readonly string[];
  readonly endDate: string;
  readonly unitsRemaining: number;
}

/**
 * The authorization that covers a service among those in effect for it: one with units left before one used up,
 * one naming the code before one that covers any code, then the one ending first (use it before it lapses).
 */
export function pickCovering<T extends CoveringCandidate>(candidates: readonly T[]): T | null {
  const rank = (candidate: T) => [candidate.unitsRemaining > 0 ? 0 : 1, candidate.procedureCodes.length > 0 ? 0 : 1] as const;
  const sorted = [...candidates].sort((a, b) => {
    const [aUnits, aCode] = rank(a);
    const [bUnits, bCode] = rank(b);
    return aUnits - bUnits || aCode - bCode || a.endDate.localeCompare(b.endDate);
  });
  return sorted[0] ?? null;
}

import { NCCI_ANATOMIC_MODIFIERS, NCCI_OTHER_MODIFIERS } from './ncci-modifiers';
import type { PtpModifierIndicator } from './ptp-file.parser';

/** A service line as the edits read it. */
export interface EditedLine {
  readonly lineNumber: number;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  /** ISO calendar date. */
  readonly dateOfService: string;
}

/** A PTP edit as the conflict check reads it. */
export interface PtpEdit {
  readonly column1: string;
  readonly column2: string;
  readonly effectiveDate: string;
  readonly deletionDate: string | null;
  readonly modifierIndicator: PtpModifierIndicator;
  readonly rationale: string;
}

/** Two lines of the same date of service that an active PTP edit pairs. */
export interface PtpConflict {
  readonly column1Line: number;
  readonly column2Line: number;
  readonly column1: string;
  readonly column2: string;
  readonly dateOfService: string;
  readonly modifierIndicator: '0' | '1';
  /** Indicator 1 and an NCCI-associated modifier on the pair: both lines may be paid. */
  readonly bypassedByModifier: boolean;
  readonly rationale: string;
  readonly message: string;
}

/**
 * Whether an edit applies to a date of service: from its effective date, until its deletion date (exclusive — CMS
 * deletes an edit retroactively by giving it a deletion date equal to its effective date).
 */
export function ptpEditActiveOn(edit: Pick<PtpEdit, 'effectiveDate' | 'deletionDate'>, dateOfService: string): boolean {
  return edit.effectiveDate <= dateOfService && (edit.deletionDate === null || dateOfService < edit.deletionDate);
}

/**
 * Whether the modifiers on the two lines of an indicator-1 pair bypass the edit: CMS bypasses the edit when an NCCI
 * PTP-associated modifier is on either code of the pair. An anatomic modifier shows a separate site only when the
 * lines name different sites: RT on both lines is the same site and bypasses nothing.
 */
export function bypassesEdit(column1Modifiers: readonly string[], column2Modifiers: readonly string[]): boolean {
  const first = new Set(column1Modifiers.map((modifier) => modifier.toUpperCase()));
  const second = new Set(column2Modifiers.map((modifier) => modifier.toUpperCase()));
  if (NCCI_OTHER_MODIFIERS.some((modifier) => first.has(modifier) || second.has(modifier))) return true;
  const sites = (modifiers: Set<string>) => NCCI_ANATOMIC_MODIFIERS.filter((modifier) => modifiers.has(modifier));
  const firstSites = sites(first);
  const secondSites = sites(second);
  return firstSites.some((site) => !second.has(site)) || secondSites.some((site) => !first.has(site));
}

/**
 * The PTP conflicts among service lines: every pair of lines on the same date of service whose codes are the column 1
 * and column 2 codes of an edit active on that date. Indicator 9 edits do not apply; indicator 0 is never bypassed;
 * indicator 1 is bypassed by an NCCI-associated modifier ({@link bypassesEdit}). Ordered by column 2 line, then column 1 line.
 */
export function findPtpConflicts(lines: readonly EditedLine[], edits: readonly PtpEdit[]): PtpConflict[] {
  const byPair = new Map<string, PtpEdit[]>();
  for (const edit of edits) {
    const key = `${edit.column1}|${edit.column2}`;
    byPair.set(key, [...(byPair.get(key) ?? []), edit]);
  }
  const conflicts: PtpConflict[] = [];
  for (const second of lines) {
    for (const first of lines) {
      if (first === second || first.dateOfService !== second.dateOfService) continue;
      const code1 = first.procedureCode.toUpperCase();
      const code2 = second.procedureCode.toUpperCase();
      const edit = (byPair.get(`${code1}|${code2}`) ?? []).find((candidate) => ptpEditActiveOn(candidate, first.dateOfService));
      if (!edit || edit.modifierIndicator === '9') continue;
      const bypassed = edit.modifierIndicator === '1' && bypassesEdit(first.modifiers, second.modifiers);
      conflicts.push({
        column1Line: first.lineNumber,
        column2Line: second.lineNumber,
        column1: code1,
        column2: code2,
        dateOfService: first.dateOfService,
        modifierIndicator: edit.modifierIndicator,
        bypassedByModifier: bypassed,
        rationale: edit.rationale,
        message: conflictMessage(code1, code2, first.lineNumber, second.lineNumber, edit, bypassed),
      });
    }
  }
  return conflicts.sort((a, b) => a.column2Line - b.column2Line || a.column1Line - b.column1Line);
}

function conflictMessage(code1: string, code2: string, line1: number, line2: number, edit: PtpEdit, bypassed: boolean): string {
  const pair = `${code2} (line ${line2}) is bundled into ${code1} (line ${line1}) by an NCCI PTP edit${edit.rationale ? ` (${edit.rationale})` : ''}`;
  if (edit.modifierIndicator === '0') return `${pair}; no modifier allows both to be paid`;
  if (bypassed) return `${pair}; bypassed by an NCCI-associated modifier — the record must document the distinct service`;
  return `${pair}; both are paid only with an NCCI-associated modifier (59, XE, XS, XP, XU, 25, an anatomic modifier …) when the service is distinct`;
}

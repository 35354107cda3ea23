import { ValidationError, type ValidationIssue } from '@openrcm/sdk';
import { isCalendarDate } from '../time/calendar-date';
import { CLAIM_LEVEL_LINE_KEY } from './claim-denial-entry.entity';
import type { DenialCategoryRuleInput } from './denial-category.defaults';
import { normalizeCode } from './denial-category.match';
import type { ClaimDenial, DeniedAdjustment } from './denial.types';

/** One denial adjustment, at claim level or on a line, as the router counts and routes it. */
export interface DenialOccurrence {
  /** The claim line's id, `claim`, or `unmatched:<n>:<procedure>` for an 835 line that matched no claim line. */
  readonly lineKey: string;
  readonly claimLineId: string | null;
  /** Null at claim level. */
  readonly procedureCode: string | null;
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly remarkCodes: readonly string[];
  readonly amountCents: number;
}

/** A denial occurrence with the category rule that routed it. */
export interface RoutedDenial extends DenialOccurrence {
  readonly rule: DenialCategoryRuleInput;
}

/** The denial's adjustments, claim level first, then line by line; a malformed denial is a ValidationError naming the field. */
export function denialOccurrences(denial: ClaimDenial): DenialOccurrence[] {
  assertDenial(denial);
  const claimLevel = denial.claimAdjustments.map((adjustment) => occurrence(CLAIM_LEVEL_LINE_KEY, null, null, adjustment));
  const lines = denial.lines.flatMap((line, index) => {
    const procedureCode = line.procedureCode.trim().toUpperCase();
    const lineKey = line.claimLineId ?? `unmatched:${index + 1}:${procedureCode}`;
    return line.adjustments.map((adjustment) => occurrence(lineKey, line.claimLineId, procedureCode, adjustment));
  });
  return [...claimLevel, ...lines];
}

function occurrence(lineKey: string, claimLineId: string | null, procedureCode: string | null, adjustment: DeniedAdjustment): DenialOccurrence {
  return {
    lineKey,
    claimLineId,
    procedureCode,
    groupCode: normalizeCode(adjustment.groupCode),
    reasonCode: normalizeCode(adjustment.reasonCode),
    remarkCodes: [...new Set(adjustment.remarkCodes.map(normalizeCode).filter((code) => code !== ''))],
    amountCents: adjustment.amountCents,
  };
}

function assertDenial(denial: ClaimDenial): void {
  const issues: ValidationIssue[] = [];
  for (const field of ['claimId', 'patientId', 'payerRecordId', 'remittanceId'] as const) {
    if (typeof denial[field] !== 'string' || denial[field].trim() === '') issues.push({ field, message: 'required' });
  }
  if (!isCalendarDate(denial.receivedOn)) issues.push({ field: 'receivedOn', message: 'a calendar date, YYYY-MM-DD' });
  const checkAdjustments = (adjustments: readonly DeniedAdjustment[], prefix: string) =>
    adjustments.forEach((adjustment, index) => {
      const field = `${prefix}[${index}]`;
      if (!/^[A-Za-z]{2}$/.test(adjustment.groupCode?.trim() ?? '')) issues.push({ field: `${field}.groupCode`, message: 'a CAS group code (CO, OA, PI)' });
      if (!/^[A-Za-z0-9]{1,6}$/.test(adjustment.reasonCode?.trim() ?? '')) issues.push({ field: `${field}.reasonCode`, message: 'a CARC' });
      if (!Number.isSafeInteger(adjustment.amountCents)) issues.push({ field: `${field}.amountCents`, message: 'whole cents' });
    });
  checkAdjustments(denial.claimAdjustments, 'claimAdjustments');
  denial.lines.forEach((line, index) => {
    if (!line.procedureCode?.trim()) issues.push({ field: `lines[${index}].procedureCode`, message: 'required' });
    if (line.adjustments.length === 0) issues.push({ field: `lines[${index}].adjustments`, message: 'a denied line has at least one denial adjustment' });
    checkAdjustments(line.adjustments, `lines[${index}].adjustments`);
  });
  if (denial.claimAdjustments.length === 0 && denial.lines.length === 0) issues.push({ field: 'lines', message: 'no denial adjustment at claim or line level' });
  if (issues.length > 0) throw new ValidationError(issues);
}

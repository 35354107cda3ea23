import type { ValidationIssue } from '@openrcm/sdk';
import { isCalendarDate } from '../time/calendar-date';

/** A deposit as entered or imported. */
export interface DepositInput {
  readonly depositDate: string;
  readonly amountCents: number;
  readonly traceNumber?: string | null;
  readonly payerName?: string | null;
  readonly bankReference?: string | null;
  readonly note?: string | null;
}

/** The longest trace number, payer name or bank reference kept; a note may be longer. */
export const MAX_TEXT = 200;
export const MAX_NOTE = 2000;

/** The problems of a deposit's fields; `field` names each as the caller's input does (a JSON field, or a CSV cell). */
export function depositInputIssues(input: DepositInput, field: (name: keyof DepositInput) => string = (name) => name): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isCalendarDate(input.depositDate)) issues.push({ field: field('depositDate'), message: `"${input.depositDate}" is not a calendar date (YYYY-MM-DD)` });
  if (!Number.isSafeInteger(input.amountCents)) issues.push({ field: field('amountCents'), message: 'an integer number of cents' });
  else if (input.amountCents === 0) issues.push({ field: field('amountCents'), message: 'a deposit of zero is no deposit' });
  for (const name of ['traceNumber', 'payerName', 'bankReference'] as const) {
    if ((input[name]?.length ?? 0) > MAX_TEXT) issues.push({ field: field(name), message: `at most ${MAX_TEXT} characters` });
  }
  if ((input.note?.length ?? 0) > MAX_NOTE) issues.push({ field: field('note'), message: `at most ${MAX_NOTE} characters` });
  return issues;
}

/** A trace number as compared: trimmed and in capitals (banks and payers differ in case, never in digits). */
export function traceKey(trace: string | null | undefined): string | null {
  const key = trace?.trim().toUpperCase() ?? '';
  return key === '' ? null : key;
}

/** Text trimmed, empty as null. */
export function textOrNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

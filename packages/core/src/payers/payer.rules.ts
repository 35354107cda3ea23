import type { ValidationIssue } from '@openrcm/sdk';

/** SBR09 claim filing indicator codes of the 837P 5010 (005010X222A1). */
export const CLAIM_FILING_INDICATORS = [
  '11', '12', '13', '14', '15', '16', '17', 'AM', 'BL', 'CH', 'CI', 'DS', 'FI', 'HM', 'LM', 'MA', 'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ',
] as const;
export type ClaimFilingIndicator = (typeof CLAIM_FILING_INDICATORS)[number];

const SBR09 = new Set<string>(CLAIM_FILING_INDICATORS);
const PAYER_ID = /^[A-Z0-9]{2,80}$/;
const PROCEDURE_CODE = /^[A-Z0-9]{5}$/;

/** The payer's fields core checks without the database (plugins are checked by the service). */
export interface PayerFields {
  readonly name: string;
  readonly payerId: string;
  readonly claimFilingIndicator: string;
  readonly timelyFilingDays: number;
  readonly appealLimitDays: number;
  readonly followUpDays: number;
  readonly authorizationRequiredCodes: readonly string[];
}

/** The X12 payer id as stored: trimmed and upper-case. */
export function normalizePayerId(payerId: string): string {
  return payerId.trim().toUpperCase();
}

/** Why `payerId` is refused, or undefined when it is good. */
export function payerIdProblem(payerId: string): string | undefined {
  return PAYER_ID.test(payerId) ? undefined : `"${payerId}" is not a payer id: 2 to 80 letters A-Z and digits`;
}

/** Why `code` is refused as a claim filing indicator, or undefined when it is good. */
export function claimFilingIndicatorProblem(code: string): string | undefined {
  return SBR09.has(code) ? undefined : `"${code}" is not an SBR09 code (${CLAIM_FILING_INDICATORS.join(', ')})`;
}

/** Why `days` is refused as a number of days, or undefined when it is good. */
export function daysProblem(days: number): string | undefined {
  return Number.isSafeInteger(days) && days > 0 && days <= 3650 ? undefined : `${days} is not a number of days: a whole number from 1 to 3650`;
}

/** Why `days` is refused as the payer's follow-up days (1 to 365), or undefined when it is good. */
export function followUpDaysProblem(days: number): string | undefined {
  return Number.isSafeInteger(days) && days > 0 && days <= 365 ? undefined : `${days} is not a follow-up period: a whole number of days from 1 to 365`;
}

/** Why `name` is refused as a payer's name (2010BB NM103, at most 60 characters), or undefined when it is good. */
export function payerNameProblem(name: string): string | undefined {
  if (!name) return 'required';
  return name.length > 60 ? 'at most 60 characters' : undefined;
}

/** Normalizes the payer's fields (trimmed, upper-case codes, de-duplicated procedure codes) and lists every bad one. */
export function checkPayer(input: PayerFields): { readonly value: PayerFields; readonly issues: ValidationIssue[] } {
  const codes = input.authorizationRequiredCodes.map((code) => code.trim().toUpperCase());
  const value: PayerFields = {
    name: input.name.trim(),
    payerId: normalizePayerId(input.payerId),
    claimFilingIndicator: input.claimFilingIndicator.trim().toUpperCase(),
    timelyFilingDays: input.timelyFilingDays,
    appealLimitDays: input.appealLimitDays,
    followUpDays: input.followUpDays,
    authorizationRequiredCodes: [...new Set(codes)],
  };
  const problems: [keyof PayerFields, string | undefined][] = [
    ['name', payerNameProblem(value.name)],
    ['payerId', payerIdProblem(value.payerId)],
    ['claimFilingIndicator', claimFilingIndicatorProblem(value.claimFilingIndicator)],
    ['timelyFilingDays', daysProblem(value.timelyFilingDays)],
    ['appealLimitDays', daysProblem(value.appealLimitDays)],
    ['followUpDays', followUpDaysProblem(value.followUpDays)],
  ];
  const issues: ValidationIssue[] = problems.flatMap(([field, message]) => (message ? [{ field, message }] : []));
  codes.forEach((code, index) => {
    if (!PROCEDURE_CODE.test(code)) issues.push({ field: `authorizationRequiredCodes.${index}`, message: `"${code}" is not a procedure code: five letters A-Z and digits` });
  });
  return { value, issues };
}

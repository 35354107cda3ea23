import type { StatusCode277 } from '@openrcm/x12';

/**
 * Claim status category codes (STC01-1) of a 277CA, from the X12 external code list 507 "Health Care Claim Status
 * Category Code" (as published by X12/WPC; the acknowledgment categories A0–A8).
 */
export const STATUS_CATEGORIES: Readonly<Record<string, string>> = {
  A0: 'forwarded to another entity',
  A1: 'received',
  A2: 'accepted into the adjudication system',
  A3: 'returned as unprocessable',
  A4: 'not found',
  A5: 'split',
  A6: 'rejected for missing information',
  A7: 'rejected for invalid information',
  A8: 'rejected for a relational field in error',
};

/** Categories that accept the claim, and those that reject it (A0 forwarded and A5 split leave it as it is). */
export const ACCEPTING_CATEGORIES: readonly string[] = ['A1', 'A2'];
export const REJECTING_CATEGORIES: readonly string[] = ['A3', 'A4', 'A6', 'A7', 'A8'];

/** Claim status codes (STC01-2), from the X12 external code list 508 "Health Care Claim Status Code" — a few in use. */
export const STATUS_CODES: Readonly<Record<string, string>> = {
  '19': 'entity acknowledges receipt of the claim',
  '20': 'accepted for processing',
  '21': 'missing or invalid information',
  '116': 'claim submitted to the incorrect payer',
  '158': "entity's date of birth",
  '164': "entity's contract/member number",
  '178': 'submitted charges',
  '187': 'date(s) of service',
  '255': 'diagnosis code',
  '454': 'procedure code for services rendered',
  '562': "entity's National Provider Identifier (NPI)",
};

/** Entity identifier codes (STC01-3), from the X12 code list 98 — those a 277CA names on professional claims. */
export const ENTITY_CODES: Readonly<Record<string, string>> = {
  '40': 'receiver',
  '41': 'submitter',
  '77': 'service location',
  '82': 'rendering provider',
  '85': 'billing provider',
  DN: 'referring provider',
  IL: 'subscriber',
  PR: 'payer',
  QC: 'patient',
};

/** The claim field to fix for a status code (and entity), with where it sits in the 837P. */
const FIELDS_TO_FIX: Readonly<Record<string, string>> = {
  '164:IL': "the subscriber's member id on the coverage (837P 2010BA NM109)",
  '164': 'the member id on the coverage (837P 2010BA NM109)',
  '158:IL': "the subscriber's birth date (837P 2010BA DMG02)",
  '158:QC': "the patient's birth date (837P 2010CA DMG02)",
  '158': 'the birth date (837P DMG02)',
  '562:85': "the billing provider's NPI (837P 2010AA NM109)",
  '562:82': "the rendering provider's NPI (837P 2310B NM109)",
  '562': 'the NPI',
  '187': 'the date of service (837P 2400 DTP*472)',
  '116:PR': "the payer's id on the payer record (837P 2010BB NM109)",
  '116': "the payer's id on the payer record (837P 2010BB NM109)",
  '255': 'the diagnosis codes (837P HI)',
  '454': 'the procedure code (837P SV101)',
  '178': 'the charges (837P CLM02 / SV102)',
};

/** What the 277CA says of a claim: accepted, rejected, or neither (forwarded, split, a category not listed). */
export function statusOutcomeOf(status: StatusCode277): 'accepted' | 'rejected' | 'other' {
  if (ACCEPTING_CATEGORIES.includes(status.category)) return 'accepted';
  if (REJECTING_CATEGORIES.includes(status.category)) return 'rejected';
  return 'other';
}

/** The field to fix for a rejection status, or undefined when the table has none. */
export function fieldToFix(status: StatusCode277): string | undefined {
  return (status.entity ? FIELDS_TO_FIX[`${status.code}:${status.entity}`] : undefined) ?? FIELDS_TO_FIX[status.code];
}

/** One rejection status in words: `A7 rejected for invalid information: entity's contract/member number (subscriber) — fix …`. */
export function describeStatus(status: StatusCode277): string {
  const category = STATUS_CATEGORIES[status.category] ?? 'status';
  const code = STATUS_CODES[status.code] ?? `status code ${status.code}`;
  const entity = status.entity ? ` (${ENTITY_CODES[status.entity] ?? `entity ${status.entity}`})` : '';
  const field = fieldToFix(status);
  return `${status.category} ${category}: ${code}${entity}${field ? ` — fix ${field}` : ''}`;
}

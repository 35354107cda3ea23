import { ENTITY_CODES, STATUS_CATEGORIES as ACKNOWLEDGMENT_CATEGORIES, STATUS_CODES } from '../submissions/claim-status.codes';

/** What a 277 status category says of a claim, for the person following it up. */
export type ClaimStatusMeaning = 'acknowledged' | 'rejected' | 'pending' | 'information-requested' | 'finalized' | 'paid' | 'denied' | 'not-found' | 'error';

/**
 * Claim status category codes (STC01-1) a 277 answers a 276 with, from the X12 external code list 507 "Health Care
 * Claim Status Category Code" (the acknowledgment categories A0–A8 are shared with the 277CA).
 */
const CATEGORIES: Readonly<Record<string, { readonly label: string; readonly meaning: ClaimStatusMeaning }>> = {
  ...Object.fromEntries(
    Object.entries(ACKNOWLEDGMENT_CATEGORIES).map(([code, label]) => [code, { label, meaning: ['A3', 'A6', 'A7', 'A8'].includes(code) ? 'rejected' : code === 'A4' ? 'not-found' : 'acknowledged' }]),
  ),
  D0: { label: 'data search unsuccessful: the payer found no claim matching the inquiry', meaning: 'not-found' },
  E0: { label: 'response not possible: error in the inquiry', meaning: 'error' },
  E1: { label: "response not possible: the payer's system is unavailable", meaning: 'error' },
  E2: { label: 'response not possible: the information holder is not responding', meaning: 'error' },
  E3: { label: 'correction required: relational fields of the inquiry in error', meaning: 'error' },
  E4: { label: 'trading partner agreement requirement not met', meaning: 'error' },
  F0: { label: 'finalized: adjudication is complete and no more action will be taken', meaning: 'finalized' },
  F1: { label: 'finalized/payment: the claim has been paid', meaning: 'paid' },
  F2: { label: 'finalized/denial: the claim has been denied', meaning: 'denied' },
  F3: { label: 'finalized/revised: adjudication information has changed', meaning: 'finalized' },
  F3F: { label: 'finalized/forwarded: the claim was forwarded to another payer', meaning: 'finalized' },
  F3N: { label: 'finalized/not forwarded: the claim was not forwarded to another payer', meaning: 'finalized' },
  F4: { label: 'finalized/adjudication complete: no payment forthcoming', meaning: 'denied' },
  P0: { label: 'pending: adjudication or details', meaning: 'pending' },
  P1: { label: 'pending: in process', meaning: 'pending' },
  P2: { label: 'pending: payer review', meaning: 'pending' },
  P3: { label: 'pending: provider requested information', meaning: 'information-requested' },
  P4: { label: 'pending: patient requested information', meaning: 'information-requested' },
  P5: { label: 'pending: payer administrative or system hold', meaning: 'pending' },
};

/** What a category means (requests for information R0–R16 included); an unknown category is `pending`-like information only. */
export function meaningOf(category: string): ClaimStatusMeaning {
  if (/^R\d{1,2}$/.test(category)) return 'information-requested';
  return CATEGORIES[category]?.meaning ?? 'pending';
}

/** A status in words, e.g. `F2 finalized/denial: the claim has been denied — status code 88 (payer)`. */
export function describeClaimStatus(status: { readonly category: string; readonly code: string; readonly entity?: string | null }): string {
  const label = CATEGORIES[status.category]?.label ?? (/^R\d{1,2}$/.test(status.category) ? 'request for additional information' : 'status');
  const code = STATUS_CODES[status.code] ?? `status code ${status.code}`;
  const entity = status.entity ? ` (${ENTITY_CODES[status.entity] ?? `entity ${status.entity}`})` : '';
  return `${status.category} ${label} — ${code}${entity}`;
}

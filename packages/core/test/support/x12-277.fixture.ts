import { writeInterchange, type SegmentWriter } from '@openrcm/x12';

/** One claim a test payer answers about in a 277. */
export interface Answered277Claim {
  /** TRN02: the 276's trace echoed. */
  readonly traceNumber: string;
  readonly patientControlNumber: string;
  readonly status: { readonly category: string; readonly code: string; readonly entity?: string };
  /** STC02, YYYY-MM-DD. */
  readonly effectiveDate: string;
  readonly payerClaimNumber?: string;
  readonly chargeCents: number;
}

/**
 * A small 277 claim status response (005010X212) as a payer answers a 276 — @openrcm/x12 has a 277CA builder but no
 * 277 builder, so tests write this one: payer, receiver, provider, subscriber, then each claim's TRN*2, STC, REF*1K,
 * REF*EJ and DTP*472.
 */
export function write277Answer(claims: readonly Answered277Claim[], control = 900): string {
  const body = (w: SegmentWriter) => {
    w.seg('BHT', '0010', '08', 'ANSWER1', '20260504', '1400', 'DG');
    w.seg('HL', '1', undefined, '20', '1');
    w.seg('NM1', 'PR', '2', 'Acme Health', undefined, undefined, undefined, undefined, 'PI', 'ACME1');
    w.seg('HL', '2', '1', '21', '1');
    w.seg('NM1', '41', '2', 'Riverside Family Medicine', undefined, undefined, undefined, undefined, '46', 'RIVERSIDE01');
    w.seg('HL', '3', '2', '19', '1');
    w.seg('NM1', '1P', '2', 'Riverside Family Medicine', undefined, undefined, undefined, undefined, 'XX', '1234567893');
    w.seg('HL', '4', '3', '22', '0');
    w.seg('NM1', 'IL', '1', 'Patient', 'Test', undefined, undefined, undefined, 'MI', 'ACM1');
    for (const claim of claims) {
      w.seg('TRN', '2', claim.traceNumber);
      w.seg('STC', w.comp(claim.status.category, claim.status.code, claim.status.entity), claim.effectiveDate.replace(/-/g, ''), undefined, (claim.chargeCents / 100).toFixed(2));
      if (claim.payerClaimNumber) w.seg('REF', '1K', claim.payerClaimNumber);
      w.seg('REF', 'EJ', claim.patientControlNumber);
      w.seg('DTP', '472', 'D8', '20260302');
    }
  };
  return writeInterchange(
    { sender: { qualifier: 'ZZ', id: 'ACME1' }, receiver: { qualifier: 'ZZ', id: 'RIVERSIDE01' }, date: '2026-05-04', time: '14:00' },
    { functionalId: 'HN', version: '005010X212', setId: '277' },
    { interchange: control, group: control, transaction: 1 },
    [body],
  );
}

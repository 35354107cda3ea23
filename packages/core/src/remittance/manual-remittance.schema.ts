import { z } from 'zod';

/** CLP02 claim status codes a paper EOB can state (DOMAIN.md "835 posting semantics"). */
export const CLAIM_STATUS_CODES = ['1', '2', '3', '4', '19', '20', '21', '22', '23', '25'] as const;

/** CAS group codes (5010: CR was dropped). */
export const CAS_GROUP_CODES = ['CO', 'PR', 'OA', 'PI'] as const;

const cents = z.number().int('a whole number of cents').refine(Number.isSafeInteger, 'too large').describe('integer cents');
const nonNegativeCents = cents.refine((value) => value >= 0, 'not negative').describe('integer cents, not negative');
const code = (pattern: RegExp, what: string) => z.string().trim().toUpperCase().regex(pattern, what);
const isoDate = z.iso.date().describe('calendar date, YYYY-MM-DD');

const adjustmentSchema = z.object({
  groupCode: z.enum(CAS_GROUP_CODES).describe('CAS group: CO, PR, OA or PI'),
  reasonCode: code(/^[A-Z0-9]{1,5}$/, 'a CARC: 1 to 5 letters or digits').describe('CARC'),
  amountCents: cents.describe('integer cents; negative increases the payment'),
});

const lineSchema = z.object({
  lineItemControlNumber: z.string().trim().min(1).max(50).optional().describe('REF*6R as the claim line carries it'),
  procedureCode: code(/^[A-Z0-9]{5}$/, 'a procedure code: five letters or digits').describe('the procedure as billed'),
  modifiers: z.array(code(/^[A-Z0-9]{2}$/, 'a modifier: two letters or digits')).max(4).default([]),
  chargeCents: nonNegativeCents,
  paymentCents: cents,
  allowedCents: nonNegativeCents.optional(),
  units: z.number().int().positive().optional(),
  serviceDate: isoDate.optional(),
  remarkCodes: z.array(code(/^[A-Z0-9]{1,6}$/, 'a RARC: 1 to 6 letters or digits')).max(20).default([]),
  adjustments: z.array(adjustmentSchema).max(99).default([]),
});

const claimSchema = z.object({
  patientControlNumber: z.string().trim().min(1).max(38).describe('our claim number (CLM01) as the EOB shows it'),
  statusCode: z.enum(CLAIM_STATUS_CODES).describe('CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 19–21 crossed over, 22 reversal, 23 forwarded, 25 predetermination'),
  chargeCents: nonNegativeCents,
  paymentCents: cents,
  patientResponsibilityCents: cents.optional(),
  payerClaimNumber: z.string().trim().min(1).max(50).optional().describe("the payer's claim control number"),
  adjustments: z.array(adjustmentSchema).max(99).default([]).describe('claim-level adjustments'),
  lines: z.array(lineSchema).max(50).default([]),
});

const providerAdjustmentSchema = z.object({
  providerIdentifier: z.string().trim().min(1).max(80).describe('the provider the EOB names (NPI or tax id)'),
  fiscalPeriodDate: isoDate.optional().describe("the payer's fiscal period end (default: the check date)"),
  reasonCode: code(/^[A-Z0-9]{2}$/, 'a PLB reason code: two letters or digits (WO, L6, FB, CS, 72 …)'),
  reference: z.string().trim().min(1).max(50).optional().describe('the claim (our claim number or the payer’s) or other reference'),
  amountCents: cents.describe('integer cents; positive reduces the check'),
});

/**
 * A paper EOB keyed in: the check and what it paid, claim by claim and line by line, with the adjustments as the
 * EOB states them. It must balance as an 835 does — each line charge − Σ CAS = paid, each claim charge − Σ claim CAS −
 * Σ line CAS = paid, and the check = Σ paid − Σ provider-level adjustments — and each refusal names the field and
 * the figures.
 */
export const manualRemittanceSchema = z
  .object({
    checkNumber: z.string().trim().min(1).max(50).describe('the check (or EFT trace) number: the payment is posted once per payer and check'),
    checkDate: isoDate.describe('the check date'),
    payerRecordId: z.uuid().describe('the payer that sent the EOB'),
    paymentCents: cents.describe('the check amount'),
    claims: z.array(claimSchema).min(1).max(500),
    providerAdjustments: z.array(providerAdjustmentSchema).max(99).default([]),
  })
  .superRefine((remittance, issues) => {
    const report = (path: (string | number)[], message: string) => issues.addIssue({ code: 'custom', path, message });
    remittance.claims.forEach((claim, claimIndex) => {
      claim.lines.forEach((line, lineIndex) => {
        const cas = sum(line.adjustments);
        if (line.chargeCents - cas !== line.paymentCents) {
          report(['claims', claimIndex, 'lines', lineIndex, 'paymentCents'], `the line does not balance: charge ${line.chargeCents} − adjustments ${cas} = ${line.chargeCents - cas} cents, but ${line.paymentCents} is paid`);
        }
      });
      const claimCas = sum(claim.adjustments);
      const lineCas = claim.lines.reduce((total, line) => total + sum(line.adjustments), 0);
      if (claim.chargeCents - claimCas - lineCas !== claim.paymentCents) {
        report(
          ['claims', claimIndex, 'paymentCents'],
          `the claim does not balance: charge ${claim.chargeCents} − claim adjustments ${claimCas} − line adjustments ${lineCas} = ${claim.chargeCents - claimCas - lineCas} cents, but ${claim.paymentCents} is paid`,
        );
      }
    });
    const paid = remittance.claims.reduce((total, claim) => total + claim.paymentCents, 0);
    const plb = remittance.providerAdjustments.reduce((total, item) => total + item.amountCents, 0);
    if (paid - plb !== remittance.paymentCents) {
      report(['paymentCents'], `the check does not balance: claims paid ${paid} − provider-level adjustments ${plb} = ${paid - plb} cents, but the check is ${remittance.paymentCents}`);
    }
  });

/** A validated paper EOB. */
export type ManualRemittance = z.output<typeof manualRemittanceSchema>;

function sum(adjustments: readonly { readonly amountCents: number }[]): number {
  return adjustments.reduce((total, adjustment) => total + adjustment.amountCents, 0);
}

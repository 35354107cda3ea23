import type { components } from '../../api/schema';
import { formatCents, parseDollars } from '../../money/cents';

/** What `POST …/remittances/manual` takes. */
export type ManualRemittanceBody = components['schemas']['ManualRemittanceDto'];
export type ClaimStatusCode = ManualRemittanceBody['claims'][number]['statusCode'];
export type GroupCodeValue = NonNullable<ManualRemittanceBody['claims'][number]['adjustments']>[number]['groupCode'];

export interface AdjustmentDraft {
  readonly key: number;
  groupCode: GroupCodeValue;
  reasonCode: string;
  amount: string;
}

export interface LineDraft {
  readonly key: number;
  procedureCode: string;
  modifiers: string;
  remarks: string;
  serviceDate: string;
  charge: string;
  allowed: string;
  paid: string;
  adjustments: AdjustmentDraft[];
}

export interface ClaimDraft {
  readonly key: number;
  patientControlNumber: string;
  statusCode: ClaimStatusCode;
  payerClaimNumber: string;
  patientResponsibility: string;
  lines: LineDraft[];
}

/** A paper EOB as typed: amounts are the dollar text of the inputs. */
export interface EobDraft {
  payerRecordId: string;
  checkNumber: string;
  checkDate: string;
  amount: string;
  claims: ClaimDraft[];
}

/** Field path (as the server names it: `claims[0].lines[1].paymentCents`) → message. */
export type FieldErrors = Readonly<Record<string, string>>;

let nextKey = 1;
const key = () => nextKey++;

export const newAdjustment = (): AdjustmentDraft => ({ key: key(), groupCode: 'CO', reasonCode: '', amount: '' });
export const newLine = (): LineDraft => ({ key: key(), procedureCode: '', modifiers: '', remarks: '', serviceDate: '', charge: '', allowed: '', paid: '', adjustments: [] });
export const newClaim = (): ClaimDraft => ({ key: key(), patientControlNumber: '', statusCode: '1', payerClaimNumber: '', patientResponsibility: '', lines: [newLine()] });
export const emptyDraft = (): EobDraft => ({ payerRecordId: '', checkNumber: '', checkDate: '', amount: '', claims: [newClaim()] });

export const claimPath = (claim: number) => `claims[${claim}]`;
export const linePath = (claim: number, line: number) => `${claimPath(claim)}.lines[${line}]`;
export const adjustmentPath = (claim: number, line: number, adjustment: number) => `${linePath(claim, line)}.adjustments[${adjustment}]`;

/** Reads the draft into the request body, checking what can be checked here: required fields, amounts, and that every line, claim and the check balance. */
export function readDraft(draft: EobDraft): { body: ManualRemittanceBody | null; errors: FieldErrors } {
  const errors: Record<string, string> = {};
  const required = (path: string, value: string, what: string) => {
    if (value.trim() === '') errors[path] = `${what} is required`;
    return value.trim();
  };
  const money = (path: string, text: string, optional = false): number | undefined => {
    if (text.trim() === '') {
      if (!optional) errors[path] = 'an amount is required';
      return undefined;
    }
    const cents = parseDollars(text);
    if (cents === null) errors[path] = 'an amount in dollars and cents, such as 125.00';
    return cents ?? undefined;
  };

  const payerRecordId = required('payerRecordId', draft.payerRecordId, 'the payer');
  const checkNumber = required('checkNumber', draft.checkNumber, 'the check number');
  const checkDate = required('checkDate', draft.checkDate, 'the check date');
  const paymentCents = money('paymentCents', draft.amount);

  const claims = draft.claims.map((claim, claimIndex) => {
    const lines = claim.lines.map((line, lineIndex) => {
      const path = linePath(claimIndex, lineIndex);
      const adjustments = line.adjustments.map((adjustment, adjustmentIndex) => {
        const at = adjustmentPath(claimIndex, lineIndex, adjustmentIndex);
        return { groupCode: adjustment.groupCode, reasonCode: required(`${at}.reasonCode`, adjustment.reasonCode, 'the reason code').toUpperCase(), amountCents: money(`${at}.amountCents`, adjustment.amount) ?? 0 };
      });
      const chargeCents = money(`${path}.chargeCents`, line.charge) ?? 0;
      const paid = money(`${path}.paymentCents`, line.paid) ?? 0;
      const allowedCents = money(`${path}.allowedCents`, line.allowed, true);
      const adjusted = adjustments.reduce((sum, adjustment) => sum + adjustment.amountCents, 0);
      if (!errors[`${path}.paymentCents`] && !errors[`${path}.chargeCents`] && chargeCents !== paid + adjusted) {
        errors[`${path}.paymentCents`] = `the line does not balance: charge ${formatCents(chargeCents)} should equal paid ${formatCents(paid)} + adjustments ${formatCents(adjusted)} (${formatCents(paid + adjusted)})`;
      }
      const codes = (text: string) => text.split(/[\s,:]+/).filter(Boolean).map((code) => code.toUpperCase());
      return {
        procedureCode: required(`${path}.procedureCode`, line.procedureCode, 'the procedure code').toUpperCase(),
        modifiers: codes(line.modifiers),
        remarkCodes: codes(line.remarks),
        chargeCents,
        paymentCents: paid,
        ...(allowedCents !== undefined && { allowedCents }),
        ...(line.serviceDate ? { serviceDate: line.serviceDate } : {}),
        adjustments,
      };
    });
    const path = claimPath(claimIndex);
    if (lines.length === 0) errors[`${path}.lines`] = 'a claim needs at least one service line';
    const patientResponsibilityCents = money(`${path}.patientResponsibilityCents`, claim.patientResponsibility, true);
    return {
      patientControlNumber: required(`${path}.patientControlNumber`, claim.patientControlNumber, 'the claim number'),
      statusCode: claim.statusCode,
      chargeCents: lines.reduce((sum, line) => sum + line.chargeCents, 0),
      paymentCents: lines.reduce((sum, line) => sum + line.paymentCents, 0),
      ...(patientResponsibilityCents !== undefined && { patientResponsibilityCents }),
      ...(claim.payerClaimNumber.trim() ? { payerClaimNumber: claim.payerClaimNumber.trim() } : {}),
      adjustments: [],
      lines,
    };
  });
  if (claims.length === 0) errors['claims'] = 'an EOB needs at least one claim';

  const paid = claims.reduce((sum, claim) => sum + claim.paymentCents, 0);
  if (paymentCents !== undefined && !errors['paymentCents'] && paymentCents !== paid) {
    errors['paymentCents'] = `the check does not balance: the claims paid ${formatCents(paid)}, the check is ${formatCents(paymentCents)}`;
  }
  if (Object.keys(errors).length > 0 || paymentCents === undefined) return { body: null, errors };
  return { body: { payerRecordId, checkNumber, checkDate, paymentCents, claims, providerAdjustments: [] }, errors };
}

/** Totals shown beside the form as the EOB is typed: what the claims paid against the check. */
export function draftTotals(draft: EobDraft): { paidCents: number; checkCents: number | null } {
  const paidCents = draft.claims.reduce((sum, claim) => sum + claim.lines.reduce((lineSum, line) => lineSum + (parseDollars(line.paid) ?? 0), 0), 0);
  return { paidCents, checkCents: parseDollars(draft.amount) };
}

import type { ManualRemittance } from './manual-remittance.schema';
import type { RemittanceInput } from './remittance-input';

/** The payer a paper EOB came from. */
export interface EobPayer {
  readonly name: string;
  /** Its payer id: the EOB's trace originator, as TRN03 is an 835's. */
  readonly payerId: string;
}

/**
 * A paper EOB as posting input, shaped as the same 835 would be: the check number is the trace (TRN02), the payer's
 * id its originator (TRN03), so the same check keyed twice is a duplicate. `receivedOn` is the accounting date.
 */
export function remittanceInputOfEob(eob: ManualRemittance, payer: EobPayer, receivedOn: string): RemittanceInput {
  return {
    source: 'manual',
    x12FileId: null,
    transactionControlNumber: null,
    traceNumber: eob.checkNumber,
    traceOriginator: payer.payerId,
    payerName: payer.name,
    payerIdentifier: payer.payerId,
    payeeIdentifier: null,
    handlingCode: eob.paymentCents === 0 ? 'H' : 'C',
    method: eob.paymentCents === 0 ? 'NON' : 'CHK',
    paymentCents: eob.paymentCents,
    paymentDate: eob.checkDate,
    receivedOn,
    claims: eob.claims.map((claim) => ({
      patientControlNumber: claim.patientControlNumber,
      statusCode: claim.statusCode,
      chargeCents: claim.chargeCents,
      paymentCents: claim.paymentCents,
      patientResponsibilityCents: claim.patientResponsibilityCents ?? null,
      payerClaimNumber: claim.payerClaimNumber ?? null,
      crossoverPayer: null,
      adjustments: claim.adjustments.map((cas) => ({ ...cas, quantity: null })),
      lines: claim.lines.map((line) => ({
        procedureCode: line.procedureCode,
        modifiers: [...line.modifiers],
        chargeCents: line.chargeCents,
        paymentCents: line.paymentCents,
        allowedCents: line.allowedCents ?? null,
        units: line.units ?? null,
        serviceDate: line.serviceDate ?? null,
        lineItemControlNumber: line.lineItemControlNumber ?? null,
        remarkCodes: [...line.remarkCodes],
        adjustments: line.adjustments.map((cas) => ({ ...cas, quantity: null })),
      })),
    })),
    providerAdjustments: eob.providerAdjustments.map((item) => ({
      providerIdentifier: item.providerIdentifier,
      fiscalPeriodDate: item.fiscalPeriodDate ?? eob.checkDate,
      reasonCode: item.reasonCode,
      reference: item.reference ?? null,
      amountCents: item.amountCents,
    })),
  };
}

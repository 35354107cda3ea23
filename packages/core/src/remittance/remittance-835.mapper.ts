import type { Remittance835 } from '@openrcm/x12';
import type { CasInput, RemittanceInput } from './remittance-input';

/** An 835 transaction as posting input; `receivedOn` is the accounting date of its entries. */
export function remittanceInputOf835(remittance: Remittance835, receivedOn: string, x12FileId: string | null): RemittanceInput {
  const payer = remittance.payer;
  const payerReference = payer?.references.find((reference) => reference.qualifier === '2U')?.value;
  return {
    source: 'x12',
    x12FileId,
    transactionControlNumber: remittance.controlNumber,
    traceNumber: remittance.trace?.number ?? `ST${remittance.controlNumber}`,
    traceOriginator: remittance.trace?.originatorId ?? payer?.id ?? payer?.name ?? 'unknown',
    payerName: payer?.name ?? 'unknown payer',
    payerIdentifier: payer?.id ?? payerReference ?? null,
    payeeIdentifier: remittance.payee?.id ?? null,
    handlingCode: remittance.payment.handlingCode,
    method: remittance.payment.method,
    paymentCents: remittance.payment.creditDebit === 'D' ? -remittance.payment.amountCents : remittance.payment.amountCents,
    paymentDate: remittance.payment.date ?? null,
    receivedOn,
    claims: remittance.claims.map((claim) => {
      const crossover = claim.names.find((name) => name.entity === 'TT');
      return {
        patientControlNumber: claim.patientControlNumber,
        statusCode: claim.status,
        chargeCents: claim.chargeCents,
        paymentCents: claim.paymentCents,
        patientResponsibilityCents: claim.patientResponsibilityCents ?? null,
        payerClaimNumber: claim.payerClaimControlNumber ?? null,
        crossoverPayer: crossover ? { name: crossover.lastName ?? crossover.id ?? 'crossover payer', id: crossover.id ?? null } : null,
        adjustments: claim.adjustments.map(toCas),
        lines: claim.lines.map((line) => {
          const billed = line.originalProcedure ?? line.procedure;
          return {
            procedureCode: billed.code,
            modifiers: [...billed.modifiers],
            chargeCents: line.chargeCents,
            paymentCents: line.paymentCents,
            allowedCents: line.allowedCents ?? null,
            units: line.originalUnits ?? line.units ?? null,
            serviceDate: line.serviceDate ?? line.serviceStartDate ?? null,
            lineItemControlNumber: line.lineItemControlNumber ?? null,
            remarkCodes: line.remarks.filter((remark) => remark.qualifier === 'HE').map((remark) => remark.code),
            adjustments: line.adjustments.map(toCas),
          };
        }),
      };
    }),
    providerAdjustments: remittance.providerAdjustments.flatMap((plb) =>
      plb.items.map((item) => ({ providerIdentifier: plb.providerId, fiscalPeriodDate: plb.fiscalPeriodDate, reasonCode: item.reason, reference: item.reference ?? null, amountCents: item.amountCents })),
    ),
  };
}

function toCas(adjustment: { group: string; reason: string; amountCents: number; quantity?: number }): CasInput {
  return { groupCode: adjustment.group, reasonCode: adjustment.reason, amountCents: adjustment.amountCents, quantity: adjustment.quantity ?? null };
}

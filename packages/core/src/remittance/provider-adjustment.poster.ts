import { payerAccount } from '../ledger/ledger-account';
import type { LedgerPosting } from '../ledger/ledger.writer';
import { allocateCents } from './allocation';
import type { ClaimPaymentScope } from './claim-payment.poster';
import { ProviderAdjustment, type ProviderAdjustmentDisposition } from './provider-adjustment.entity';
import type { ProviderAdjustmentInput } from './remittance-input';

/**
 * Posts one PLB amount (DOMAIN.md): a WO overpayment recovery is taken from the referenced claim (as a negative
 * payment on its lines, so its balance shows what the payer took back); L6 is interest; FB a forwarding balance
 * tracked with its reference; anything else (CS, 72, …) goes to the provider-level account with its reference. A WO
 * whose reference names no claim here goes to the provider-level account, with a warning.
 */
export function postProviderAdjustment(scope: ClaimPaymentScope, item: ProviderAdjustmentInput, position: number, payerRecordId: string | null): void {
  const { rows, context, ledger, records, remittance } = scope;
  const claim = item.reference ? (records.claimsByNumber.get(item.reference) ?? records.claimsByPayerNumber.get(item.reference)) : undefined;
  const disposition = dispositionOf(item.reasonCode, claim !== undefined);
  const row = rows.create(ProviderAdjustment, {
    organizationId: context.organizationId,
    remittanceId: remittance.id,
    position,
    providerIdentifier: item.providerIdentifier,
    fiscalPeriodDate: item.fiscalPeriodDate,
    reasonCode: item.reasonCode,
    reference: item.reference ?? null,
    amountCents: item.amountCents,
    disposition,
    claimId: claim?.id ?? null,
  });
  const posting: LedgerPosting = { source: 'remittance', sourceId: remittance.id, sourceItemId: row.id, effectiveDate: remittance.receivedOn, reference: item.reference ?? remittance.traceNumber };
  if (disposition === 'recoupment' && claim) {
    const lines = records.linesByClaim.get(claim.id) ?? [];
    const shares = allocateCents(item.amountCents, lines.map((line) => line.chargeCents));
    lines.forEach((line, index) => {
      const share = shares[index] as number;
      if (share === 0) return;
      const account = payerAccount(line.chargeId, claim.patientId, claim.coverageId, claim.payerRecordId);
      ledger.pay(rows, context, posting, { account, line: { claimId: claim.id, claimLineId: line.id }, amountCents: -share, groupCode: 'WO' });
    });
    return;
  }
  if (item.reasonCode === 'WO') {
    scope.warnings.push({ code: 'RECOUPMENT_UNMATCHED', message: `PLB #${position} WO ${item.reference ?? '(no reference)'}: no claim has that patient control number or payer claim number; posted to the provider-level account` });
  }
  ledger.provider(rows, context, posting, { kind: disposition === 'interest' ? 'interest' : 'provider-adjustment', payerRecordId, reasonCode: item.reasonCode, claimId: claim?.id ?? null, amountCents: item.amountCents });
}

function dispositionOf(reasonCode: string, claimFound: boolean): ProviderAdjustmentDisposition {
  if (reasonCode === 'WO' && claimFound) return 'recoupment';
  if (reasonCode === 'L6') return 'interest';
  if (reasonCode === 'FB') return 'forwarding-balance';
  return 'provider-account';
}

import type { ClaimAcknowledgmentInput, ClaimAcknowledgmentItem, ClaimBatch837P, Claim837P } from '@openrcm/x12';
import type { ClaimRejection } from './claim-rejection';

/** The 277CA item of one claim: accepted into adjudication (A2:20 with REF*1K) or rejected with the reason. */
export function acknowledgmentItemOf(claim: Claim837P, icn: string, rejection: ClaimRejection | undefined): ClaimAcknowledgmentItem {
  const patient = claim.patient ?? claim.subscriber;
  const dates = claim.lines.flatMap((l) => [l.serviceDate, l.serviceDateEnd ?? l.serviceDate]).sort();
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? first;
  return {
    patientControlNumber: claim.patientControlNumber,
    patient: { lastName: patient.lastName, ...(patient.firstName ? { firstName: patient.firstName } : {}), memberId: claim.subscriber.memberId },
    status: rejection ? { ...rejection.status } : { category: 'A2', code: '20' },
    chargeCents: claim.chargeCents, serviceDate: first, ...(last !== first ? { serviceDateEnd: last } : {}),
    ...(rejection ? { message: rejection.message } : { payerClaimControlNumber: icn }),
  };
}

/** One 277CA transaction for the claims of one billing provider sent to one payer. */
export function acknowledgment277Of(
  batch: ClaimBatch837P, payer: { name: string; id: string }, referenceId: string, now: string, items: ClaimAcknowledgmentItem[],
): ClaimAcknowledgmentInput {
  const bp = batch.billingProvider;
  const providerName = bp.entityType === '1' && bp.firstName ? `${bp.lastName} ${bp.firstName}` : bp.lastName;
  return {
    referenceId, createdDate: now.slice(0, 10), createdTime: now.slice(11, 16), payer,
    receiver: { name: batch.submitter.name || 'SUBMITTER', id: batch.submitter.id || 'UNKNOWN' },
    provider: { name: providerName, npi: bp.npi }, receivedDate: now.slice(0, 10), claims: items,
  };
}

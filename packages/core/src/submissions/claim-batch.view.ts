import type { Claim } from '../claims/claim.entity';
import type { ClaimBatch } from './claim-batch.entity';

/** A claim batch as the API shows it. */
export function toClaimBatchView(batch: ClaimBatch) {
  return {
    id: batch.id,
    pluginId: batch.pluginId,
    payerRecordId: batch.payerRecordId,
    fileName: batch.fileName,
    interchangeControlNumber: batch.interchangeControlNumber,
    groupControlNumber: batch.groupControlNumber,
    claimIds: batch.claimIds,
    state: batch.state,
    reference: batch.reference,
    submittedAt: batch.submittedAt,
    lastError: batch.lastError,
    createdAt: batch.createdAt,
  };
}

/** A claim on the late-submission worklist. */
export function toLateClaimView(claim: Claim, now: Date = new Date()) {
  const hours = Math.floor((now.getTime() - Date.parse(`${claim.dateOfService}T00:00:00Z`)) / 3_600_000);
  return {
    id: claim.id,
    patientControlNumber: claim.patientControlNumber,
    patientId: claim.patientId,
    payerRecordId: claim.payerRecordId,
    dateOfService: claim.dateOfService,
    state: claim.state,
    totalChargeCents: claim.totalChargeCents,
    hoursSinceService: hours,
  };
}

import { OperationResults, type ClearinghouseConnector, type OperationResult, type SubmissionReceipt } from '@openrcm/sdk';
import type { CoreRealtimeClient } from './core-realtime.client';

/** The connector's id, as core and the admin app name it. */
export const CONNECTOR_ID = 'clearinghouse-generic';

/**
 * A clearinghouse connector for receivers that speak the CAQH CORE real-time envelope: 270/271 eligibility and
 * 276/277 claim status. Batch claim submission and inbound documents (SFTP/HTTPS) are not built yet, so their
 * capabilities are off and `submitBatch` answers a non-retryable exception instead of pretending to submit.
 */
export function createGenericConnector(client: CoreRealtimeClient): ClearinghouseConnector {
  return {
    id: CONNECTOR_ID,
    capabilities: { submitClaims: false, receiveDocuments: false, realTimeEligibility: true, claimStatus: true },
    async submitBatch(): Promise<OperationResult<SubmissionReceipt>> {
      return OperationResults.exception(`${CONNECTOR_ID} does not submit claim batches yet (submitClaims is false)`, false);
    },
    checkEligibility: async (_context, x12) => client.exchange('eligibility', x12),
    checkClaimStatus: async (_context, x12) => client.exchange('claimStatus', x12),
  };
}

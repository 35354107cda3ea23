import { OperationResults, type ClearinghouseConnector, type InboundDocument, type OperationResult } from '@openrcm/sdk';
import type { BatchSubmitter } from './batch-submitter';
import type { CoreRealtimeClient } from './core-realtime.client';
import type { InboundFetcher } from './inbound-fetcher';
import { TransportError } from './transports';

/** The connector's id, as core and the admin app name it. */
export const CONNECTOR_ID = 'clearinghouse-generic';

/** What the settings configured: a real-time client, a batch submitter, an inbound fetcher — each optional. */
export interface GenericConnectorParts {
  /** Real-time 270/271 and 276/277, when `realTime` is configured. */
  readonly realTime?: CoreRealtimeClient;
  /** 837P batches, when a `transport` is configured. */
  readonly submitter?: BatchSubmitter;
  /** Inbound documents, when the transport receives (folder, SFTP). */
  readonly inbound?: InboundFetcher;
}

async function fetchWith(inbound: InboundFetcher): Promise<OperationResult<readonly InboundDocument[]>> {
  try {
    return OperationResults.success(await inbound.fetch());
  } catch (error) {
    if (error instanceof TransportError) return OperationResults.exception(error.message, error.retryable);
    throw error;
  }
}

/**
 * A clearinghouse connector with what the settings configure: 837P batches out and 999/TA1/277CA/277/835/271 in
 * over a folder, SFTP or HTTPS transport, and real-time 270/271 and 276/277 over the CAQH CORE envelope. The
 * capabilities say which; a method whose part is not configured answers a non-retryable exception.
 */
export function createGenericConnector(parts: GenericConnectorParts): ClearinghouseConnector {
  const { realTime, submitter, inbound } = parts;
  const notConfigured = (what: string) => OperationResults.exception(`${CONNECTOR_ID}: ${what} is not configured`, false);
  return {
    id: CONNECTOR_ID,
    capabilities: { submitClaims: !!submitter, receiveDocuments: !!inbound, realTimeEligibility: !!realTime, claimStatus: !!realTime },
    submitBatch: async (_context, batch) => (submitter ? submitter.submit(batch) : notConfigured('batch submission (transport)')),
    fetchInbound: async () => (inbound ? fetchWith(inbound) : notConfigured('receiving documents (a folder or sftp transport)')),
    checkEligibility: async (_context, x12) => (realTime ? realTime.exchange('eligibility', x12) : notConfigured('real-time eligibility (realTime)')),
    checkClaimStatus: async (_context, x12) => (realTime ? realTime.exchange('claimStatus', x12) : notConfigured('real-time claim status (realTime)')),
  };
}

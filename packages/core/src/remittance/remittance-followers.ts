import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@openrcm/sdk';
import type { AdjustmentDisposition } from './remittance-adjustment.entity';
import type { ClaimRecord } from './posting-records';

/** One CAS amount as posted, on a claim line or (claimLineId null) at claim level. */
export interface PostedAdjustment {
  readonly claimLineId: string | null;
  readonly procedureCode: string | null;
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly amountCents: number;
  readonly remarkCodes: readonly string[];
  readonly disposition: AdjustmentDisposition;
}

/** A claim payment just posted, as the work that follows posting sees it (inside the posting transaction). */
export interface PostedClaimPayment {
  readonly remittanceId: string;
  readonly remittanceClaimId: string;
  readonly receivedOn: string;
  readonly claim: ClaimRecord;
  /** The coverage whose accounts it posted to (the claim's own, or the next one for a crossover's second payer). */
  readonly coverageId: string;
  readonly payerRecordId: string;
  readonly statusCode: string;
  /** CLP07. */
  readonly payerClaimNumber: string | null;
  readonly reversal: boolean;
  /** The payer already forwarded the claim to the next payer (CLP02 19–21): no secondary claim is to be sent. */
  readonly crossover: boolean;
  /** The coverage the PR amounts went to, when there is one. */
  readonly nextCoverageId: string | null;
  readonly adjustments: readonly PostedAdjustment[];
}

/**
 * Work that follows a check's claim payments in the same transaction — the secondary claims, the follow-up items.
 * It gets every claim payment of the check at once (a check may hold thousands: work on them in bulk). A follower
 * that throws rolls the whole check back.
 */
export interface RemittanceFollower {
  afterClaimPayments(context: RequestContext, payments: readonly PostedClaimPayment[], em: EntityManager): Promise<void>;
}

/** Injection token of the followers, in the order they run. */
export const REMITTANCE_FOLLOWERS = Symbol('REMITTANCE_FOLLOWERS');

import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** Whether the payer answered the 276 with a status for the claim, or the inquiry got no usable answer. */
export type ClaimStatusInquiryOutcome = 'answered' | 'failed';

/**
 * One claim status inquiry (276) sent through the claim's clearinghouse connector, and what its 277 said of the claim:
 * the first STC's status (category, code, entity), its effective date, and the payer's claim number. The 276 and the
 * 277 are archived as X12 files. The answer is information for the follow-up item; it never moves the claim.
 */
@Entity({ tableName: 'claim_status_inquiry' })
@Index({ name: 'claim_status_inquiry_claim_index', properties: ['organizationId', 'claimId', 'createdAt'] })
export class ClaimStatusInquiry extends TenantEntity<
  'responseFileId' | 'statusCategory' | 'statusCode' | 'statusEntity' | 'effectiveDate' | 'payerClaimNumber' | 'error'
> {
  @Property({ type: 'uuid', fieldName: 'claim_id' })
  claimId!: string;

  /** The clearinghouse plugin the inquiry went through. */
  @Property({ type: 'text', fieldName: 'plugin_id' })
  pluginId!: string;

  /** TRN02 of the 276, which the 277 echoes. */
  @Property({ type: 'text', fieldName: 'trace_number' })
  traceNumber!: string;

  /** Who asked: a user's or API key's id, or the follow-up job. */
  @Property({ type: 'text', fieldName: 'requested_by' })
  requestedBy!: string;

  /** The archived 276 (an outbound X12 file). */
  @Property({ type: 'uuid', fieldName: 'request_file_id' })
  requestFileId!: string;

  /** The archived 277, when one came back. */
  @Property({ type: 'uuid', fieldName: 'response_file_id', nullable: true })
  responseFileId: string | null = null;

  @Property({ type: 'text' })
  outcome!: ClaimStatusInquiryOutcome;

  /** STC01-1, e.g. `P1` pending, `F1` finalized/payment, `F2` finalized/denial, `A7` rejected. */
  @Property({ type: 'text', fieldName: 'status_category', nullable: true })
  statusCategory: string | null = null;

  /** STC01-2 (code list 508). */
  @Property({ type: 'text', fieldName: 'status_code', nullable: true })
  statusCode: string | null = null;

  /** STC01-3 (code list 98), when sent. */
  @Property({ type: 'text', fieldName: 'status_entity', nullable: true })
  statusEntity: string | null = null;

  /** STC02: the date the status took effect, YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'effective_date', nullable: true })
  effectiveDate: string | null = null;

  /** REF*1K of the 277. */
  @Property({ type: 'text', fieldName: 'payer_claim_number', nullable: true })
  payerClaimNumber: string | null = null;

  /** Why there is no status (the connector's refusal or exception, or a 277 that does not answer this claim). */
  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}

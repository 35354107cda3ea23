import { BigIntType, Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/** The line key of a claim-level denial. */
export const CLAIM_LEVEL_LINE_KEY = 'claim';

/**
 * One denial counted: a denial adjustment of one claim line (or of the claim) in one remittance, with the category
 * it was routed to. Denials are counted per claim and per line from these rows; re-posting a remittance adds none.
 */
@Entity({ tableName: 'claim_denial' })
@Unique({ name: 'claim_denial_remittance_unique', properties: ['organizationId', 'remittanceId', 'claimId', 'lineKey', 'groupCode', 'reasonCode'] })
@Index({ name: 'claim_denial_claim_index', properties: ['organizationId', 'claimId'] })
@Index({ name: 'claim_denial_pattern_index', properties: ['organizationId', 'payerRecordId', 'reasonCode', 'procedureCode', 'receivedOn'] })
@Audited<ClaimDenialEntry>({ recordType: 'claim-denial', patientIdOf: (entry) => entry.patientId })
export class ClaimDenialEntry extends TenantEntity<'claimLineId' | 'procedureCode' | 'workItemId'> {
  @Property({ type: 'uuid', fieldName: 'claim_id' })
  claimId!: string;

  /** The claim line denied; null for a claim-level denial or an 835 line that matched no claim line. */
  @Property({ type: 'uuid', fieldName: 'claim_line_id', nullable: true })
  claimLineId: string | null = null;

  /** The claim line's id, `claim` for a claim-level denial, or `unmatched:<n>:<procedure>` for an unmatched 835 line. */
  @Property({ type: 'text', fieldName: 'line_key' })
  lineKey!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'uuid', fieldName: 'payer_record_id' })
  payerRecordId!: string;

  /** The remittance (835 claim payment) that carried the denial. */
  @Property({ type: 'text', fieldName: 'remittance_id' })
  remittanceId!: string;

  /** Calendar date the remittance was received. */
  @Property({ type: 'text', fieldName: 'received_on' })
  receivedOn!: string;

  /** The line's procedure code; null for a claim-level denial. */
  @Property({ type: 'text', fieldName: 'procedure_code', nullable: true })
  procedureCode: string | null = null;

  @Property({ type: 'text', fieldName: 'group_code' })
  groupCode!: string;

  @Property({ type: 'text', fieldName: 'reason_code' })
  reasonCode!: string;

  @Property({ type: 'json', fieldName: 'remark_codes' })
  remarkCodes!: string[];

  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  @Property({ type: 'text' })
  category!: string;

  /** The denial work item it was routed to. */
  @Property({ type: 'uuid', fieldName: 'work_item_id', nullable: true })
  workItemId: string | null = null;
}

import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** Where a batch stands: written and queued, delivered to the clearinghouse, or refused by it for good. */
export type ClaimBatchState = 'pending' | 'submitted' | 'failed';

/** The claims of one 837P interchange sent to one payer through one clearinghouse connector. */
@Entity({ tableName: 'claim_batch' })
@Index({ name: 'claim_batch_group_index', properties: ['organizationId', 'groupControlNumber'] })
export class ClaimBatch extends TenantEntity<'state' | 'reference' | 'submittedAt' | 'lastError'> {
  @Property({ type: 'text', fieldName: 'plugin_id' })
  pluginId!: string;

  @Property({ type: 'uuid', fieldName: 'payer_record_id' })
  payerRecordId!: string;

  @Property({ type: 'text', fieldName: 'file_name' })
  fileName!: string;

  /** ISA13 of the interchange. */
  @Property({ type: 'text', fieldName: 'interchange_control_number' })
  interchangeControlNumber!: string;

  /** GS06 of the interchange's group, which a 999 names in AK102. */
  @Property({ type: 'text', fieldName: 'group_control_number' })
  groupControlNumber!: string;

  @Property({ type: 'json', fieldName: 'claim_ids' })
  claimIds!: string[];

  @Property({ type: 'text' })
  state: ClaimBatchState = 'pending';

  /** The clearinghouse's receipt reference. */
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'submitted_at', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'text', fieldName: 'last_error', nullable: true })
  lastError: string | null = null;
}

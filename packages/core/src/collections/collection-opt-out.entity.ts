import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** A channel a debtor may opt out of: email, text, or telephone calls. */
export const OPT_OUT_CHANNELS = ['email', 'text', 'phone'] as const;
export type OptOutChannel = (typeof OPT_OUT_CHANNELS)[number];

/** A debtor's request to stop collection communications by a channel, honoured from the instant it is recorded. */
@Entity({ tableName: 'collection_opt_out' })
@Index({ name: 'collection_opt_out_patient_index', properties: ['organizationId', 'patientId', 'channel'] })
export class CollectionOptOut extends TenantEntity<'note'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'text' })
  channel!: OptOutChannel;

  @Property({ type: 'timestamptz', fieldName: 'opted_out_at' })
  optedOutAt!: Date;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text', fieldName: 'recorded_by' })
  recordedBy!: string;
}

import { BlobType, Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** What a collection communication was: the validation notice, an email, or a telephone call. */
export const COLLECTION_COMMUNICATION_KINDS = ['validation-notice', 'email', 'call'] as const;
export type CollectionCommunicationKind = (typeof COLLECTION_COMMUNICATION_KINDS)[number];

/** Details of a telephone call (Regulation F's call limits read them). */
export interface CallDetails {
  readonly initiatedBy: 'collector' | 'consumer';
  readonly connected: boolean;
  readonly conversation: boolean;
  readonly consentGivenAt: string | null;
  /** The placements (debts) the call was about. */
  readonly debtIds: readonly string[];
}

/**
 * The communication log of collections, kept as written (a trigger refuses updates and deletes) until
 * `retainUntil` — three years after the communication (Regulation F's record retention counts from the last
 * collection activity, so an account's log is kept at least as long as its newest row). A communication the rules
 * stopped is logged too, as `refused` with the rule.
 */
@Entity({ tableName: 'collection_communication' })
@Index({ name: 'collection_communication_patient_index', properties: ['organizationId', 'patientId', 'occurredAt'] })
export class CollectionCommunication extends TenantEntity<'placementId' | 'reason' | 'details' | 'document'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'uuid', fieldName: 'placement_id', nullable: true })
  placementId: string | null = null;

  @Property({ type: 'text' })
  kind!: CollectionCommunicationKind;

  /** `mail` (a letter to print and mail), `email`, or `phone`. */
  @Property({ type: 'text' })
  channel!: 'mail' | 'email' | 'phone';

  @Property({ type: 'timestamptz', fieldName: 'occurred_at' })
  occurredAt!: Date;

  /** `sent` (or, for a call, made), or `refused` by a rule. */
  @Property({ type: 'text' })
  outcome!: 'sent' | 'refused';

  /** The rule that refused it, in words staff can act on. */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  /** What it said, in a line (a notice's collector and end date, an email's subject, a call's note). */
  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'jsonb', nullable: true })
  details: CallDetails | null = null;

  /** The validation notice as sent (PDF). */
  @Property({ type: BlobType, nullable: true, lazy: true })
  document: Buffer | null = null;

  @Property({ type: 'text', fieldName: 'recorded_by' })
  recordedBy!: string;

  @Property({ type: 'text', fieldName: 'retain_until' })
  retainUntil!: string;
}

import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** Where a patient's dispute of a bill stands. `open` and `answered` hold statements; `resolved` releases them. */
export const PATIENT_DISPUTE_STATES = ['open', 'answered', 'resolved'] as const;
export type PatientDisputeState = (typeof PATIENT_DISPUTE_STATES)[number];

/** The dispute states that hold the account's statements (and, later, any collection step). */
export const DISPUTE_HOLDING_STATES: readonly PatientDisputeState[] = ['open', 'answered'];

/** A patient's dispute of their bill: opened with what they dispute, answered by the billing office, resolved. */
@Entity({ tableName: 'patient_dispute' })
@Index({ name: 'patient_dispute_patient_index', properties: ['organizationId', 'patientId', 'state'] })
export class PatientDispute extends TenantEntity<'state' | 'answer' | 'resolution' | 'updatedAt'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'text' })
  state: PatientDisputeState = 'open';

  /** What the patient disputes, in their words or the staff's summary. */
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Property({ type: 'text', nullable: true })
  resolution: string | null = null;

  @Property({ type: 'text', fieldName: 'opened_by' })
  openedBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

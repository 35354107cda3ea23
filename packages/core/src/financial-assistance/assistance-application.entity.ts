import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/** Where an application stands: waiting for a decision, approved (with a discount), or denied. */
export const ASSISTANCE_STATES = ['pending', 'approved', 'denied'] as const;
export type AssistanceState = (typeof ASSISTANCE_STATES)[number];

/**
 * A patient's financial-assistance application: while pending, the account gets no statement; approved, the discount
 * (a percentage of what the patient owed on the day) is written off the ledger; denied, statements resume.
 */
@Entity({ tableName: 'assistance_application' })
@Index({ name: 'assistance_application_patient_index', properties: ['organizationId', 'patientId', 'state'] })
@Audited<AssistanceApplication>({ recordType: 'assistance-application', patientIdOf: (application) => application.patientId })
export class AssistanceApplication extends TenantEntity<'state' | 'discountPercent' | 'discountCents' | 'decisionNote' | 'decidedBy' | 'decidedOn' | 'note' | 'updatedAt'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'text' })
  state: AssistanceState = 'pending';

  /** What the patient or staff wrote with the application (household size, income evidence received, …). */
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** The discount granted, in whole percent (approved only). */
  @Property({ type: 'integer', fieldName: 'discount_percent', nullable: true })
  discountPercent: number | null = null;

  /** What the discount wrote off, in cents (approved only). */
  @Property({ type: new BigIntType('number'), fieldName: 'discount_cents', nullable: true })
  discountCents: number | null = null;

  @Property({ type: 'text', fieldName: 'decision_note', nullable: true })
  decisionNote: string | null = null;

  @Property({ type: 'text', fieldName: 'decided_by', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'text', fieldName: 'decided_on', nullable: true })
  decidedOn: string | null = null;

  @Property({ type: 'text', fieldName: 'created_by' })
  createdBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

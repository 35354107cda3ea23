import { Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { EncryptedStringType } from '../crypto';
import type { AdministrativeSex } from '../patients/patient.entity';
import type { PostalAddress } from '../patients/postal-address';
import { TenantEntity } from '../persistence/base.entity';

/** Which payer is billed first (SBR01: P, S, T). */
export const COVERAGE_ORDERS = ['primary', 'secondary', 'tertiary'] as const;
export type CoverageOrder = (typeof COVERAGE_ORDERS)[number];

/**
 * The subscriber's relationship to the patient as X12 individual relationship codes (SBR02 / PAT01):
 * 18 self, 01 spouse, 19 child, 20 employee, 21 unknown, 39 organ donor, 40 cadaver donor, 53 life partner,
 * G8 other relationship.
 */
export const SUBSCRIBER_RELATIONSHIPS = ['18', '01', '19', '20', '21', '39', '40', '53', 'G8'] as const;
export type SubscriberRelationship = (typeof SUBSCRIBER_RELATIONSHIPS)[number];

/** The code of a patient who is their own subscriber. */
export const SELF_RELATIONSHIP: SubscriberRelationship = '18';

/**
 * A patient's insurance coverage with a payer: its order, the subscriber (the patient when relationship 18, else a
 * person named here), member id (encrypted at rest), group and plan, and the dates it is in effect.
 */
@Entity({ tableName: 'coverage' })
@Index({ name: 'coverage_patient_index', properties: ['organizationId', 'patientId', 'order'] })
@Audited<Coverage>({ recordType: 'coverage', patientIdOf: (coverage) => coverage.patientId })
export class Coverage extends TenantEntity<
  | 'subscriberFirstName'
  | 'subscriberLastName'
  | 'subscriberBirthDate'
  | 'subscriberSex'
  | 'subscriberAddress'
  | 'groupNumber'
  | 'planName'
  | 'effectiveTo'
  | 'active'
  | 'updatedAt'
> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  /** The `payer` row (not the X12 payer id). */
  @Property({ type: 'uuid', fieldName: 'payer_record_id' })
  payerRecordId!: string;

  @Property({ type: 'text', fieldName: 'coverage_order' })
  order!: CoverageOrder;

  @Property({ type: 'text', fieldName: 'subscriber_relationship' })
  subscriberRelationship!: SubscriberRelationship;

  @Property({ type: 'text', fieldName: 'subscriber_first_name', nullable: true })
  subscriberFirstName: string | null = null;

  @Property({ type: 'text', fieldName: 'subscriber_last_name', nullable: true })
  subscriberLastName: string | null = null;

  /** Calendar date, YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'subscriber_birth_date', nullable: true })
  subscriberBirthDate: string | null = null;

  @Property({ type: 'text', fieldName: 'subscriber_sex', nullable: true })
  subscriberSex: AdministrativeSex | null = null;

  @Property({ type: 'json', fieldName: 'subscriber_address', nullable: true })
  subscriberAddress: PostalAddress | null = null;

  /** The subscriber's member id (2010BA NM109); encrypted at rest. */
  @Property({ type: new EncryptedStringType({ purpose: 'coverage.member_id' }), fieldName: 'member_id', hidden: true })
  memberId!: string;

  @Property({ type: 'text', fieldName: 'group_number', nullable: true })
  groupNumber: string | null = null;

  @Property({ type: 'text', fieldName: 'plan_name', nullable: true })
  planName: string | null = null;

  /** First day in effect, YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'effective_from' })
  effectiveFrom!: string;

  /** Last day in effect, YYYY-MM-DD; open-ended when null. */
  @Property({ type: 'text', fieldName: 'effective_to', nullable: true })
  effectiveTo: string | null = null;

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

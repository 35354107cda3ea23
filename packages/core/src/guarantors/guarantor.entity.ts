import { Entity, Property, Unique } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import type { PostalAddress } from '../patients/postal-address';
import { TenantEntity } from '../persistence/base.entity';

/** The guarantor's relationship to the patient. `self`: the patient is responsible for their own bills. */
export const GUARANTOR_RELATIONSHIPS = ['self', 'spouse', 'parent', 'legal-guardian', 'other'] as const;
export type GuarantorRelationship = (typeof GUARANTOR_RELATIONSHIPS)[number];

/**
 * The person financially responsible for a patient's balance (statements go to them). One current guarantor per
 * patient; with `self` no person is copied and the patient's own record is used.
 */
@Entity({ tableName: 'guarantor' })
@Unique({ name: 'guarantor_patient_unique', properties: ['organizationId', 'patientId'] })
@Audited<Guarantor>({ recordType: 'guarantor', patientIdOf: (guarantor) => guarantor.patientId })
export class Guarantor extends TenantEntity<'firstName' | 'lastName' | 'birthDate' | 'address' | 'phone' | 'email' | 'updatedAt'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'text' })
  relationship!: GuarantorRelationship;

  @Property({ type: 'text', fieldName: 'first_name', nullable: true })
  firstName: string | null = null;

  @Property({ type: 'text', fieldName: 'last_name', nullable: true })
  lastName: string | null = null;

  /** Calendar date, YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'birth_date', nullable: true })
  birthDate: string | null = null;

  @Property({ type: 'json', nullable: true })
  address: PostalAddress | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

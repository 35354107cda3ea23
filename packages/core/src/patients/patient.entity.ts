import { Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { EncryptedStringType } from '../crypto';
import { TenantEntity } from '../persistence/base.entity';
import type { PostalAddress } from './postal-address';

/** Administrative sex as sent on claims (X12 DMG03). */
export type AdministrativeSex = 'F' | 'M' | 'U';

/**
 * A patient (the registration record; coverage, guarantor and encounters come with the billing domain).
 * The social security number is encrypted at rest and found through its keyed hash.
 */
@Entity({ tableName: 'patient' })
@Index({ name: 'patient_ssn_hash_index', properties: ['organizationId', 'ssnHash'] })
@Index({ name: 'patient_name_index', properties: ['organizationId', 'lastName', 'firstName'] })
@Index({ name: 'patient_birth_date_index', properties: ['organizationId', 'birthDate', 'sex'] })
@Audited<Patient>({ recordType: 'patient', patientIdOf: (patient) => patient.id })
export class Patient extends TenantEntity<'ssn' | 'ssnHash' | 'accountNumber' | 'address' | 'updatedAt'> {
  @Property({ type: 'text', fieldName: 'first_name' })
  firstName!: string;

  @Property({ type: 'text', fieldName: 'last_name' })
  lastName!: string;

  /** Calendar date, YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'birth_date' })
  birthDate!: string;

  @Property({ type: 'text' })
  sex!: AdministrativeSex;

  @Property({ type: new EncryptedStringType({ purpose: 'patient.ssn' }), nullable: true, hidden: true })
  ssn: string | null = null;

  @Property({ type: 'text', fieldName: 'ssn_hash', nullable: true, hidden: true })
  ssnHash: string | null = null;

  /** The practice's account number or medical record number (MRN), when it assigns one. */
  @Property({ type: 'text', fieldName: 'account_number', nullable: true })
  accountNumber: string | null = null;

  /** Where the patient lives: the subscriber's or patient's N3/N4 on claims (2010BA, 2010CA), and statements. */
  @Property({ type: 'json', nullable: true })
  address: PostalAddress | null = null;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

import { Entity, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** The transactions a provider enrolls for with a payer, one enrollment each. */
export const ENROLLMENT_TRANSACTIONS = ['837P', '835', 'EFT', '270'] as const;
export type EnrollmentTransaction = (typeof ENROLLMENT_TRANSACTIONS)[number];

/** Where an enrollment stands; a payer sends no ERA (835) to a provider not `enrolled` for it. */
export const ENROLLMENT_STATUSES = ['not-enrolled', 'pending', 'enrolled', 'rejected', 'terminated'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

/** A provider's enrollment with a payer for one transaction (837P claims, 835 ERA, EFT payments, 270 eligibility). */
@Entity({ tableName: 'payer_enrollment' })
@Unique({ name: 'payer_enrollment_unique', properties: ['organizationId', 'payerRecordId', 'providerId', 'transaction'] })
export class PayerEnrollment extends TenantEntity<'effectiveFrom' | 'note'> {
  /** The payer row's id (not the X12 payer id). */
  @Property({ type: 'uuid', fieldName: 'payer_record_id' })
  payerRecordId!: string;

  @Property({ type: 'uuid', fieldName: 'provider_id' })
  providerId!: string;

  @Property({ type: 'text' })
  transaction!: EnrollmentTransaction;

  @Property({ type: 'text' })
  status!: EnrollmentStatus;

  /** The date the enrollment takes effect (ISO calendar date), once known. */
  @Property({ type: 'text', fieldName: 'effective_from', nullable: true })
  effectiveFrom: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/**
 * A good-faith estimate given to an uninsured or self-pay patient before care (No Surprises Act): the expected charges
 * for the services of a period. Kept as given; the bill is checked against it (good-faith-estimate.check.ts).
 */
@Entity({ tableName: 'good_faith_estimate' })
@Index({ name: 'good_faith_estimate_patient_index', properties: ['organizationId', 'patientId'] })
@Audited<GoodFaithEstimate>({ recordType: 'good-faith-estimate', patientIdOf: (estimate) => estimate.patientId })
export class GoodFaithEstimate extends TenantEntity {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  /** The expected charges, in cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'estimated_cents' })
  estimatedCents!: number;

  /** The day the estimate was given. */
  @Property({ type: 'text', fieldName: 'issued_on' })
  issuedOn!: string;

  /** The dates of service the estimate covers (inclusive). */
  @Property({ type: 'text', fieldName: 'services_from' })
  servicesFrom!: string;

  @Property({ type: 'text', fieldName: 'services_to' })
  servicesTo!: string;

  /** The services in words, as the estimate listed them. */
  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text', fieldName: 'created_by' })
  createdBy!: string;
}

import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/** How a patient paid at the front desk. */
export const POINT_OF_SERVICE_METHODS = ['cash', 'check', 'card'] as const;
export type PointOfServiceMethod = (typeof POINT_OF_SERVICE_METHODS)[number];

/**
 * A payment a patient made at the visit (a copay, a deposit towards the deductible): the receipt, kept as taken. The
 * ledger records it as `payment` entries (source `point-of-service`) on the patient's accounts of the visit's service
 * lines as they come to owe something; what is not applied yet is the patient's unapplied credit — the amount less
 * those entries, derived, never stored (ADR 0014). Never updated or deleted.
 */
@Entity({ tableName: 'point_of_service_payment' })
@Index({ name: 'point_of_service_payment_encounter_index', properties: ['organizationId', 'encounterId'] })
@Index({ name: 'point_of_service_payment_patient_index', properties: ['organizationId', 'patientId'] })
@Audited<PointOfServicePayment>({ recordType: 'point-of-service-payment', patientIdOf: (payment) => payment.patientId })
export class PointOfServicePayment extends TenantEntity<'reference'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'uuid', fieldName: 'encounter_id' })
  encounterId!: string;

  /** What the patient handed over, in cents (positive). */
  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  @Property({ type: 'text' })
  method!: PointOfServiceMethod;

  /** The check number, or the card terminal's authorization code. */
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  /** The day the money was taken, YYYY-MM-DD (the ledger entries' effective date). */
  @Property({ type: 'text', fieldName: 'received_on' })
  receivedOn!: string;

  /** The actor who took it. */
  @Property({ type: 'text', fieldName: 'received_by' })
  receivedBy!: string;
}

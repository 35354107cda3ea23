import { Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/** Where an authorization stands. Units used are never a status: they are the sum of the usage rows. */
export const AUTHORIZATION_STATUSES = ['active', 'expired', 'cancelled'] as const;
export type AuthorizationStatus = (typeof AUTHORIZATION_STATUSES)[number];

/**
 * A payer's prior authorization (REF*G1 on the claim): its number, the procedure codes it covers (none listed: any
 * code), the units approved and the dates it covers. Units used are the sum of its `authorization_usage` rows.
 */
@Entity({ tableName: 'authorization' })
@Index({ name: 'authorization_patient_index', properties: ['organizationId', 'patientId', 'payerRecordId'] })
@Audited<Authorization>({ recordType: 'authorization', patientIdOf: (authorization) => authorization.patientId })
export class Authorization extends TenantEntity<'coverageId' | 'procedureCodes' | 'status' | 'note' | 'updatedAt'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  /** The `payer` row that issued it. */
  @Property({ type: 'uuid', fieldName: 'payer_record_id' })
  payerRecordId!: string;

  /** The coverage it was issued under, when known. */
  @Property({ type: 'uuid', fieldName: 'coverage_id', nullable: true })
  coverageId: string | null = null;

  /** The authorization number the payer gave. */
  @Property({ type: 'text' })
  number!: string;

  /** CPT/HCPCS codes covered; empty: any code. */
  @Property({ type: 'json', fieldName: 'procedure_codes' })
  procedureCodes: string[] = [];

  @Property({ type: 'integer', fieldName: 'units_approved' })
  unitsApproved!: number;

  /** First day covered, YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'start_date' })
  startDate!: string;

  /** Last day covered, YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'end_date' })
  endDate!: string;

  @Property({ type: 'text' })
  status: AuthorizationStatus = 'active';

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

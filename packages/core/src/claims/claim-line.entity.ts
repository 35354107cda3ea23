import { BigIntType, Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import type { UnitType } from '../encounters/charge.entity';
import { TenantEntity } from '../persistence/base.entity';

/**
 * One service line of a claim (2400), copied from a charge when the claim is built: its diagnosis pointers point into
 * the claim's own diagnosis list. Its line item control number (REF*6R) is unique in the organization, so the 835
 * points back at it.
 */
@Entity({ tableName: 'claim_line' })
@Unique({ name: 'claim_line_control_number_unique', properties: ['organizationId', 'lineItemControlNumber'] })
@Index({ name: 'claim_line_claim_index', properties: ['organizationId', 'claimId'] })
@Index({ name: 'claim_line_charge_index', properties: ['organizationId', 'chargeId'] })
@Audited<ClaimLine>({ recordType: 'claim-line', patientIdOf: (line) => line.patientId })
export class ClaimLine extends TenantEntity<'modifiers'> {
  @Property({ type: 'uuid', fieldName: 'claim_id' })
  claimId!: string;

  @Property({ type: 'uuid', fieldName: 'charge_id' })
  chargeId!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  /** LX01: 1-based, in the claim's order. */
  @Property({ type: 'integer', fieldName: 'line_number' })
  lineNumber!: number;

  /** REF*6R. */
  @Property({ type: 'text', fieldName: 'line_item_control_number' })
  lineItemControlNumber!: string;

  @Property({ type: 'text', fieldName: 'procedure_code' })
  procedureCode!: string;

  @Property({ type: 'json' })
  modifiers: string[] = [];

  @Property({ type: 'integer' })
  units!: number;

  @Property({ type: 'text', fieldName: 'unit_type' })
  unitType!: UnitType;

  /** SV102, in cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'charge_cents' })
  chargeCents!: number;

  /** 1-based positions in the claim's diagnoses (SV107). */
  @Property({ type: 'json', fieldName: 'diagnosis_pointers' })
  diagnosisPointers!: number[];

  @Property({ type: 'text', fieldName: 'date_of_service' })
  dateOfService!: string;

  @Property({ type: 'text', fieldName: 'place_of_service' })
  placeOfService!: string;

  @Property({ type: 'uuid', fieldName: 'rendering_provider_id' })
  renderingProviderId!: string;
}

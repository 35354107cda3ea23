import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/** How a charge's quantity is counted (SV103): units, or minutes (anesthesia). */
export const UNIT_TYPES = ['UN', 'MJ'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/**
 * One service line of an encounter: procedure code with up to four modifiers, units, up to four pointers to the
 * encounter's diagnoses (1-based, SV107), rendering provider, place and date of service, and its price. A charge is
 * never edited once entered: a wrong one is voided and entered again, and a voided charge is kept.
 */
@Entity({ tableName: 'charge' })
@Index({ name: 'charge_encounter_index', properties: ['organizationId', 'encounterId'] })
@Index({ name: 'charge_created_index', properties: ['organizationId', 'createdAt'] })
@Audited<Charge>({ recordType: 'charge', patientIdOf: (charge) => charge.patientId })
export class Charge extends TenantEntity<'modifiers' | 'unitType' | 'expectedAllowedCents' | 'authorizationId' | 'voidedAt' | 'voidReason'> {
  @Property({ type: 'uuid', fieldName: 'encounter_id' })
  encounterId!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  /** CPT or HCPCS Level II code (SV101-2). */
  @Property({ type: 'text', fieldName: 'procedure_code' })
  procedureCode!: string;

  /** Up to four modifiers (SV101-3…6), in order. */
  @Property({ type: 'json' })
  modifiers: string[] = [];

  @Property({ type: 'integer' })
  units!: number;

  @Property({ type: 'text', fieldName: 'unit_type' })
  unitType: UnitType = 'UN';

  /** 1-based positions in the encounter's diagnoses (SV107), one to four. */
  @Property({ type: 'json', fieldName: 'diagnosis_pointers' })
  diagnosisPointers!: number[];

  @Property({ type: 'uuid', fieldName: 'rendering_provider_id' })
  renderingProviderId!: string;

  @Property({ type: 'text', fieldName: 'place_of_service' })
  placeOfService!: string;

  @Property({ type: 'text', fieldName: 'date_of_service' })
  dateOfService!: string;

  /** The price of one unit, in cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'unit_price_cents' })
  unitPriceCents!: number;

  /** The line charge (SV102): unit price × units, in cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  /**
   * What the primary payer's contract allows for the line (its fee schedule × units), in cents; null when no payer
   * schedule prices the code. Posting compares the remittance's allowed amount with it.
   */
  @Property({ type: new BigIntType('number'), fieldName: 'expected_allowed_cents', nullable: true })
  expectedAllowedCents: number | null = null;

  /** Where the price came from: `fee-schedule:<id>` or `entered`. */
  @Property({ type: 'text', fieldName: 'price_source' })
  priceSource!: string;

  /** The prior authorization whose units this charge consumed. */
  @Property({ type: 'uuid', fieldName: 'authorization_id', nullable: true })
  authorizationId: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'voided_at', nullable: true })
  voidedAt: Date | null = null;

  @Property({ type: 'text', fieldName: 'void_reason', nullable: true })
  voidReason: string | null = null;
}

import { BigIntType, Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import type { CoverageOrder } from '../coverages/coverage.entity';
import { EncryptedStringType } from '../crypto';
import { TenantEntity } from '../persistence/base.entity';
import { LIST_INDEXES } from '../persistence/migrations/list-indexes';
import type { ClaimSnapshot } from './claim-snapshot';
import type { ClaimState } from './claim.workflow';

/** CLM05-3: 1 original, 7 replacement of a prior claim, 8 void of a prior claim. */
export const CLAIM_FREQUENCIES = ['1', '7', '8'] as const;
export type ClaimFrequency = (typeof CLAIM_FREQUENCIES)[number];

/**
 * A professional claim: the charges of one encounter (at most 50 lines) to one coverage's payer. Its patient control
 * number (CLM01) is unique in the organization; its `snapshot` freezes the registration data the 837P is built from.
 * Its state moves only through the claim workflow.
 */
@Entity({ tableName: 'claim' })
@Unique({ name: 'claim_patient_control_number_unique', properties: ['organizationId', 'patientControlNumber'] })
@Index({ name: 'claim_encounter_index', properties: ['organizationId', 'encounterId'] })
@Index({ name: 'claim_patient_index', properties: ['organizationId', 'patientId'] })
@Index({ name: 'claim_list_index', expression: LIST_INDEXES.claimList })
@Index({ name: 'claim_state_list_index', expression: LIST_INDEXES.claimStateList })
@Unique({
  name: 'claim_prior_payer_claim_unique',
  expression: `create unique index "claim_prior_payer_claim_unique" on "claim" ("organization_id", "prior_payer_claim_id", "coverage_id") where "prior_payer_claim_id" is not null`,
})
@Audited<Claim>({ recordType: 'claim', patientIdOf: (claim) => claim.patientId })
export class Claim extends TenantEntity<'state' | 'frequency' | 'payerClaimNumber' | 'replacesClaimId' | 'priorPayerClaimId' | 'crossoverRemittanceClaimId' | 'part' | 'parts' | 'updatedAt'> {
  @Property({ type: 'uuid', fieldName: 'encounter_id' })
  encounterId!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'uuid', fieldName: 'coverage_id' })
  coverageId!: string;

  /** The `payer` row billed. */
  @Property({ type: 'uuid', fieldName: 'payer_record_id' })
  payerRecordId!: string;

  @Property({ type: 'text', fieldName: 'coverage_order' })
  coverageOrder!: CoverageOrder;

  /** CLM01: unique in the organization, at most 20 characters. */
  @Property({ type: 'text', fieldName: 'patient_control_number' })
  patientControlNumber!: string;

  @Property({ type: 'text' })
  frequency: ClaimFrequency = '1';

  /** The payer's claim control number (from its acknowledgment or remittance); REF*F8 of a 7 or 8 that follows. */
  @Property({ type: 'text', fieldName: 'payer_claim_number', nullable: true })
  payerClaimNumber: string | null = null;

  /** The claim a frequency 7 or 8 claim replaces or voids. */
  @Property({ type: 'uuid', fieldName: 'replaces_claim_id', nullable: true })
  replacesClaimId: string | null = null;

  /**
   * On a claim to a secondary or tertiary payer: the claim to the payer ahead of it, whose adjudication it carries.
   * At most one such claim to each coverage is built from a claim (a replacement of it does not repeat the link).
   */
  @Property({ type: 'uuid', fieldName: 'prior_payer_claim_id', nullable: true })
  priorPayerClaimId: string | null = null;

  /**
   * The claim payment in which this claim's payer said it forwarded the claim to the next payer itself (CLP02 19–21,
   * NM1*TT): no claim to the next payer is built; the next payer's 835 is awaited on this claim's CLM01.
   */
  @Property({ type: 'uuid', fieldName: 'crossover_remittance_claim_id', nullable: true })
  crossoverRemittanceClaimId: string | null = null;

  /** CLM02: the sum of the line charges, in cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'total_charge_cents' })
  totalChargeCents!: number;

  @Property({ type: 'text' })
  state: ClaimState = 'draft';

  /** The first date of service of its lines (list filter). */
  @Property({ type: 'text', fieldName: 'date_of_service' })
  dateOfService!: string;

  /** Which of the encounter's claims this is, when its lines were split (1-based), and how many there are. */
  @Property({ type: 'integer' })
  part = 1;

  @Property({ type: 'integer' })
  parts = 1;

  /** The frozen {@link ClaimSnapshot} as JSON, encrypted at rest. */
  @Property({ type: new EncryptedStringType({ purpose: 'claim.snapshot' }), fieldName: 'snapshot', hidden: true, lazy: false })
  snapshotJson!: string;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** The frozen snapshot. */
  snapshot(): ClaimSnapshot {
    return JSON.parse(this.snapshotJson) as ClaimSnapshot;
  }
}

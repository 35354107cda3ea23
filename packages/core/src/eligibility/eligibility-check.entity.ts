import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { EncryptedStringType } from '../crypto';
import { TenantEntity } from '../persistence/base.entity';

/** How eligibility was checked. */
export const ELIGIBILITY_METHODS = ['phone', 'portal', 'clearinghouse', 'plugin'] as const;
export type EligibilityMethod = (typeof ELIGIBILITY_METHODS)[number];

/** What the check found. */
export const ELIGIBILITY_OUTCOMES = ['active', 'inactive', 'not-found', 'error'] as const;
export type EligibilityOutcome = (typeof ELIGIBILITY_OUTCOMES)[number];

/**
 * The result of an eligibility check of a coverage for a date of service: who checked, how, when and what was
 * found (plan dates, copay, coinsurance, deductible and out-of-pocket remaining). Recorded by hand or by a plugin.
 */
@Entity({ tableName: 'eligibility_check' })
@Index({ name: 'eligibility_check_coverage_index', properties: ['organizationId', 'coverageId', 'asOfDate', 'checkedAt'] })
@Index({ name: 'eligibility_check_patient_index', properties: ['organizationId', 'patientId', 'checkedAt'] })
@Audited<EligibilityCheck>({ recordType: 'eligibility-check', patientIdOf: (check) => check.patientId })
export class EligibilityCheck extends TenantEntity<
  | 'planBegin'
  | 'planEnd'
  | 'copayCents'
  | 'coinsuranceBasisPoints'
  | 'deductibleRemainingCents'
  | 'outOfPocketRemainingCents'
  | 'referenceNumber'
  | 'notes'
  | 'encounterId'
  | 'source'
  | 'messages'
  | 'raw'
> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'uuid', fieldName: 'coverage_id' })
  coverageId!: string;

  /** The date of service checked, YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'as_of_date' })
  asOfDate!: string;

  @Property({ type: 'timestamptz', fieldName: 'checked_at' })
  checkedAt!: Date;

  /** `<actor type>:<actor id>` of who checked (a user, an API key, a plugin). */
  @Property({ type: 'text', fieldName: 'checked_by' })
  checkedBy!: string;

  @Property({ type: 'text' })
  method!: EligibilityMethod;

  @Property({ type: 'text' })
  outcome!: EligibilityOutcome;

  @Property({ type: 'text', fieldName: 'plan_begin', nullable: true })
  planBegin: string | null = null;

  @Property({ type: 'text', fieldName: 'plan_end', nullable: true })
  planEnd: string | null = null;

  @Property({ type: new BigIntType('number'), fieldName: 'copay_cents', nullable: true })
  copayCents: number | null = null;

  /** Coinsurance in basis points (20% = 2000). */
  @Property({ type: 'integer', fieldName: 'coinsurance_basis_points', nullable: true })
  coinsuranceBasisPoints: number | null = null;

  @Property({ type: new BigIntType('number'), fieldName: 'deductible_remaining_cents', nullable: true })
  deductibleRemainingCents: number | null = null;

  @Property({ type: new BigIntType('number'), fieldName: 'out_of_pocket_remaining_cents', nullable: true })
  outOfPocketRemainingCents: number | null = null;

  /** The payer's call reference or transaction trace number. */
  @Property({ type: 'text', fieldName: 'reference_number', nullable: true })
  referenceNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  /** The visit the check was made for, when it was (the sweep, or a check run from the encounter). */
  @Property({ type: 'uuid', fieldName: 'encounter_id', nullable: true })
  encounterId: string | null = null;

  /** Which eligibility provider answered (e.g. `eligibility-availity/availity`), for checks run by a plugin. */
  @Property({ type: 'text', nullable: true })
  source: string | null = null;

  /** The payer's messages, as received. */
  @Property({ type: 'json' })
  messages: string[] = [];

  /** The payer's or network's answer as received (JSON or a 271), encrypted at rest: it names the patient. */
  @Property({ type: new EncryptedStringType({ purpose: 'eligibility_check.raw' }), nullable: true, hidden: true })
  raw: string | null = null;
}

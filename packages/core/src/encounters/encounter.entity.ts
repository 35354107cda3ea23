import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';
import type { EncounterState } from './encounter.workflow';

/** How the front desk told the patient what they would owe. */
export const RESPONSIBILITY_METHODS = ['verbal', 'printed-estimate', 'portal', 'phone'] as const;
export type ResponsibilityMethod = (typeof RESPONSIBILITY_METHODS)[number];

/**
 * A visit, from its appointment to the claim that bills it. Its state moves only through the encounter workflow;
 * diagnoses are ICD-10-CM codes in claim order (HI: the first is principal), written without the dot.
 */
@Entity({ tableName: 'encounter' })
@Index({ name: 'encounter_patient_index', properties: ['organizationId', 'patientId'] })
@Index({ name: 'encounter_date_index', properties: ['organizationId', 'dateOfService'] })
@Audited<Encounter>({ recordType: 'encounter', patientIdOf: (encounter) => encounter.patientId })
export class Encounter extends TenantEntity<
  | 'state'
  | 'scheduledStart'
  | 'reason'
  | 'selfPay'
  | 'diagnosisCodes'
  | 'documentationSignedByProviderId'
  | 'documentationSignedAt'
  | 'responsibilityEstimateCents'
  | 'responsibilityCommunicatedAt'
  | 'responsibilityCommunicatedBy'
  | 'responsibilityMethod'
  | 'closedReason'
  | 'updatedAt'
> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'uuid', fieldName: 'location_id' })
  locationId!: string;

  /** The billing provider (2010AA): usually the group. */
  @Property({ type: 'uuid', fieldName: 'billing_provider_id' })
  billingProviderId!: string;

  /** The clinician who saw the patient (2310B, and each charge's default). */
  @Property({ type: 'uuid', fieldName: 'rendering_provider_id' })
  renderingProviderId!: string;

  @Property({ type: 'text' })
  state: EncounterState = 'scheduled';

  /** The appointment's start (UTC), when the visit was booked ahead. */
  @Property({ type: 'timestamptz', fieldName: 'scheduled_start', nullable: true })
  scheduledStart: Date | null = null;

  /** The calendar date of the visit (ISO date; no time zone). */
  @Property({ type: 'text', fieldName: 'date_of_service' })
  dateOfService!: string;

  /** CMS place-of-service code (CLM05-1), two digits. */
  @Property({ type: 'text', fieldName: 'place_of_service' })
  placeOfService!: string;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  /** The patient pays for this visit themselves: no coverage is billed. */
  @Property({ type: 'boolean', fieldName: 'self_pay' })
  selfPay = false;

  /** ICD-10-CM codes in claim order, without the dot (at most 12). */
  @Property({ type: 'json', fieldName: 'diagnosis_codes' })
  diagnosisCodes: string[] = [];

  @Property({ type: 'uuid', fieldName: 'documentation_signed_by_provider_id', nullable: true })
  documentationSignedByProviderId: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'documentation_signed_at', nullable: true })
  documentationSignedAt: Date | null = null;

  /** The estimate of the patient's share given at the visit, in cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'responsibility_estimate_cents', nullable: true })
  responsibilityEstimateCents: number | null = null;

  @Property({ type: 'timestamptz', fieldName: 'responsibility_communicated_at', nullable: true })
  responsibilityCommunicatedAt: Date | null = null;

  /** Who told the patient (the acting user's id). */
  @Property({ type: 'text', fieldName: 'responsibility_communicated_by', nullable: true })
  responsibilityCommunicatedBy: string | null = null;

  @Property({ type: 'text', fieldName: 'responsibility_method', nullable: true })
  responsibilityMethod: ResponsibilityMethod | null = null;

  /** Why the visit was cancelled or marked a no-show. */
  @Property({ type: 'text', fieldName: 'closed_reason', nullable: true })
  closedReason: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

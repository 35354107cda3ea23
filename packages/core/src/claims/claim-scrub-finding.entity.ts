import { Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/** How much a scrub finding matters: an open `error` keeps the claim from being scrubbed or released. */
export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/**
 * What a scrub rule found on a claim: severity, the field, a message and a fix hint. An error is cleared by the next
 * scrub that no longer finds it (`resolvedAt`), or by an override with a reason and the user who made it.
 */
@Entity({ tableName: 'claim_scrub_finding' })
@Index({ name: 'claim_scrub_finding_claim_index', properties: ['organizationId', 'claimId'] })
@Audited<ClaimScrubFinding>({ recordType: 'claim-scrub-finding', patientIdOf: (finding) => finding.patientId })
export class ClaimScrubFinding extends TenantEntity<'hint' | 'overriddenBy' | 'overrideReason' | 'overriddenAt' | 'resolvedAt'> {
  @Property({ type: 'uuid', fieldName: 'claim_id' })
  claimId!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  /** The rule that found it, e.g. `npi-check-digit`. */
  @Property({ type: 'text' })
  rule!: string;

  @Property({ type: 'text' })
  severity!: FindingSeverity;

  /** The claim field, e.g. `lines[2].modifiers`. */
  @Property({ type: 'text' })
  field!: string;

  @Property({ type: 'text' })
  message!: string;

  @Property({ type: 'text', nullable: true })
  hint: string | null = null;

  /** The user who overrode the finding. */
  @Property({ type: 'text', fieldName: 'overridden_by', nullable: true })
  overriddenBy: string | null = null;

  @Property({ type: 'text', fieldName: 'override_reason', nullable: true })
  overrideReason: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'overridden_at', nullable: true })
  overriddenAt: Date | null = null;

  /** When a later scrub superseded the finding. */
  @Property({ type: 'timestamptz', fieldName: 'resolved_at', nullable: true })
  resolvedAt: Date | null = null;
}

import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A claim's first adjudication (ADR 0015): the first claim payment that adjudicated it for its own payer, by the
 * remittance's received date (then its instant recorded, the remittance and the CLP position). A rollup, not a record:
 * the insert triggers on `remittance` and `remittance_claim` write it (keeping the earlier of two), nothing else
 * writes it, and `openrcm ledger verify` recomputes it. Its `recordedAt` tells a report as of an earlier instant
 * whether the stored first is its answer: the first of all the payments is the first of those recorded by any instant
 * by which it was itself recorded. Declared here so that the schema check sees the table; code reads it in SQL (the
 * adjudication aggregates) and never writes it through the unit of work.
 */
@Entity({ tableName: 'claim_first_adjudication' })
@Index({ name: 'claim_first_adjudication_period_index', properties: ['organizationId', 'receivedOn'] })
@Index({ name: 'claim_first_adjudication_recorded_index', properties: ['organizationId', 'recordedAt'] })
export class ClaimFirstAdjudication {
  @PrimaryKey({ type: 'uuid', fieldName: 'claim_id' })
  claimId!: string;

  @Property({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  /** The remittance's received date (YYYY-MM-DD in the organization's zone). */
  @Property({ type: 'text', fieldName: 'received_on' })
  receivedOn!: string;

  @Property({ type: 'timestamptz', fieldName: 'remittance_created_at' })
  remittanceCreatedAt!: Date;

  @Property({ type: 'uuid', fieldName: 'remittance_id' })
  remittanceId!: string;

  /** The claim payment's CLP position in its remittance. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'uuid', fieldName: 'remittance_claim_id' })
  remittanceClaimId!: string;

  /** CLP02 of the first adjudication (4: denied). */
  @Property({ type: 'text', fieldName: 'status_code' })
  statusCode!: string;

  /** When the first adjudication was recorded: the later of the claim payment's and its remittance's instants. */
  @Property({ type: 'timestamptz', fieldName: 'recorded_at' })
  recordedAt!: Date;
}

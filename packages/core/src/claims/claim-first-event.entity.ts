import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A claim's first `scrub` and first `submit` (ADR 0015): the earliest of the claim workflow's transitions of that
 * event, by instant then id. A rollup, not a record: the trigger `claim_first_event_keep` on `workflow_transition`
 * writes it in the statement that records the transition (keeping the earlier of two), nothing else writes it, and
 * `openrcm ledger verify` recomputes it. Transitions are append-only, so the first by any instant is the stored one
 * when it was recorded by then, and there is none otherwise. Declared here so that the schema check sees the table;
 * code reads it in SQL (the claim-history aggregates) and never writes it through the unit of work.
 */
@Entity({ tableName: 'claim_first_event' })
@Index({ name: 'claim_first_event_period_index', properties: ['organizationId', 'event', 'createdAt'] })
export class ClaimFirstEvent {
  @PrimaryKey({ type: 'uuid', fieldName: 'claim_id' })
  claimId!: string;

  @PrimaryKey({ type: 'text' })
  event!: string;

  @Property({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  /** The first transition's instant. */
  @Property({ type: 'timestamptz', fieldName: 'created_at' })
  createdAt!: Date;

  @Property({ type: 'uuid', fieldName: 'transition_id' })
  transitionId!: string;
}

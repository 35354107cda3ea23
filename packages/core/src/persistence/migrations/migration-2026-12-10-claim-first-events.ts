import { Migration } from '@mikro-orm/migrations';
import { CLAIM_FIRST_EVENT_TRIGGER, CLAIM_FIRST_EVENTS_REBUILD } from '../../claims/claim-first-events.sql';

/**
 * `claim_first_event`: each claim's first `scrub` and first `submit` transition (ADR 0015), kept by a row trigger on
 * `workflow_transition` that fires for those events only (so posting's transitions pass it by), and read by the
 * claim-history aggregates through its period index instead of an anti-join over every first-event transition.
 * Filled here from the transitions.
 */
export class Migration20261210100000ClaimFirstEvents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "claim_first_event" (
      "claim_id" uuid not null,
      "event" text not null,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "transition_id" uuid not null,
      constraint "claim_first_event_pkey" primary key ("claim_id", "event"));`);
    this.addSql(`create index "claim_first_event_period_index" on "claim_first_event" ("organization_id", "event", "created_at");`);
    for (const statement of CLAIM_FIRST_EVENT_TRIGGER) this.addSql(statement);
    this.addSql(CLAIM_FIRST_EVENTS_REBUILD);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists claim_first_event_keep on "workflow_transition";`);
    this.addSql(`drop function if exists claim_first_event_keep();`);
    this.addSql(`drop table if exists "claim_first_event";`);
  }
}

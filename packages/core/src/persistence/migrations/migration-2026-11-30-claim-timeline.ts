import { Migration } from '@mikro-orm/migrations';

/**
 * The claim timeline's sources that were not kept: every workflow transition (who moved which record from which state
 * to which, and when) and which claims each received acknowledgment (999, 277CA) named.
 */
export class Migration20261130237000ClaimTimeline extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "workflow_transition" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "workflow" text not null,
      "record_id" text not null,
      "event" text not null,
      "from_state" text not null,
      "to_state" text not null,
      "actor_type" text not null,
      "actor_id" text not null);`);
    this.addSql(`create index "workflow_transition_record_index" on "workflow_transition" ("organization_id", "workflow", "record_id", "created_at");`);
    this.addSql(`create table "x12_file_claim" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "x12_file_id" uuid not null,
      "claim_id" uuid not null,
      "outcome" text not null,
      "detail" text null);`);
    this.addSql(`create index "x12_file_claim_claim_index" on "x12_file_claim" ("organization_id", "claim_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "x12_file_claim" cascade;`);
    this.addSql(`drop table if exists "workflow_transition" cascade;`);
  }
}

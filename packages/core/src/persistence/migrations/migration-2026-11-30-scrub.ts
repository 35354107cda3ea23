import { Migration } from '@mikro-orm/migrations';

/** Manual touches of claims (reopens), counted for the clean-claim KPI and read by the scrubber's override rule. */
export class Migration20261130110000Scrub extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "claim_touch" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "claim_id" uuid not null,
      "kind" text not null,
      "actor_type" text not null,
      "actor_id" text not null);`);
    this.addSql(`create index "claim_touch_claim_index" on "claim_touch" ("organization_id", "claim_id", "created_at");`);
  }
}

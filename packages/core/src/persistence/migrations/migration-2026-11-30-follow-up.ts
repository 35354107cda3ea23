import { Migration } from '@mikro-orm/migrations';

/** A/R follow-up: each payer's follow-up days, next-action dates on work items, and claim status inquiries (276/277). */
export class Migration20261130170000FollowUp extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "payer" add column "follow_up_days" int not null default 30;`);
    this.addSql(`alter table "work_item" add column "next_action_date" text null;`);
    this.addSql(`create index "work_item_next_action_index" on "work_item" ("organization_id", "next_action_date");`);
    this.addSql(
      `create unique index "work_item_claim_follow_up_unique" on "work_item" ("organization_id", "record_id") where "kind" = 'follow-up' and "category" = 'claim-no-answer' and "state" in ('open', 'assigned', 'in-progress', 'waiting-on-payer');`,
    );
    this.addSql(`create table "claim_status_inquiry" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "claim_id" uuid not null,
      "plugin_id" text not null,
      "trace_number" text not null,
      "requested_by" text not null,
      "request_file_id" uuid not null,
      "response_file_id" uuid null,
      "outcome" text not null,
      "status_category" text null,
      "status_code" text null,
      "status_entity" text null,
      "effective_date" text null,
      "payer_claim_number" text null,
      "error" text null);`);
    this.addSql(`create index "claim_status_inquiry_claim_index" on "claim_status_inquiry" ("organization_id", "claim_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "claim_status_inquiry" cascade;`);
    this.addSql(`drop index if exists "work_item_claim_follow_up_unique";`);
    this.addSql(`drop index if exists "work_item_next_action_index";`);
    this.addSql(`alter table "work_item" drop column "next_action_date";`);
    this.addSql(`alter table "payer" drop column "follow_up_days";`);
  }
}

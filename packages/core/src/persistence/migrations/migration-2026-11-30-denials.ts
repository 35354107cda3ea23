import { Migration } from '@mikro-orm/migrations';

/** Denial routing and appeals: the category mapping, denials counted per claim and line, letter templates and letters. */
export class Migration20261130180000Denials extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "denial_category_rule" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "group_code" text null,
      "reason_code" text not null,
      "remark_code" text null,
      "category" text not null,
      "owner_role" text null,
      "owner_user_id" uuid null,
      "upstream_check" text null);`);
    this.addSql(`create index "denial_category_rule_reason_index" on "denial_category_rule" ("organization_id", "reason_code");`);
    this.addSql(`create table "claim_denial" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "claim_id" uuid not null,
      "claim_line_id" uuid null,
      "line_key" text not null,
      "patient_id" uuid not null,
      "payer_record_id" uuid not null,
      "remittance_id" text not null,
      "received_on" text not null,
      "procedure_code" text null,
      "group_code" text not null,
      "reason_code" text not null,
      "remark_codes" jsonb not null,
      "amount_cents" bigint not null,
      "category" text not null,
      "work_item_id" uuid null);`);
    this.addSql(
      `alter table "claim_denial" add constraint "claim_denial_remittance_unique" unique ("organization_id", "remittance_id", "claim_id", "line_key", "group_code", "reason_code");`,
    );
    this.addSql(`create index "claim_denial_claim_index" on "claim_denial" ("organization_id", "claim_id");`);
    this.addSql(`create index "claim_denial_pattern_index" on "claim_denial" ("organization_id", "payer_record_id", "reason_code", "procedure_code", "received_on");`);
    this.addSql(`create table "appeal_letter_template" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "name" text not null,
      "format" text not null,
      "body" text not null,
      "updated_at" timestamptz not null);`);
    this.addSql(`alter table "appeal_letter_template" add constraint "appeal_letter_template_name_unique" unique ("organization_id", "name");`);
    this.addSql(`create table "appeal_letter" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "claim_id" uuid not null,
      "patient_id" uuid not null,
      "template_id" uuid not null,
      "work_item_id" uuid null,
      "format" text not null,
      "content" text not null,
      "attachments" jsonb not null,
      "created_by" text not null);`);
    this.addSql(`create index "appeal_letter_claim_index" on "appeal_letter" ("organization_id", "claim_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appeal_letter";`);
    this.addSql(`drop table if exists "appeal_letter_template";`);
    this.addSql(`drop table if exists "claim_denial";`);
    this.addSql(`drop table if exists "denial_category_rule";`);
  }
}

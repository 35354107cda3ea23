import { Migration } from '@mikro-orm/migrations';

/** Claims, their lines, scrub findings, and the per-organization sequence behind patient control numbers. */
export class Migration20261130090000Claims extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "claim" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "encounter_id" uuid not null,
      "patient_id" uuid not null,
      "coverage_id" uuid not null,
      "payer_record_id" uuid not null,
      "coverage_order" text not null,
      "patient_control_number" text not null,
      "frequency" text not null default '1',
      "payer_claim_number" text null,
      "replaces_claim_id" uuid null,
      "total_charge_cents" bigint not null,
      "state" text not null default 'draft',
      "date_of_service" text not null,
      "part" int not null default 1,
      "parts" int not null default 1,
      "snapshot" text not null,
      "updated_at" timestamptz not null);`);
    this.addSql(`alter table "claim" add constraint "claim_patient_control_number_unique" unique ("organization_id", "patient_control_number");`);
    this.addSql(`create index "claim_encounter_index" on "claim" ("organization_id", "encounter_id");`);
    this.addSql(`create index "claim_patient_index" on "claim" ("organization_id", "patient_id");`);
    this.addSql(`create index "claim_state_index" on "claim" ("organization_id", "state");`);
    this.addSql(`create table "claim_line" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "claim_id" uuid not null,
      "charge_id" uuid not null,
      "patient_id" uuid not null,
      "line_number" int not null,
      "line_item_control_number" text not null,
      "procedure_code" text not null,
      "modifiers" jsonb not null,
      "units" int not null,
      "unit_type" text not null,
      "charge_cents" bigint not null,
      "diagnosis_pointers" jsonb not null,
      "date_of_service" text not null,
      "place_of_service" text not null,
      "rendering_provider_id" uuid not null);`);
    this.addSql(`alter table "claim_line" add constraint "claim_line_control_number_unique" unique ("organization_id", "line_item_control_number");`);
    this.addSql(`create index "claim_line_claim_index" on "claim_line" ("organization_id", "claim_id");`);
    this.addSql(`create table "claim_scrub_finding" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "claim_id" uuid not null,
      "patient_id" uuid not null,
      "rule" text not null,
      "severity" text not null,
      "field" text not null,
      "message" text not null,
      "hint" text null,
      "overridden_by" text null,
      "override_reason" text null,
      "overridden_at" timestamptz null,
      "resolved_at" timestamptz null);`);
    this.addSql(`create index "claim_scrub_finding_claim_index" on "claim_scrub_finding" ("organization_id", "claim_id");`);
    this.addSql(`create table "claim_number_sequence" (
      "organization_id" uuid not null primary key,
      "last_value" bigint not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "claim_number_sequence" cascade;`);
    this.addSql(`drop table if exists "claim_scrub_finding" cascade;`);
    this.addSql(`drop table if exists "claim_line" cascade;`);
    this.addSql(`drop table if exists "claim" cascade;`);
  }
}

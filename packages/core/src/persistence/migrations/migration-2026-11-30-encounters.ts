import { Migration } from '@mikro-orm/migrations';

/** Encounters (the visit and its workflow state) and their charges. */
export class Migration20261130060000Encounters extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "encounter" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "location_id" uuid not null,
      "billing_provider_id" uuid not null,
      "rendering_provider_id" uuid not null,
      "state" text not null default 'scheduled',
      "scheduled_start" timestamptz null,
      "date_of_service" text not null,
      "place_of_service" text not null,
      "reason" text null,
      "self_pay" boolean not null default false,
      "diagnosis_codes" jsonb not null,
      "documentation_signed_by_provider_id" uuid null,
      "documentation_signed_at" timestamptz null,
      "responsibility_estimate_cents" bigint null,
      "responsibility_communicated_at" timestamptz null,
      "responsibility_communicated_by" text null,
      "responsibility_method" text null,
      "closed_reason" text null,
      "updated_at" timestamptz not null);`);
    this.addSql(`create index "encounter_patient_index" on "encounter" ("organization_id", "patient_id");`);
    this.addSql(`create index "encounter_date_index" on "encounter" ("organization_id", "date_of_service");`);
    this.addSql(`create table "charge" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "encounter_id" uuid not null,
      "patient_id" uuid not null,
      "procedure_code" text not null,
      "modifiers" jsonb not null,
      "units" int not null,
      "unit_type" text not null default 'UN',
      "diagnosis_pointers" jsonb not null,
      "rendering_provider_id" uuid not null,
      "place_of_service" text not null,
      "date_of_service" text not null,
      "unit_price_cents" bigint not null,
      "amount_cents" bigint not null,
      "expected_allowed_cents" bigint null,
      "price_source" text not null,
      "authorization_id" uuid null,
      "voided_at" timestamptz null,
      "void_reason" text null);`);
    this.addSql(`create index "charge_encounter_index" on "charge" ("organization_id", "encounter_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "charge" cascade;`);
    this.addSql(`drop table if exists "encounter" cascade;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * What the front desk records about a patient before a visit: the patient's account number and the index duplicate
 * detection narrows on, guarantors, coverages, authorizations with their append-only usage, eligibility results.
 */
export class Migration20261130020000PatientRecords extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "patient" add column "account_number" text null;`);
    this.addSql(`create index "patient_birth_date_index" on "patient" ("organization_id", "birth_date", "sex");`);

    this.addSql(`create table "guarantor" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "relationship" text not null,
      "first_name" text null,
      "last_name" text null,
      "birth_date" text null,
      "address" jsonb null,
      "phone" text null,
      "email" text null,
      "updated_at" timestamptz not null);`);
    this.addSql(`alter table "guarantor" add constraint "guarantor_patient_unique" unique ("organization_id", "patient_id");`);

    this.addSql(`create table "coverage" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "payer_record_id" uuid not null,
      "coverage_order" text not null,
      "subscriber_relationship" text not null,
      "subscriber_first_name" text null,
      "subscriber_last_name" text null,
      "subscriber_birth_date" text null,
      "subscriber_sex" text null,
      "subscriber_address" jsonb null,
      "member_id" text not null,
      "group_number" text null,
      "plan_name" text null,
      "effective_from" text not null,
      "effective_to" text null,
      "active" boolean not null default true,
      "updated_at" timestamptz not null);`);
    this.addSql(`create index "coverage_patient_index" on "coverage" ("organization_id", "patient_id", "coverage_order");`);

    this.addSql(`create table "authorization" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "payer_record_id" uuid not null,
      "coverage_id" uuid null,
      "number" text not null,
      "procedure_codes" jsonb not null,
      "units_approved" int not null,
      "start_date" text not null,
      "end_date" text not null,
      "status" text not null default 'active',
      "note" text null,
      "updated_at" timestamptz not null);`);
    this.addSql(`create index "authorization_patient_index" on "authorization" ("organization_id", "patient_id", "payer_record_id");`);

    this.addSql(`create table "authorization_usage" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "authorization_id" uuid not null,
      "patient_id" uuid not null,
      "units" int not null,
      "source_type" text not null,
      "source_id" text not null);`);
    this.addSql(`create index "authorization_usage_authorization_index" on "authorization_usage" ("organization_id", "authorization_id");`);
    this.addSql(`create index "authorization_usage_source_index" on "authorization_usage" ("organization_id", "source_type", "source_id");`);
    this.addSql(`create function authorization_usage_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'authorization_usage rows are append-only: % refused', tg_op;
      end $$;`);
    this.addSql(`create trigger authorization_usage_append_only before update or delete on "authorization_usage"
      for each row execute function authorization_usage_is_append_only();`);
    this.addSql(`create trigger authorization_usage_no_truncate before truncate on "authorization_usage"
      for each statement execute function authorization_usage_is_append_only();`);

    this.addSql(`create table "eligibility_check" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "coverage_id" uuid not null,
      "as_of_date" text not null,
      "checked_at" timestamptz not null,
      "checked_by" text not null,
      "method" text not null,
      "outcome" text not null,
      "plan_begin" text null,
      "plan_end" text null,
      "copay_cents" bigint null,
      "coinsurance_basis_points" int null,
      "deductible_remaining_cents" bigint null,
      "out_of_pocket_remaining_cents" bigint null,
      "reference_number" text null,
      "notes" text null);`);
    this.addSql(`create index "eligibility_check_coverage_index" on "eligibility_check" ("organization_id", "coverage_id", "as_of_date", "checked_at");`);
    this.addSql(`create index "eligibility_check_patient_index" on "eligibility_check" ("organization_id", "patient_id", "checked_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "eligibility_check" cascade;`);
    this.addSql(`drop table if exists "authorization_usage" cascade;`);
    this.addSql(`drop function if exists authorization_usage_is_append_only();`);
    this.addSql(`drop table if exists "authorization" cascade;`);
    this.addSql(`drop table if exists "coverage" cascade;`);
    this.addSql(`drop table if exists "guarantor" cascade;`);
    this.addSql(`drop index if exists "patient_birth_date_index";`);
    this.addSql(`alter table "patient" drop column if exists "account_number";`);
  }
}

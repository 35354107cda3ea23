import { Migration } from '@mikro-orm/migrations';

/** Patient accounts, statement settings, disputes, statement runs and their outcomes, statements (append-only) and their deliveries. */
export class Migration20261202100000PatientStatements extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "patient_account" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "patient_id" uuid not null,
      "state" text not null default 'current',
      "statements_sent" integer not null default 0,
      "last_statement_on" text null,
      "email_consent" boolean not null default false,
      "email" text null,
      "hold_until" text null,
      "hold_reason" text null,
      constraint "patient_account_patient_unique" unique ("organization_id", "patient_id"));`);
    this.addSql(`create table "statement_settings" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "runs_daily" boolean not null,
      "cadence_days" integer not null,
      "statements_before_final_notice" integer not null,
      "minimum_balance_cents" bigint not null,
      "small_balance_write_off_cents" bigint not null,
      "due_in_days" integer not null,
      "billing_name" text not null,
      "billing_address" jsonb not null,
      "billing_phone" text not null,
      "notices" jsonb not null,
      "updated_by" text not null,
      constraint "statement_settings_organization_unique" unique ("organization_id"));`);
    this.addSql(`create table "patient_dispute" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "patient_id" uuid not null,
      "state" text not null default 'open',
      "reason" text not null,
      "answer" text null,
      "resolution" text null,
      "opened_by" text not null);`);
    this.addSql(`create index "patient_dispute_patient_index" on "patient_dispute" ("organization_id", "patient_id", "state");`);
    this.addSql(`create table "statement_run" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "run_date" text not null,
      "trigger" text not null,
      "started_by" text not null,
      "finished_at" timestamptz null,
      "counts" jsonb null);`);
    this.addSql(`create index "statement_run_date_index" on "statement_run" ("organization_id", "run_date");`);
    this.addSql(`create table "statement_run_outcome" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "run_id" uuid not null,
      "patient_id" uuid not null,
      "result" text not null,
      "reason" text not null,
      "balance_cents" bigint not null,
      "statement_id" uuid null);`);
    this.addSql(`create index "statement_run_outcome_run_index" on "statement_run_outcome" ("organization_id", "run_id");`);
    this.addSql(`create table "statement" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "run_id" uuid not null,
      "kind" text not null,
      "statement_date" text not null,
      "due_date" text not null,
      "amount_due_cents" bigint not null,
      "document" jsonb not null,
      "html" text not null,
      "pdf" bytea not null,
      "rendered_by" text not null);`);
    this.addSql(`create index "statement_patient_index" on "statement" ("organization_id", "patient_id", "statement_date");`);
    this.addSql(`create index "statement_run_index" on "statement" ("organization_id", "run_id");`);
    this.addSql(`create function statement_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'statement rows are kept as sent: % refused', tg_op;
      end $$;`);
    this.addSql(`create trigger statement_append_only before update or delete on "statement"
      for each row execute function statement_is_append_only();`);
    this.addSql(`create table "statement_delivery" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "statement_id" uuid not null,
      "channel" text not null,
      "attempt" integer not null,
      "outcome" text not null,
      "reference" text null,
      "error" text null);`);
    this.addSql(`create index "statement_delivery_statement_index" on "statement_delivery" ("organization_id", "statement_id");`);
  }

  override async down(): Promise<void> {
    for (const table of ['statement_delivery', 'statement', 'statement_run_outcome', 'statement_run', 'patient_dispute', 'statement_settings', 'patient_account']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    this.addSql(`drop function if exists statement_is_append_only();`);
  }
}

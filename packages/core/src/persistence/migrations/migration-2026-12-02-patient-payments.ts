import { Migration } from '@mikro-orm/migrations';

/** Patient payments (append-only receipts) with receipt emails and returns, payment plans, financial-assistance applications, good-faith estimates, and pay-link checkouts and check failures. */
export class Migration20261202110000PatientPayments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "patient_payment" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "amount_cents" bigint not null,
      "method" text not null,
      "channel" text not null,
      "processor_reference" text null,
      "reference" text null,
      "payment_plan_id" uuid null,
      "received_on" text not null,
      "received_by" text not null,
      "receipt_email" text null,
      constraint "patient_payment_processor_reference_unique" unique ("organization_id", "processor_reference"));`);
    this.addSql(`create index "patient_payment_patient_index" on "patient_payment" ("organization_id", "patient_id", "received_on");`);
    this.addSql(`create function patient_payment_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'patient_payment rows are kept as taken: % refused', tg_op;
      end $$;`);
    this.addSql(`create trigger patient_payment_append_only before update or delete on "patient_payment"
      for each row execute function patient_payment_is_append_only();`);
    this.addSql(`create table "payment_return" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "payment_id" uuid not null,
      "patient_id" uuid not null,
      "kind" text not null,
      "amount_cents" bigint not null,
      "reason" text not null,
      "processor_reference" text null,
      "returned_on" text not null,
      "recorded_by" text not null);`);
    this.addSql(`create index "payment_return_payment_index" on "payment_return" ("organization_id", "payment_id");`);
    this.addSql(`create function payment_return_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'payment_return rows are kept as recorded: % refused', tg_op;
      end $$;`);
    this.addSql(`create trigger payment_return_append_only before update or delete on "payment_return"
      for each row execute function payment_return_is_append_only();`);
    this.addSql(`create table "payment_receipt" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "payment_id" uuid not null,
      "sent_to" text not null,
      "message_id" text not null,
      "outbox_file" text null,
      constraint "payment_receipt_payment_unique" unique ("organization_id", "payment_id"));`);
    this.addSql(`create table "payment_plan" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "patient_id" uuid not null,
      "state" text not null default 'active',
      "total_cents" bigint not null,
      "installment_cents" bigint not null,
      "cadence" text not null,
      "first_due_on" text not null,
      "started_on" text not null,
      "grace_days" integer not null,
      "autopay" boolean not null default false,
      "payment_method_token" text null,
      "reminded_for" text null,
      "ended_on" text null,
      "created_by" text not null);`);
    this.addSql(`create index "payment_plan_patient_index" on "payment_plan" ("organization_id", "patient_id", "state");`);
    this.addSql(`create unique index "payment_plan_one_active_unique" on "payment_plan" ("organization_id", "patient_id") where "state" = 'active';`);
    this.addSql(`create table "assistance_application" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "patient_id" uuid not null,
      "state" text not null default 'pending',
      "note" text null,
      "discount_percent" integer null,
      "discount_cents" bigint null,
      "decision_note" text null,
      "decided_by" text null,
      "decided_on" text null,
      "created_by" text not null);`);
    this.addSql(`create index "assistance_application_patient_index" on "assistance_application" ("organization_id", "patient_id", "state");`);
    this.addSql(`create table "good_faith_estimate" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "estimated_cents" bigint not null,
      "issued_on" text not null,
      "services_from" text not null,
      "services_to" text not null,
      "description" text not null,
      "created_by" text not null);`);
    this.addSql(`create index "good_faith_estimate_patient_index" on "good_faith_estimate" ("organization_id", "patient_id");`);
    this.addSql(`create table "pay_link_check_failure" (
      "organization_id" uuid not null,
      "link_hash" text not null,
      "failures" integer not null,
      "last_failure_at" timestamptz not null,
      primary key ("organization_id", "link_hash"));`);
    this.addSql(`create table "pay_link_checkout" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "gateway_id" text not null,
      "session_id" text not null,
      "amount_cents" bigint not null,
      "receipt_email" text null,
      constraint "pay_link_checkout_session_unique" unique ("organization_id", "gateway_id", "session_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pay_link_checkout" cascade;`);
    this.addSql(`drop table if exists "pay_link_check_failure" cascade;`);
    this.addSql(`drop table if exists "good_faith_estimate" cascade;`);
    this.addSql(`drop table if exists "assistance_application" cascade;`);
    this.addSql(`drop table if exists "payment_plan" cascade;`);
    this.addSql(`drop table if exists "payment_receipt" cascade;`);
    this.addSql(`drop table if exists "payment_return" cascade;`);
    this.addSql(`drop function if exists payment_return_is_append_only();`);
    this.addSql(`drop table if exists "patient_payment" cascade;`);
    this.addSql(`drop function if exists patient_payment_is_append_only();`);
  }
}

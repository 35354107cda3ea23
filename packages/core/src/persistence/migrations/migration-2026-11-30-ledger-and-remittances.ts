import { Migration } from '@mikro-orm/migrations';

/**
 * The append-only ledger (UPDATE and DELETE refused by a trigger; each encounter charge charged once; an entry reversed
 * at most once) and the remittances posted into it: claim payments, service payments, CAS adjustments and PLB amounts
 * as the payer stated them, with what posting did with each.
 */
export class Migration20261130150000LedgerAndRemittances extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "ledger_entry" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "kind" text not null,
      "amount_cents" bigint not null,
      "party" text not null,
      "charge_id" uuid null,
      "patient_id" uuid null,
      "coverage_id" uuid null,
      "payer_record_id" uuid null,
      "claim_id" uuid null,
      "claim_line_id" uuid null,
      "group_code" text null,
      "reason_code" text null,
      "source" text not null,
      "source_id" uuid null,
      "source_item_id" uuid null,
      "reverses_entry_id" uuid null,
      "transfer_id" uuid null,
      "reference" text null,
      "memo" text null,
      "effective_date" text not null,
      "posted_by" text not null);`);
    this.addSql(`create index "ledger_entry_account_index" on "ledger_entry" ("organization_id", "charge_id", "coverage_id");`);
    this.addSql(`create index "ledger_entry_claim_index" on "ledger_entry" ("organization_id", "claim_id");`);
    this.addSql(`create index "ledger_entry_patient_index" on "ledger_entry" ("organization_id", "patient_id", "party");`);
    this.addSql(`create index "ledger_entry_payer_index" on "ledger_entry" ("organization_id", "payer_record_id");`);
    this.addSql(`create index "ledger_entry_source_index" on "ledger_entry" ("organization_id", "source_id");`);
    this.addSql(`create unique index "ledger_entry_one_charge_unique" on "ledger_entry" ("organization_id", "charge_id") where "kind" = 'charge';`);
    this.addSql(`create unique index "ledger_entry_reversed_once_unique" on "ledger_entry" ("reverses_entry_id") where "reverses_entry_id" is not null;`);
    this.addSql(`create function ledger_entry_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'ledger_entry rows are append-only: % refused (post a reversal instead)', tg_op;
      end $$;`);
    this.addSql(`create trigger ledger_entry_append_only before update or delete on "ledger_entry"
      for each row execute function ledger_entry_is_append_only();`);

    this.addSql(`create table "remittance" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "source" text not null,
      "x12_file_id" uuid null,
      "transaction_control_number" text null,
      "trace_number" text not null,
      "trace_originator" text not null,
      "payer_name" text not null,
      "payer_identifier" text null,
      "payer_record_id" uuid null,
      "payee_identifier" text null,
      "handling_code" text not null,
      "method" text not null,
      "payment_cents" bigint not null,
      "payment_date" text null,
      "received_on" text not null,
      "claim_count" int not null default 0,
      "unmatched_count" int not null default 0,
      "warnings" jsonb not null,
      "posted_by" text not null);`);
    this.addSql(`create index "remittance_trace_index" on "remittance" ("organization_id", "trace_number");`);
    this.addSql(`alter table "remittance" add constraint "remittance_posted_once_unique" unique ("organization_id", "trace_originator", "trace_number");`);

    this.addSql(`create table "remittance_claim" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "remittance_id" uuid not null,
      "position" int not null,
      "patient_control_number" text not null,
      "status_code" text not null,
      "charge_cents" bigint not null,
      "payment_cents" bigint not null,
      "patient_responsibility_cents" bigint null,
      "payer_claim_number" text null,
      "crossover_payer_name" text null,
      "crossover_payer_id" text null,
      "match" text not null,
      "unmatched_reason" text null,
      "claim_id" uuid null,
      "patient_id" uuid null,
      "coverage_id" uuid null,
      "reverses_remittance_claim_id" uuid null);`);
    this.addSql(`create index "remittance_claim_remittance_index" on "remittance_claim" ("organization_id", "remittance_id");`);
    this.addSql(`create index "remittance_claim_claim_index" on "remittance_claim" ("organization_id", "claim_id");`);
    this.addSql(`create index "remittance_claim_match_index" on "remittance_claim" ("organization_id", "match");`);

    this.addSql(`create table "remittance_line" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "remittance_claim_id" uuid not null,
      "position" int not null,
      "procedure_code" text not null,
      "modifiers" jsonb not null,
      "charge_cents" bigint not null,
      "payment_cents" bigint not null,
      "allowed_cents" bigint null,
      "units" int null,
      "service_date" text null,
      "line_item_control_number" text null,
      "remark_codes" jsonb not null,
      "match_method" text not null,
      "claim_line_id" uuid null,
      "charge_id" uuid null,
      "contract_allowed_cents" bigint null,
      "expected_payment_cents" bigint null,
      "variance_status" text not null default 'none',
      "variance_note" text null);`);
    this.addSql(`create index "remittance_line_claim_index" on "remittance_line" ("organization_id", "remittance_claim_id");`);
    this.addSql(`create index "remittance_line_variance_index" on "remittance_line" ("organization_id", "variance_status");`);

    this.addSql(`create table "remittance_adjustment" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "remittance_claim_id" uuid not null,
      "remittance_line_id" uuid null,
      "position" int not null,
      "group_code" text not null,
      "reason_code" text not null,
      "amount_cents" bigint not null,
      "quantity" int null,
      "disposition" text not null);`);
    this.addSql(`create index "remittance_adjustment_claim_index" on "remittance_adjustment" ("organization_id", "remittance_claim_id");`);

    this.addSql(`create table "provider_adjustment" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "remittance_id" uuid not null,
      "position" int not null,
      "provider_identifier" text not null,
      "fiscal_period_date" text not null,
      "reason_code" text not null,
      "reference" text null,
      "amount_cents" bigint not null,
      "disposition" text not null,
      "claim_id" uuid null);`);
    this.addSql(`create index "provider_adjustment_remittance_index" on "provider_adjustment" ("organization_id", "remittance_id");`);
    this.addSql(`create index "provider_adjustment_reason_index" on "provider_adjustment" ("organization_id", "reason_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "provider_adjustment";`);
    this.addSql(`drop table if exists "remittance_adjustment";`);
    this.addSql(`drop table if exists "remittance_line";`);
    this.addSql(`drop table if exists "remittance_claim";`);
    this.addSql(`drop table if exists "remittance";`);
    this.addSql(`drop table if exists "ledger_entry";`);
    this.addSql(`drop function if exists ledger_entry_is_append_only();`);
  }
}

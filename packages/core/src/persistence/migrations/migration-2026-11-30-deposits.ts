import { Migration } from '@mikro-orm/migrations';

/** Deposit reconciliation: bank deposits, each matched to at most one remittance, and the history of matches. */
export class Migration20261130210000Deposits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "deposit" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "deposit_date" text not null,
      "amount_cents" bigint not null,
      "trace_number" text null,
      "payer_name" text null,
      "bank_reference" text null,
      "note" text null,
      "source" text not null,
      "entered_by" text not null,
      "remittance_id" uuid null,
      "match_method" text null,
      "matched_at" timestamptz null);`);
    this.addSql(`create index "deposit_trace_index" on "deposit" ("organization_id", "trace_number");`);
    this.addSql(`create index "deposit_date_index" on "deposit" ("organization_id", "deposit_date");`);
    this.addSql(`create unique index "deposit_remittance_unique" on "deposit" ("organization_id", "remittance_id") where "remittance_id" is not null;`);
    this.addSql(`create table "deposit_match_event" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "deposit_id" uuid not null,
      "remittance_id" uuid not null,
      "action" text not null,
      "method" text not null,
      "reason" text not null,
      "actor" text not null);`);
    this.addSql(`create index "deposit_match_event_deposit_index" on "deposit_match_event" ("organization_id", "deposit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deposit_match_event";`);
    this.addSql(`drop table if exists "deposit";`);
  }
}

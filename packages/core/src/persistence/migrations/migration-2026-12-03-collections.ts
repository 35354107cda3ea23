import { Migration } from '@mikro-orm/migrations';

/**
 * Collections: the policy, placement proposals and their decisions, placements, the agency file import log and the
 * activity applied (append-only), the communication log (append-only), opt-outs and debt disputes.
 */
export class Migration20261203100000Collections extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "collection_settings" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "min_days_since_first_statement" integer not null,
      "final_notice_wait_days" integer not null,
      "minimum_balance_cents" bigint not null,
      "agency_fee_posting" text not null,
      "connector_id" text null,
      "collector_hours" text not null,
      "credit_reporting" jsonb not null,
      "updated_by" text not null,
      constraint "collection_settings_organization_unique" unique ("organization_id"));`);
    this.addSql(`create table "collection_placement_batch" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "state" text not null default 'proposed',
      "proposed_on" text not null,
      "proposed_by" text not null,
      "connector_id" text not null,
      "proposed_count" integer not null,
      "excluded_count" integer not null,
      "decided_by" text null,
      "decided_at" timestamptz null,
      "agency_reference" text null,
      "failure" text null);`);
    this.addSql(`create index "collection_placement_batch_state_index" on "collection_placement_batch" ("organization_id", "state", "proposed_on");`);
    this.addSql(`create table "collection_placement_decision" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "batch_id" uuid not null,
      "patient_id" uuid not null,
      "proposed" boolean not null,
      "reasons" jsonb not null,
      "balance_cents" bigint not null);`);
    this.addSql(`create index "collection_placement_decision_batch_index" on "collection_placement_decision" ("organization_id", "batch_id", "proposed");`);
    this.addSql(`create table "collection_placement" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "batch_id" uuid not null,
      "patient_id" uuid not null,
      "connector_id" text not null,
      "account_number" text not null,
      "state" text not null default 'placed',
      "placed_on" text not null,
      "placed_cents" bigint not null,
      "itemization_date" text not null,
      "itemization" jsonb not null,
      "validation_notice_sent_on" text null,
      "closed_reason" text null,
      "ended_on" text null,
      "recall_reference" text null);`);
    this.addSql(`create index "collection_placement_account_index" on "collection_placement" ("organization_id", "connector_id", "account_number", "state");`);
    this.addSql(`create index "collection_placement_patient_index" on "collection_placement" ("organization_id", "patient_id", "state");`);
    this.addSql(`create table "collection_agency_file" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "connector_id" text not null,
      "file_name" text not null,
      "origin" text not null,
      "status" text not null,
      "issues" jsonb not null,
      "row_count" integer not null,
      "posted_count" integer not null,
      "duplicate_count" integer not null,
      "failures" jsonb not null,
      "imported_by" text not null);`);
    this.addSql(`create index "collection_agency_file_index" on "collection_agency_file" ("organization_id", "created_at");`);
    this.addSql(`create table "collection_agency_activity" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "placement_id" uuid not null,
      "patient_id" uuid not null,
      "connector_id" text not null,
      "file_id" uuid null,
      "kind" text not null,
      "amount_cents" bigint not null,
      "agency_fee_cents" bigint not null,
      "fee_posting" text null,
      "occurred_on" text not null,
      "reference" text not null,
      "note" text null,
      constraint "collection_agency_activity_reference_unique" unique ("organization_id", "connector_id", "reference"));`);
    this.addSql(`create index "collection_agency_activity_placement_index" on "collection_agency_activity" ("organization_id", "placement_id");`);
    this.addSql(`create table "collection_communication" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "placement_id" uuid null,
      "kind" text not null,
      "channel" text not null,
      "occurred_at" timestamptz not null,
      "outcome" text not null,
      "reason" text null,
      "summary" text not null,
      "details" jsonb null,
      "document" bytea null,
      "recorded_by" text not null,
      "retain_until" text not null);`);
    this.addSql(`create index "collection_communication_patient_index" on "collection_communication" ("organization_id", "patient_id", "occurred_at");`);
    this.addSql(`create table "collection_opt_out" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "channel" text not null,
      "opted_out_at" timestamptz not null,
      "note" text null,
      "recorded_by" text not null);`);
    this.addSql(`create index "collection_opt_out_patient_index" on "collection_opt_out" ("organization_id", "patient_id", "channel");`);
    this.addSql(`create table "collection_dispute" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "patient_id" uuid not null,
      "placement_id" uuid null,
      "received_on" text not null,
      "medium" text not null,
      "disputed_cents" bigint not null,
      "stops_collection" boolean not null,
      "note" text not null,
      "verified_on" text null,
      "verification" text null,
      "recorded_by" text not null);`);
    this.addSql(`create index "collection_dispute_patient_index" on "collection_dispute" ("organization_id", "patient_id");`);
    for (const table of ['collection_agency_activity', 'collection_communication', 'collection_placement_decision']) {
      this.addSql(`create function ${table}_is_append_only() returns trigger language plpgsql as $$
        begin
          raise exception '${table} rows are kept as written: % refused', tg_op;
        end $$;`);
      this.addSql(`create trigger ${table}_append_only before update or delete on "${table}"
        for each row execute function ${table}_is_append_only();`);
    }
  }
}

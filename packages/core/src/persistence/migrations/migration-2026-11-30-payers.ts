import { Migration } from '@mikro-orm/migrations';

/** Payers (X12 payer id, claim filing indicator, filing and appeal limits, serving plugins) and provider enrollments. */
export class Migration20261130000000Payers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "payer" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "name" text not null,
      "payer_id" text not null,
      "claim_filing_indicator" text not null,
      "timely_filing_days" int not null default 365,
      "appeal_limit_days" int not null default 120,
      "clearinghouse_plugin_id" text null,
      "eligibility_plugin_id" text null,
      "authorization_required_codes" jsonb not null,
      "active" boolean not null default true);`);
    this.addSql(`alter table "payer" add constraint "payer_payer_id_unique" unique ("organization_id", "payer_id");`);
    this.addSql(`create table "payer_enrollment" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "payer_record_id" uuid not null,
      "provider_id" uuid not null,
      "transaction" text not null,
      "status" text not null,
      "effective_from" text null,
      "note" text null);`);
    this.addSql(
      `alter table "payer_enrollment" add constraint "payer_enrollment_unique" unique ("organization_id", "payer_record_id", "provider_id", "transaction");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payer_enrollment" cascade;`);
    this.addSql(`drop table if exists "payer" cascade;`);
  }
}

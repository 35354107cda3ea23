import { Migration } from '@mikro-orm/migrations';

/** Claim batches and the archive of every X12 file sent and received. */
export class Migration20261130120000Submissions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "x12_file" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "direction" text not null,
      "kind" text not null,
      "file_name" text not null,
      "plugin_id" text not null,
      "sha256" text not null,
      "byte_size" int not null,
      "content" text not null,
      "batch_id" uuid null,
      "processed_at" timestamptz null,
      "processing_error" text null);`);
    this.addSql(`alter table "x12_file" add constraint "x12_file_hash_unique" unique ("organization_id", "direction", "sha256");`);
    this.addSql(`create index "x12_file_batch_index" on "x12_file" ("organization_id", "batch_id");`);
    this.addSql(`create table "claim_batch" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "plugin_id" text not null,
      "payer_record_id" uuid not null,
      "file_name" text not null,
      "interchange_control_number" text not null,
      "group_control_number" text not null,
      "claim_ids" jsonb not null,
      "state" text not null default 'pending',
      "reference" text null,
      "submitted_at" timestamptz null,
      "last_error" text null);`);
    this.addSql(`create index "claim_batch_group_index" on "claim_batch" ("organization_id", "group_control_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "claim_batch" cascade;`);
    this.addSql(`drop table if exists "x12_file" cascade;`);
  }
}

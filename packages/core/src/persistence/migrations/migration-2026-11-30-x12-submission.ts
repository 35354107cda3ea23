import { Migration } from '@mikro-orm/migrations';

/** The organization's X12 submitter id and its control numbers (unique per sender across processes). */
export class Migration20261130080000X12Submission extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organization" add column "x12_submitter_id" text null;`);
    this.addSql(`create table "x12_control_number" (
      "organization_id" uuid not null,
      "kind" text not null,
      "last_value" bigint not null,
      constraint "x12_control_number_pkey" primary key ("organization_id", "kind"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "x12_control_number" cascade;`);
    this.addSql(`alter table "organization" drop column "x12_submitter_id";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/** Providers (individual and organization NPIs, taxonomy, encrypted tax id). */
export class Migration20261123060000Providers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "provider" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "kind" text not null,
      "name" text not null,
      "first_name" text null,
      "npi" text not null,
      "taxonomy" text null,
      "tax_id" text null,
      "active" boolean not null default true);`);
    this.addSql(`alter table "provider" add constraint "provider_npi_unique" unique ("organization_id", "npi");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "provider" cascade;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Medicare PFS reference data (imported RVU and GPCI files, installation-wide: public CMS data, no organization) and
 * the organizations' fee schedules with their entries.
 */
export class Migration20261130040000FeeSchedules extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "medicare_pfs_release" (
      "id" uuid not null primary key,
      "kind" text not null,
      "year" int not null,
      "effective_from" text not null,
      "source_file" text not null,
      "rows" int not null,
      "imported_by" text not null,
      "imported_at" timestamptz not null);`);
    this.addSql(`alter table "medicare_pfs_release" add constraint "medicare_pfs_release_unique" unique ("kind", "effective_from");`);
    this.addSql(`create table "medicare_rvu" (
      "id" uuid not null primary key,
      "release_id" uuid not null,
      "hcpcs" text not null,
      "modifier" text not null,
      "description" text not null,
      "status_code" text not null,
      "not_used_for_medicare_payment" boolean not null,
      "work_rvu" numeric(12,4) not null,
      "non_facility_pe_rvu" numeric(12,4) not null,
      "non_facility_na" boolean not null,
      "facility_pe_rvu" numeric(12,4) not null,
      "facility_na" boolean not null,
      "mp_rvu" numeric(12,4) not null,
      "pctc_indicator" text not null,
      "conversion_factor" numeric(12,4) null);`);
    this.addSql(`alter table "medicare_rvu" add constraint "medicare_rvu_unique" unique ("release_id", "hcpcs", "modifier");`);
    this.addSql(`create table "medicare_gpci" (
      "id" uuid not null primary key,
      "release_id" uuid not null,
      "mac" text not null,
      "locality" text not null,
      "state" text not null,
      "locality_name" text not null,
      "work_gpci" numeric(12,4) not null,
      "pe_gpci" numeric(12,4) not null,
      "mp_gpci" numeric(12,4) not null);`);
    this.addSql(`alter table "medicare_gpci" add constraint "medicare_gpci_unique" unique ("release_id", "mac", "locality");`);

    this.addSql(`create table "fee_schedule" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "name" text not null,
      "payer_record_id" uuid null,
      "effective_from" text not null,
      "effective_to" text null,
      "kind" text not null,
      "percent_basis_points" int null,
      "medicare_mac" text null,
      "medicare_locality" text null);`);
    this.addSql(`create index "fee_schedule_lookup_index" on "fee_schedule" ("organization_id", "payer_record_id", "effective_from");`);
    this.addSql(`create table "fee_schedule_entry" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "fee_schedule_id" uuid not null,
      "code" text not null,
      "modifier" text not null,
      "amount_cents" bigint not null);`);
    this.addSql(`alter table "fee_schedule_entry" add constraint "fee_schedule_entry_unique" unique ("fee_schedule_id", "code", "modifier");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fee_schedule_entry" cascade;`);
    this.addSql(`drop table if exists "fee_schedule" cascade;`);
    this.addSql(`drop table if exists "medicare_gpci" cascade;`);
    this.addSql(`drop table if exists "medicare_rvu" cascade;`);
    this.addSql(`drop table if exists "medicare_pfs_release" cascade;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/** ICD-10-CM codes with effective and retirement dates, and the log of imported code-set releases. */
export class Migration20261123040000ReferenceCodes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "icd10cm_code" (
      "id" uuid not null primary key,
      "code" text not null,
      "description" text not null,
      "effective_from" text not null,
      "retired_on" text null);`);
    this.addSql(`create index "icd10cm_code_lookup_index" on "icd10cm_code" ("code", "effective_from");`);
    this.addSql(`create unique index "icd10cm_code_current_unique" on "icd10cm_code" ("code") where "retired_on" is null;`);

    this.addSql(`create table "code_set_release" (
      "id" uuid not null primary key,
      "code_set" text not null,
      "effective_date" text not null,
      "source_file" text not null,
      "total" int not null,
      "added" int not null,
      "changed" int not null,
      "retired" int not null,
      "imported_by" text not null,
      "imported_at" timestamptz not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "code_set_release" cascade;`);
    this.addSql(`drop table if exists "icd10cm_code" cascade;`);
  }
}

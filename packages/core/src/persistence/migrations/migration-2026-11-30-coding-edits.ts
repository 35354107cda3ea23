import { Migration } from '@mikro-orm/migrations';

/** NCCI procedure-to-procedure edits and Medically Unlikely Edits (installation-wide CMS data, no organization). */
export class Migration20261130100000CodingEdits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "coding_edit_release" (
      "id" uuid not null primary key,
      "kind" text not null,
      "effective_date" text not null,
      "source_file" text not null,
      "total" int not null,
      "added" int not null,
      "changed" int not null,
      "retired" int not null,
      "imported_by" text not null,
      "imported_at" timestamptz not null);`);
    this.addSql(`create index "coding_edit_release_kind_index" on "coding_edit_release" ("kind", "effective_date");`);
    this.addSql(`create table "ncci_ptp_edit" (
      "id" uuid not null primary key,
      "column1" text not null,
      "column2" text not null,
      "prior_to_1996" boolean not null,
      "effective_date" text not null,
      "deletion_date" text null,
      "modifier_indicator" text not null,
      "rationale" text not null,
      "release_id" uuid not null);`);
    this.addSql(`alter table "ncci_ptp_edit" add constraint "ncci_ptp_edit_unique" unique ("column1", "column2", "effective_date");`);
    this.addSql(`create index "ncci_ptp_edit_column2_index" on "ncci_ptp_edit" ("column2");`);
    this.addSql(`create table "mue_edit" (
      "id" uuid not null primary key,
      "code" text not null,
      "units" int not null,
      "indicator" smallint not null,
      "rationale" text not null,
      "effective_from" text not null,
      "retired_on" text null,
      "release_id" uuid not null);`);
    this.addSql(`create index "mue_edit_lookup_index" on "mue_edit" ("code", "effective_from");`);
    this.addSql(`create unique index "mue_edit_current_unique" on "mue_edit" ("code") where "retired_on" is null;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/** Work items and their append-only notes; per-organization gate policies and settings; the gate defects recorded. */
export class Migration20261130050000WorkItemsAndGates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "work_item" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "kind" text not null,
      "title" text not null,
      "category" text null,
      "record_type" text not null,
      "record_id" text not null,
      "patient_id" uuid null,
      "owner_user_id" uuid null,
      "owner_role" text null,
      "assignee_user_id" uuid null,
      "due_date" text null,
      "priority" smallint not null,
      "state" text not null default 'open',
      "resolution_note" text null,
      "opened_by" text not null,
      "updated_at" timestamptz not null);`);
    this.addSql(`create index "work_item_state_index" on "work_item" ("organization_id", "state");`);
    this.addSql(`create index "work_item_record_index" on "work_item" ("organization_id", "record_type", "record_id");`);
    this.addSql(`create index "work_item_category_index" on "work_item" ("organization_id", "kind", "category");`);

    this.addSql(`create table "work_item_note" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "work_item_id" uuid not null,
      "patient_id" uuid null,
      "author_type" text not null,
      "author_id" text not null,
      "body" text not null);`);
    this.addSql(`create index "work_item_note_item_index" on "work_item_note" ("organization_id", "work_item_id", "created_at");`);
    this.addSql(`create function work_item_note_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'work_item_note rows are append-only: % refused', tg_op;
      end $$;`);
    this.addSql(`create trigger work_item_note_append_only before update or delete on "work_item_note"
      for each row execute function work_item_note_is_append_only();`);
    this.addSql(`create trigger work_item_note_no_truncate before truncate on "work_item_note"
      for each statement execute function work_item_note_is_append_only();`);

    this.addSql(`create table "gate_policy" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "check" text not null,
      "policy" text not null,
      "owner_role" text null,
      "owner_user_id" uuid null,
      "updated_at" timestamptz not null);`);
    this.addSql(`alter table "gate_policy" add constraint "gate_policy_check_unique" unique ("organization_id", "check");`);

    this.addSql(`create table "gate_settings" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "defect_window_days" int not null default 30,
      "updated_at" timestamptz not null);`);
    this.addSql(`alter table "gate_settings" add constraint "gate_settings_organization_unique" unique ("organization_id");`);

    this.addSql(`create table "gate_defect" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "check" text not null,
      "record_type" text not null,
      "record_id" text not null,
      "event" text not null,
      "outcome" text not null,
      "failure_reason" text not null);`);
    this.addSql(`create index "gate_defect_check_index" on "gate_defect" ("organization_id", "check", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "gate_defect" cascade;`);
    this.addSql(`drop table if exists "gate_settings" cascade;`);
    this.addSql(`drop table if exists "gate_policy" cascade;`);
    this.addSql(`drop table if exists "work_item_note" cascade;`);
    this.addSql(`drop function if exists work_item_note_is_append_only();`);
    this.addSql(`drop table if exists "work_item" cascade;`);
  }
}

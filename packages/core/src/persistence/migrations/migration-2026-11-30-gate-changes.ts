import { Migration } from '@mikro-orm/migrations';

/** The append-only log of gate changes: who set a check's policy and owner or the gate settings, when, from what to what. */
export class Migration20261130236000GateChanges extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "gate_change" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "at" timestamptz not null,
      "actor_type" text not null,
      "actor_id" text not null,
      "subject" text not null,
      "check" text null,
      "previous" jsonb not null,
      "next" jsonb not null,
      "correlation_id" text not null);`);
    this.addSql(`create index "gate_change_at_index" on "gate_change" ("organization_id", "at", "id");`);
    this.addSql(`create index "gate_change_check_index" on "gate_change" ("organization_id", "check", "at");`);
    this.addSql(`create function gate_change_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'gate_change rows are append-only: % refused', tg_op;
      end $$;`);
    this.addSql(`create trigger gate_change_append_only before update or delete on "gate_change"
      for each row execute function gate_change_is_append_only();`);
    this.addSql(`create trigger gate_change_no_truncate before truncate on "gate_change"
      for each statement execute function gate_change_is_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "gate_change" cascade;`);
    this.addSql(`drop function if exists gate_change_is_append_only();`);
  }
}

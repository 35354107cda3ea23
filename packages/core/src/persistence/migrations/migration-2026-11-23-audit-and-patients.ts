import { Migration } from '@mikro-orm/migrations';

/** The append-only audit trail (UPDATE and DELETE refused by a trigger) and the patient registration record. */
export class Migration20261123020000AuditAndPatients extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "at" timestamptz not null,
      "actor_type" text not null,
      "actor_id" text not null,
      "action" text not null,
      "record_type" text not null,
      "record_id" text not null,
      "patient_id" uuid null,
      "ip" text null,
      "correlation_id" text not null);`);
    this.addSql(`create index "audit_event_patient_index" on "audit_event" ("organization_id", "patient_id", "at");`);
    this.addSql(`create index "audit_event_actor_index" on "audit_event" ("organization_id", "actor_id", "at");`);
    this.addSql(`create function audit_event_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event rows are append-only: % refused', tg_op;
      end $$;`);
    this.addSql(`create trigger audit_event_append_only before update or delete on "audit_event"
      for each row execute function audit_event_is_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event"
      for each statement execute function audit_event_is_append_only();`);

    this.addSql(`create table "patient" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "first_name" text not null,
      "last_name" text not null,
      "birth_date" text not null,
      "sex" text not null,
      "ssn" text null,
      "ssn_hash" text null,
      "updated_at" timestamptz not null);`);
    this.addSql(`create index "patient_ssn_hash_index" on "patient" ("organization_id", "ssn_hash");`);
    this.addSql(`create index "patient_name_index" on "patient" ("organization_id", "last_name", "first_name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "patient" cascade;`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop function if exists audit_event_is_append_only();`);
  }
}

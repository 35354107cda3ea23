import { Migration } from '@mikro-orm/migrations';

/** Tenants, jobs, the event outbox and plugin settings and state. */
export class Migration20261123000000Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "organization" (
      "id" uuid not null primary key,
      "name" text not null,
      "time_zone" text not null,
      "created_at" timestamptz not null);`);

    this.addSql(`create table "job_record" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "name" text not null,
      "payload" jsonb not null,
      "idempotency_key" text not null,
      "status" text not null default 'queued',
      "attempts" int not null default 0,
      "max_attempts" int not null,
      "run_at" timestamptz not null,
      "dispatched_at" timestamptz null,
      "dispatch_count" int not null default 0,
      "last_error" text null,
      "correlation_id" text not null,
      "completed_at" timestamptz null,
      "updated_at" timestamptz not null);`);
    this.addSql(`alter table "job_record" add constraint "job_record_idempotency_unique" unique ("organization_id", "name", "idempotency_key");`);
    this.addSql(`create index "job_record_due_index" on "job_record" ("status", "run_at");`);

    this.addSql(`create table "outbox_event" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "name" text not null,
      "payload" jsonb not null,
      "correlation_id" text not null,
      "lease_until" timestamptz null,
      "published_at" timestamptz null);`);
    this.addSql(`create index "outbox_event_unpublished_index" on "outbox_event" ("published_at", "created_at");`);

    this.addSql(`create table "plugin_setting" (
      "organization_id" uuid not null,
      "plugin_id" text not null,
      "settings" jsonb not null,
      "version" int not null default 1,
      "updated_by" text not null,
      "updated_at" timestamptz not null,
      constraint "plugin_setting_pkey" primary key ("organization_id", "plugin_id"));`);

    this.addSql(`create table "plugin_state" (
      "organization_id" uuid not null,
      "plugin_id" text not null,
      "key" text not null,
      "value" jsonb not null,
      "updated_at" timestamptz not null,
      constraint "plugin_state_pkey" primary key ("organization_id", "plugin_id", "key"));`);
  }

  override async down(): Promise<void> {
    for (const table of ['plugin_state', 'plugin_setting', 'outbox_event', 'job_record', 'organization']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}

import { Migration } from '@mikro-orm/migrations';

/** Scheduled report emails and the append-only log of the emails they sent. */
export class Migration20261201130000ReportSchedules extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "report_schedule" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "name" text not null,
      "report_ids" jsonb not null,
      "recipients" jsonb not null,
      "cadence" text not null,
      "report_window" text not null,
      "filters" jsonb not null,
      "next_send_on" text not null,
      "active" boolean not null default true,
      "created_by" text not null);`);
    this.addSql(`create index "report_schedule_due_index" on "report_schedule" ("organization_id", "active", "next_send_on");`);
    this.addSql(`create table "report_email" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "schedule_id" uuid not null,
      "send_on" text not null,
      "period_from" text not null,
      "period_to" text not null,
      "as_of" timestamptz not null,
      "recipients" jsonb not null,
      "reports" jsonb not null,
      "message_id" text not null,
      "outbox_file" text null,
      "sent_by" text not null);`);
    this.addSql(`create index "report_email_schedule_index" on "report_email" ("organization_id", "schedule_id", "created_at");`);
    this.addSql(`create function report_email_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'report_email rows are kept as sent: % refused', tg_op;
      end $$;`);
    this.addSql(`create trigger report_email_append_only before update or delete on "report_email"
      for each row execute function report_email_is_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report_email" cascade;`);
    this.addSql(`drop function if exists report_email_is_append_only();`);
    this.addSql(`drop table if exists "report_schedule" cascade;`);
  }
}

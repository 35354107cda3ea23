import { Migration } from '@mikro-orm/migrations';

/** Users, memberships, recovery codes, sessions and API keys. */
export class Migration20261123010000Identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "app_user" (
      "id" uuid not null primary key,
      "email" text not null,
      "display_name" text not null,
      "password_hash" text not null,
      "must_change_password" boolean not null default false,
      "totp_secret" text null,
      "totp_enabled" boolean not null default false,
      "failed_sign_ins" int not null default 0,
      "locked_until" timestamptz null,
      "active" boolean not null default true,
      "last_sign_in_at" timestamptz null,
      "created_at" timestamptz not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "membership" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "user_id" uuid not null,
      "roles" jsonb not null,
      "active" boolean not null default true);`);
    this.addSql(`alter table "membership" add constraint "membership_user_organization_unique" unique ("organization_id", "user_id");`);

    this.addSql(`create table "recovery_code" (
      "id" uuid not null primary key,
      "user_id" uuid not null,
      "code_hash" text not null,
      "used_at" timestamptz null);`);

    this.addSql(`create table "user_session" (
      "id" text not null primary key,
      "user_id" uuid not null,
      "stage" text not null,
      "csrf_token" text not null,
      "created_at" timestamptz not null,
      "last_seen_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "ip" text null);`);

    this.addSql(`create table "api_key" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "name" text not null,
      "prefix" text not null,
      "key_hash" text not null,
      "roles" jsonb not null,
      "created_by" text not null,
      "last_used_at" timestamptz null,
      "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("key_hash");`);
  }

  override async down(): Promise<void> {
    for (const table of ['api_key', 'user_session', 'recovery_code', 'membership', 'app_user']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}

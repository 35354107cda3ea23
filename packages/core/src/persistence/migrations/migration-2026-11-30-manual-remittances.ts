import { Migration } from '@mikro-orm/migrations';

/** Manual remittances: the scanned image of a paper EOB, encrypted, one per remittance. */
export class Migration20261130220000ManualRemittances extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "remittance_image" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "remittance_id" uuid not null,
      "content_type" text not null,
      "byte_size" int not null,
      "sha256" text not null,
      "uploaded_by" text not null,
      "content" bytea not null);`);
    this.addSql(`alter table "remittance_image" add constraint "remittance_image_remittance_unique" unique ("organization_id", "remittance_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "remittance_image" cascade;`);
  }
}

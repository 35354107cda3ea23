import { Migration } from '@mikro-orm/migrations';

/** Service locations (837P 2310C service facility, 2010AA street address) with their default place of service. */
export class Migration20261130010000Locations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "location" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "name" text not null,
      "npi" text null,
      "address_line1" text not null,
      "address_line2" text null,
      "city" text not null,
      "state" text not null,
      "zip" text not null,
      "phone" text null,
      "place_of_service_code" text not null,
      "active" boolean not null default true);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "location" cascade;`);
  }
}

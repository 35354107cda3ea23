import { Migration } from '@mikro-orm/migrations';

/** `collection_direct_payment`: payments a debtor made to the clinic on a placed account, as the agency was told of them. */
export class Migration20261205100000CollectionDirectPayments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "collection_direct_payment" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "placement_id" uuid not null,
      "payment_id" uuid not null,
      "amount_cents" bigint not null,
      "balance_cents" bigint not null,
      "paid_on" text not null,
      "outcome" text not null,
      "reference" text null,
      constraint "collection_direct_payment_unique" unique ("organization_id", "placement_id", "payment_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "collection_direct_payment";`);
  }
}

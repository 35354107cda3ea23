import { Migration } from '@mikro-orm/migrations';

/** Point-of-service payments (ADR 0014): what the front desk took at a visit, kept as taken (no UPDATE or DELETE). */
export class Migration20261130234000PointOfServicePayments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "point_of_service_payment" (
      "id" uuid not null primary key,
      "organization_id" uuid not null,
      "created_at" timestamptz not null,
      "patient_id" uuid not null,
      "encounter_id" uuid not null,
      "amount_cents" bigint not null,
      "method" text not null,
      "reference" text null,
      "received_on" text not null,
      "received_by" text not null);`);
    this.addSql(`create index "point_of_service_payment_encounter_index" on "point_of_service_payment" ("organization_id", "encounter_id");`);
    this.addSql(`create index "point_of_service_payment_patient_index" on "point_of_service_payment" ("organization_id", "patient_id");`);
    this.addSql(`create function point_of_service_payment_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'point_of_service_payment rows are kept as taken: % refused', tg_op;
      end $$;`);
    this.addSql(`create trigger point_of_service_payment_append_only before update or delete on "point_of_service_payment"
      for each row execute function point_of_service_payment_is_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "point_of_service_payment" cascade;`);
    this.addSql(`drop function if exists point_of_service_payment_is_append_only();`);
  }
}

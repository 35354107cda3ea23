import { Migration } from '@mikro-orm/migrations';
import { CLAIM_FIRST_ADJUDICATION_TRIGGERS, CLAIM_FIRST_ADJUDICATIONS_REBUILD, CLAIM_PAYMENTS_WRITTEN_ONCE } from '../../remittance/claim-first-adjudications.sql';

/**
 * `claim_first_adjudication`: each claim's first adjudicating claim payment by the date received (ADR 0015), kept by
 * statement triggers on the inserts into `remittance` and `remittance_claim`, and read by the adjudication aggregates
 * instead of an anti-join of the claim payments with themselves. Filled here from the claim payments. Claim payments
 * become write-once, and a remittance's receipt (its received date and instant) fixed, by guard triggers.
 */
export class Migration20261211100000ClaimFirstAdjudications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "claim_first_adjudication" (
      "claim_id" uuid not null primary key,
      "organization_id" uuid not null,
      "received_on" text not null,
      "remittance_created_at" timestamptz not null,
      "remittance_id" uuid not null,
      "position" int not null,
      "remittance_claim_id" uuid not null,
      "status_code" text not null,
      "recorded_at" timestamptz not null);`);
    this.addSql(`create index "claim_first_adjudication_period_index" on "claim_first_adjudication" ("organization_id", "received_on");`);
    this.addSql(`create index "claim_first_adjudication_recorded_index" on "claim_first_adjudication" ("organization_id", "recorded_at");`);
    for (const statement of [...CLAIM_PAYMENTS_WRITTEN_ONCE, ...CLAIM_FIRST_ADJUDICATION_TRIGGERS]) this.addSql(statement);
    this.addSql(CLAIM_FIRST_ADJUDICATIONS_REBUILD);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists remittance_claim_is_written_once on "remittance_claim";`);
    this.addSql(`drop trigger if exists remittance_keeps_its_receipt on "remittance";`);
    this.addSql(`drop function if exists remittance_claim_is_written_once();`);
    this.addSql(`drop function if exists remittance_keeps_its_receipt();`);
    this.addSql(`drop trigger if exists claim_first_adjudication_of_remittances on "remittance";`);
    this.addSql(`drop trigger if exists claim_first_adjudication_of_claim_payments on "remittance_claim";`);
    this.addSql(`drop function if exists claim_first_adjudication_of_remittances();`);
    this.addSql(`drop function if exists claim_first_adjudication_of_claim_payments();`);
    this.addSql(`drop table if exists "claim_first_adjudication";`);
  }
}

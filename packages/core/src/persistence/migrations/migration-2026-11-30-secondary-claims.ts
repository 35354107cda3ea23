import { Migration } from '@mikro-orm/migrations';

/** Secondary claims: the claim to the payer ahead whose adjudication a claim carries, and the payer's crossover. */
export class Migration20261130200000SecondaryClaims extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "claim" add column "prior_payer_claim_id" uuid null, add column "crossover_remittance_claim_id" uuid null;`);
    this.addSql(`create unique index "claim_prior_payer_claim_unique" on "claim" ("organization_id", "prior_payer_claim_id", "coverage_id") where "prior_payer_claim_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "claim_prior_payer_claim_unique";`);
    this.addSql(`alter table "claim" drop column "crossover_remittance_claim_id", drop column "prior_payer_claim_id";`);
  }
}

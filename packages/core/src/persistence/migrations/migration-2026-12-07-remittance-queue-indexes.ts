import { Migration } from '@mikro-orm/migrations';

/**
 * The unmatched-remittance queue and the variance-review queue read only the rows in them: `remittance_claim` rows
 * that are `unmatched`, `remittance_line` rows whose variance is `flagged`. Their indexes now hold just those rows
 * (partial, in queue order), where the indexes they replace held every posted claim payment and service payment by
 * its status — an index entry for each of them that posting had to write and no query needed.
 */
export class Migration20261207100000RemittanceQueueIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "remittance_claim_match_index";`);
    this.addSql(`drop index if exists "remittance_line_variance_index";`);
    this.addSql(`create index "remittance_claim_unmatched_index" on "remittance_claim" ("organization_id", "created_at") where "match" = 'unmatched';`);
    this.addSql(`create index "remittance_line_flagged_index" on "remittance_line" ("organization_id", "created_at") where "variance_status" = 'flagged';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "remittance_claim_unmatched_index";`);
    this.addSql(`drop index if exists "remittance_line_flagged_index";`);
    this.addSql(`create index "remittance_claim_match_index" on "remittance_claim" ("organization_id", "match");`);
    this.addSql(`create index "remittance_line_variance_index" on "remittance_line" ("organization_id", "variance_status");`);
  }
}

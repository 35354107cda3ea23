import { Migration } from '@mikro-orm/migrations';

/**
 * `claim_line_charge_index`: the claim lines that carry a service line (its charge). The open-A/R aggregate finds each
 * open account's claim, and whether a remittance answered its line, through the account's charge; with no index on
 * the charge each of those lookups read the whole claim_line table, which on a million claims (1.6 million lines,
 * 312,000 open accounts) ran for more than eight minutes.
 */
export class Migration20261204100000ClaimLineChargeIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "claim_line_charge_index" on "claim_line" ("organization_id", "charge_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "claim_line_charge_index";`);
  }
}

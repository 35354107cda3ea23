import { Migration } from '@mikro-orm/migrations';
import { CLAIM_FIRST_TRANSITION_INDEX } from './reporting-indexes';

/**
 * Indexes for the claim-history reporting aggregates, where a query ranges over a period of a large table (sized for a
 * million claims: some ten million workflow transitions, two million charges) that no index served:
 * - `workflow_transition_claim_first_index` (partial: the claim workflow's `scrub` and `submit` transitions, with the
 *   claim id and row id included): claim-scrubs and charge-lag take the transitions of the period from it, and check
 *   that none of the same claim came earlier against it too, both as index-only scans (the record index holds every
 *   workflow and event, and serves one record's history);
 * - `charge_created_index`: charge-lag reads the charges entered in the period.
 * Not indexed, by measure: remittances (one row per check, scanned whole in milliseconds; the claim payments of the
 * period's checks come by `remittance_claim_remittance_index`, each claim's earlier ones by
 * `remittance_claim_claim_index`), denials and gate defects (a few hundred thousand rows at that size, a sequential
 * scan of a fraction of a second).
 */
export class Migration20261201100000ReportingClaimIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`${CLAIM_FIRST_TRANSITION_INDEX};`);
    this.addSql(`create index "charge_created_index" on "charge" ("organization_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "charge_created_index";`);
    this.addSql(`drop index if exists "workflow_transition_claim_first_index";`);
  }
}

import { Migration } from '@mikro-orm/migrations';
import { LIST_INDEXES } from './list-indexes';

/** Indexes in the keyset order of the work item queues, claims by state, the audit trail and jobs (lists that scale). */
export class Migration20261130231000ListIndexes extends Migration {
  override async up(): Promise<void> {
    // Prefixes of the new queue indexes: they serve the same lookups.
    this.addSql(`drop index if exists "work_item_state_index";`);
    this.addSql(`drop index if exists "claim_state_index";`);
    for (const sql of Object.values(LIST_INDEXES)) this.addSql(`${sql};`);
  }

  override async down(): Promise<void> {
    for (const name of ['work_item_state_queue_index', 'work_item_kind_queue_index', 'work_item_due_queue_index', 'claim_list_index', 'claim_state_list_index', 'audit_event_list_index', 'job_record_list_index']) {
      this.addSql(`drop index if exists "${name}";`);
    }
    this.addSql(`create index "work_item_state_index" on "work_item" ("organization_id", "state");`);
    this.addSql(`create index "claim_state_index" on "claim" ("organization_id", "state");`);
  }
}

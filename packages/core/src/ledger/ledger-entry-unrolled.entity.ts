import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A service-line ledger entry not yet added to the rollup `ledger_account_balance` (ADR 0018). The trigger
 * `ledger_entry_unrolled_queue` queues each inserted entry here, and `LedgerRollupFolder` adds queued entries to the
 * rollup and deletes them from here in one statement. Declared so that the schema check sees the table; code reads and
 * writes it in SQL only.
 */
@Entity({ tableName: 'ledger_entry_unrolled' })
export class LedgerEntryUnrolled {
  @PrimaryKey({ type: 'uuid', fieldName: 'entry_id' })
  entryId!: string;

  @Property({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @Property({ type: 'uuid', fieldName: 'charge_id' })
  chargeId!: string;
}

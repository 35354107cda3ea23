import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import { accountKey } from '../ledger/ledger-account';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import type { RowFactory } from '../persistence/bulk-rows';
import type { ClaimRecord, PostingRecords } from './posting-records';

/**
 * The balances a posting leaves, kept as it writes: its rows pass through here, and each ledger entry's amount is added
 * to its account. With the balances loaded before the posting began ({@link PostingRecords}), they tell what each
 * claim's own coverage still owes without reading the entries back.
 */
export class PostingBalances implements RowFactory {
  private readonly posted = new Map<string, number>();

  constructor(
    private readonly rows: RowFactory,
    private readonly records: PostingRecords,
  ) {}

  create<T extends object>(entity: EntityClass<T>, data: RequiredEntityData<T>): T {
    const row = this.rows.create(entity, data);
    if ((entity as EntityClass<object>) === LedgerEntry) {
      const { chargeId, coverageId, amountCents } = row as LedgerEntry;
      if (chargeId) {
        const key = accountKey({ chargeId, coverageId });
        this.posted.set(key, (this.posted.get(key) ?? 0) + amountCents);
      }
    }
    return row;
  }

  /** What the claim's own coverage owes on the claim's lines now. */
  owedByCoverage(claim: ClaimRecord): number {
    const lines = this.records.linesByClaim.get(claim.id) ?? [];
    return lines.reduce((total, line) => total + line.balanceCents + (this.posted.get(accountKey({ chargeId: line.chargeId, coverageId: claim.coverageId })) ?? 0), 0);
  }
}

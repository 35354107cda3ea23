import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { BulkRows, type RowFactory } from './bulk-rows';

/** How rows are handed to the database: items (e.g. claim payments) per batch, and per turn of the event loop. */
export interface RowBatchSizes {
  readonly itemsPerBatch: number;
  readonly itemsPerTurn: number;
}

/**
 * New rows made item by item (a claim payment's rows, say) and inserted in batches ({@link BulkRows}), each batch while
 * the next is made: the database takes one batch while the application builds the next. Each item's rows are sealed
 * once it is made (on PostgreSQL turned into COPY data at once, so the objects die young), and every few items the
 * maker gives the event loop a turn, so that the batch in flight keeps flowing. A row may be changed until its item is
 * marked made ({@link itemMade}); all of them are written once {@link finish} returns. After a failure, {@link settle}
 * waits for the batches in flight before the transaction is rolled back.
 */
export class RowBatches implements RowFactory {
  private batch: BulkRows;
  private items = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly em: EntityManager,
    private readonly sizes: RowBatchSizes,
  ) {
    this.batch = new BulkRows(em);
  }

  create<T extends object>(entity: EntityClass<T>, data: RequiredEntityData<T>): T {
    return this.batch.create(entity, data);
  }

  /** Marks the rows made so far final (they are sealed); a full batch starts on its way to the database. */
  async itemMade(): Promise<void> {
    this.batch.seal();
    this.items += 1;
    if (this.items % this.sizes.itemsPerBatch === 0) this.send();
    if (this.items % this.sizes.itemsPerTurn === 0) await nextTurn();
  }

  /** Inserts the rows not sent yet and waits until every batch is written; throws the first failure. */
  async finish(): Promise<void> {
    this.send();
    await this.writing;
  }

  /** Waits for the batches in flight, whatever comes of them. */
  async settle(): Promise<void> {
    await this.writing.catch(() => undefined);
  }

  /** Inserts the current batch after the ones before it. */
  private send(): void {
    const batch = this.batch;
    this.batch = new BulkRows(this.em);
    this.writing = this.writing.then(() => batch.insert());
    // Awaited by finish or settle; until then a failure is not an unhandled rejection.
    this.writing.catch(() => undefined);
  }
}

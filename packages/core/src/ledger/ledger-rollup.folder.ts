import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { ROOT_LOGGER } from '../logging/logger';
import { bulkQuery } from '../persistence/bulk-query';
import { LEDGER_ROLLUP_FOLD } from './ledger-rollup-fold.sql';

/** What one fold did: entries taken off the queue, rows written to each rollup (accounts, service lines). */
export interface LedgerRollupFold {
  readonly entries: number;
  readonly accounts: number;
  readonly lines: number;
}

/** Entries folded per statement (and so per transaction): a fold never holds more row locks than this. */
const ENTRIES_PER_FOLD = 20_000;

/**
 * Keeps the rollups `ledger_account_balance` and `ledger_line_money` current (ADR 0018): adds the entries queued in
 * `ledger_entry_unrolled` to them, {@link ENTRIES_PER_FOLD} at a time, each batch in its own transaction. Processes
 * that run jobs fold every `ledger.foldEverySeconds`; any number of processes may fold at once. Readers never wait
 * for a fold: a line with a queued entry is summed from its entries, so a fold changes how fast the open A/R and the
 * charge cohort are read, never what they read.
 */
@Injectable()
export class LedgerRollupFolder implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private folding: Promise<unknown> | undefined;

  constructor(
    private readonly orm: MikroORM,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs.work) return;
    this.timer = setInterval(() => void this.foldInBackground(), this.config.ledger.foldEverySeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.folding;
  }

  /** Folds every entry queued when it is called (and any queued meanwhile); returns the totals. */
  async foldAll(): Promise<LedgerRollupFold> {
    const em = this.orm.em.fork() as EntityManager;
    const total = { entries: 0, accounts: 0, lines: 0 };
    for (;;) {
      const [fold] = await bulkQuery<LedgerRollupFold>(em, LEDGER_ROLLUP_FOLD, [ENTRIES_PER_FOLD]);
      total.entries += fold?.entries ?? 0;
      total.accounts += fold?.accounts ?? 0;
      total.lines += fold?.lines ?? 0;
      if ((fold?.entries ?? 0) < ENTRIES_PER_FOLD) return total;
    }
  }

  /** One tick: skipped while this process's previous fold runs; a failure is logged and the next tick tries again. */
  private async foldInBackground(): Promise<void> {
    if (this.folding) return;
    this.folding = this.foldAll()
      .then((fold) => {
        if (fold.entries > 0) this.logger.debug({ ...fold }, 'ledger rollup folded');
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not fold the ledger rollup'))
      .finally(() => {
        this.folding = undefined;
      });
    await this.folding;
  }
}

import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { OpenRcmEvent, OpenRcmEventName } from '@openrcm/sdk';
import type { Logger } from 'pino';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { Poller } from '../context/poller';
import { ROOT_LOGGER } from '../logging/logger';

/** How long a relay process owns the events it is publishing. */
const LEASE_SECONDS = 60;

interface OutboxRow {
  id: string;
  organization_id: string;
  name: string;
  payload: unknown;
  correlation_id: string;
  created_at: Date | string;
}

/**
 * Publishes committed outbox rows in order, in process, through EventEmitter2 (listeners get an {@link OpenRcmEvent}).
 * Rows are claimed with SKIP LOCKED, so several processes can relay side by side without publishing a row twice.
 */
@Injectable()
export class EventRelay {
  private readonly poller: Poller;

  constructor(
    private readonly orm: MikroORM,
    private readonly emitter: EventEmitter2,
    @Inject(CORE_CONFIG) config: CoreConfig,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.poller = new Poller('event-relay', config.events.pollIntervalMs, () => this.publishBatch(), logger);
  }

  start(): void {
    this.poller.start();
  }

  async stop(): Promise<void> {
    await this.poller.stop();
  }

  /** Publish soon: called after a transaction that recorded events commits. */
  nudge(): void {
    this.poller.nudge();
  }

  /**
   * Publishes up to 100 pending events; returns how many. Rows are leased in a short transaction, emitted outside it
   * (a slow listener never holds a connection or a lock), then marked published. A process that dies mid-batch leaves
   * its lease to expire, and another process publishes the rows again: delivery is at least once, in order per batch.
   */
  async publishBatch(): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    const rows: OutboxRow[] = await em.transactional((tx) =>
      tx.execute(
        `update outbox_event set lease_until = now() + interval '${LEASE_SECONDS} seconds'
         where id in (select id from outbox_event
           where published_at is null and (lease_until is null or lease_until < now())
           order by created_at, id limit 100 for update skip locked)
         returning id, organization_id, name, payload, correlation_id, created_at`,
      ),
    );
    rows.sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id));
    for (const row of rows) {
      await this.emitter.emitAsync(row.name, toEvent(row));
    }
    if (rows.length > 0) {
      await em.execute(`update outbox_event set published_at = now() where id = any(?::uuid[])`, [`{${rows.map((row) => row.id).join(',')}}`]);
    }
    return rows.length;
  }
}

function toEvent(row: OutboxRow): OpenRcmEvent {
  return {
    id: row.id,
    name: row.name as OpenRcmEventName,
    organizationId: row.organization_id,
    correlationId: row.correlation_id,
    occurredAt: new Date(row.created_at),
    payload: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as OpenRcmEvent['payload'],
  };
}

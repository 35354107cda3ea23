import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { OpenRcmEventMap, OpenRcmEventName, RequestContext } from '@openrcm/sdk';
import { OutboxEvent } from './outbox-event.entity';

/**
 * Records events in the caller's unit of work: they are written with the change they announce, in the same
 * transaction, and published by the relay only after it commits.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly em: EntityManager) {}

  record<N extends OpenRcmEventName>(context: RequestContext, name: N, payload: OpenRcmEventMap[N]): OutboxEvent {
    return this.em.create(OutboxEvent, {
      organizationId: context.organizationId,
      name,
      payload,
      correlationId: context.correlationId,
    });
  }
}

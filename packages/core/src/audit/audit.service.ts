import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { AuditEvent } from './audit-event.entity';

/** What to look for in the audit trail. */
export interface AuditQuery {
  readonly patientId?: string;
  readonly actorId?: string;
  readonly from?: Date;
  readonly to?: Date;
}

/** Searches the audit trail of the context's organization, a page at a time (newest first by default). */
@Injectable()
export class AuditService {
  constructor(private readonly orm: MikroORM) {}

  search<V>(context: RequestContext, query: AuditQuery, page: ListQuery, toView: (event: AuditEvent) => V): Promise<Page<V>> {
    return findPage(
      currentEntityManager(this.orm),
      AuditEvent,
      {
        organizationId: context.organizationId,
        ...(query.patientId ? { patientId: query.patientId } : {}),
        ...(query.actorId ? { actorId: query.actorId } : {}),
        ...(query.from || query.to ? { at: { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) } } : {}),
      },
      page,
      orderByOf<AuditEvent>(page.sort ?? '-at', { at: 'at' }, { id: 'asc' }),
      toView,
    );
  }
}

import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { AuditEvent } from './audit-event.entity';

/** What to look for in the audit trail, with the page asked for. */
export interface AuditQuery extends ListQuery {
  readonly patientId?: string;
  readonly actorId?: string;
  /** Inclusive. */
  readonly from?: Date;
  /** Exclusive. */
  readonly to?: Date;
}

/** Searches the audit trail of the context's organization, a page at a time (newest first unless `sort` says otherwise). */
@Injectable()
export class AuditService {
  constructor(private readonly orm: MikroORM) {}

  async search<V>(context: RequestContext, query: AuditQuery, toView: (event: AuditEvent) => V): Promise<Page<V>> {
    const where = {
      organizationId: context.organizationId,
      ...(query.patientId ? { patientId: query.patientId } : {}),
      ...(query.actorId ? { actorId: query.actorId } : {}),
      ...(query.from || query.to ? { at: { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) } } : {}),
    };
    const orderBy = orderByOf<AuditEvent>(query.sort ?? '-at', { at: 'at' }, { id: 'asc' });
    return findPage(currentEntityManager(this.orm), AuditEvent, where, query, orderBy, toView);
  }
}

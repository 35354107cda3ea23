import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { AuditEvent } from './audit-event.entity';

/** What to look for in the audit trail. */
export interface AuditQuery {
  readonly patientId?: string;
  readonly actorId?: string;
  readonly from?: Date;
  readonly to?: Date;
}

/** Searches the audit trail of the context's organization (newest first, at most 1 000 rows). */
@Injectable()
export class AuditService {
  constructor(private readonly orm: MikroORM) {}

  async search(context: RequestContext, query: AuditQuery): Promise<AuditEvent[]> {
    return currentEntityManager(this.orm).find(
      AuditEvent,
      {
        organizationId: context.organizationId,
        ...(query.patientId ? { patientId: query.patientId } : {}),
        ...(query.actorId ? { actorId: query.actorId } : {}),
        ...(query.from || query.to ? { at: { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) } } : {}),
      },
      { orderBy: { at: 'desc', id: 'asc' }, limit: 1000 },
    );
  }
}

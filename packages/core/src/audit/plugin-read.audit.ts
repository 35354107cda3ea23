import type { EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { AuditEvent } from './audit-event.entity';

/** Records a read a plugin made through the query API, with the plugin as the actor. */
export async function auditPluginRead(em: EntityManager, pluginId: string, organizationId: string, recordType: string, recordId: string): Promise<void> {
  await em.insert(AuditEvent, {
    id: randomUUID(),
    organizationId,
    at: new Date(),
    actorType: 'plugin',
    actorId: pluginId,
    action: 'read',
    recordType,
    recordId,
    patientId: null,
    ip: null,
    correlationId: `plugin:${pluginId}`,
  });
}

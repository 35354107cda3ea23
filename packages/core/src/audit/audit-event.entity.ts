import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { LIST_INDEXES } from '../persistence/migrations/list-indexes';

/** What was done to a record. */
export type AuditAction = 'read' | 'create' | 'update' | 'delete';

/**
 * One access to patient data. Append-only: the database refuses UPDATE and DELETE on this table (a trigger), and the
 * application has no code path that changes a row.
 */
@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_patient_index', properties: ['organizationId', 'patientId', 'at'] })
@Index({ name: 'audit_event_actor_index', properties: ['organizationId', 'actorId', 'at'] })
@Index({ name: 'audit_event_list_index', expression: LIST_INDEXES.auditEventList })
export class AuditEvent {
  [OptionalProps]?: 'id' | 'at' | 'patientId' | 'ip';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'text', fieldName: 'actor_type' })
  actorType!: string;

  @Property({ type: 'text', fieldName: 'actor_id' })
  actorId!: string;

  @Property({ type: 'text' })
  action!: AuditAction;

  @Property({ type: 'text', fieldName: 'record_type' })
  recordType!: string;

  @Property({ type: 'text', fieldName: 'record_id' })
  recordId!: string;

  /** The patient the record belongs to, for "who saw this patient's data". */
  @Property({ type: 'uuid', fieldName: 'patient_id', nullable: true })
  patientId: string | null = null;

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Property({ type: 'text', fieldName: 'correlation_id' })
  correlationId!: string;
}

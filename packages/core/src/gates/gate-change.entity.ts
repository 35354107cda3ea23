import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** What a gate change touched: one check's policy and owner, or the organization's gate settings. */
export const GATE_CHANGE_SUBJECTS = ['check', 'settings'] as const;
export type GateChangeSubject = (typeof GATE_CHANGE_SUBJECTS)[number];

/** A check's policy and owner, or the gate settings, as they stood before or after a change. */
export type GateChangeValue = Readonly<Record<string, string | number | null>>;

/**
 * One change of a gate check's policy and owner or of the gate settings: who, when, the value in force before and
 * the value set. Append-only: the database refuses UPDATE, DELETE and TRUNCATE on this table (a trigger).
 */
@Entity({ tableName: 'gate_change' })
@Index({ name: 'gate_change_at_index', properties: ['organizationId', 'at', 'id'] })
@Index({ name: 'gate_change_check_index', properties: ['organizationId', 'check', 'at'] })
export class GateChange {
  [OptionalProps]?: 'id' | 'at' | 'check';

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
  subject!: GateChangeSubject;

  /** The check changed; null for the settings. */
  @Property({ type: 'text', nullable: true })
  check: string | null = null;

  /** What was in force before (the defaults when the organization had not set it). */
  @Property({ type: 'json' })
  previous!: GateChangeValue;

  @Property({ type: 'json' })
  next!: GateChangeValue;

  @Property({ type: 'text', fieldName: 'correlation_id' })
  correlationId!: string;
}

import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** One key of a plugin's key-value state for one organization (tokens, cursors, last-seen references). */
@Entity({ tableName: 'plugin_state' })
export class PluginStateEntry {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @PrimaryKey({ type: 'text', fieldName: 'plugin_id' })
  pluginId!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'json' })
  value!: unknown;

  @Property({ type: 'timestamptz', fieldName: 'updated_at' })
  updatedAt: Date = new Date();
}

import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** A plugin's settings for one organization, validated against the plugin's schema on every change. */
@Entity({ tableName: 'plugin_setting' })
export class PluginSetting {
  [OptionalProps]?: 'version' | 'updatedAt' | 'settings' | 'enabled';

  @PrimaryKey({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @PrimaryKey({ type: 'text', fieldName: 'plugin_id' })
  pluginId!: string;

  /** The organization's settings; null while it uses the installation defaults. */
  @Property({ type: 'json', nullable: true })
  settings: unknown = null;

  /** Whether the organization uses the plugin; null while it follows the installation's default. */
  @Property({ type: 'boolean', nullable: true })
  enabled: boolean | null = null;

  /** Incremented on each change, so every process can tell when to re-register the plugin. */
  @Property({ type: 'integer' })
  version = 1;

  @Property({ type: 'text', fieldName: 'updated_by' })
  updatedBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'updated_at' })
  updatedAt: Date = new Date();
}

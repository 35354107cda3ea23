import type { MikroORM } from '@mikro-orm/core';
import type { PluginStateStore } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PluginStateEntry } from './plugin-state.entity';

/** A plugin's key-value state for one organization, in the database; writes join the current transaction. */
export class DatabasePluginStateStore implements PluginStateStore {
  constructor(
    private readonly orm: MikroORM,
    private readonly organizationId: string,
    private readonly pluginId: string,
  ) {}

  async get<T = unknown>(key: string): Promise<T | undefined> {
    const entry = await currentEntityManager(this.orm).findOne(
      PluginStateEntry,
      { organizationId: this.organizationId, pluginId: this.pluginId, key },
      { refresh: true },
    );
    return entry?.value as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    await currentEntityManager(this.orm).upsert(PluginStateEntry, {
      organizationId: this.organizationId,
      pluginId: this.pluginId,
      key,
      value,
      updatedAt: new Date(),
    });
  }

  async delete(key: string): Promise<void> {
    await currentEntityManager(this.orm).nativeDelete(PluginStateEntry, { organizationId: this.organizationId, pluginId: this.pluginId, key });
  }
}

import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  allowedHosts,
  NotFoundError,
  OPEN_RCM_EVENT_NAMES,
  parsePluginSettings,
  type ExtensionPointId,
  type ExtensionPointMap,
  type OpenRcmEvent,
  type RequestContext,
  ValidationError,
} from '@openrcm/sdk';
import type { Logger } from 'pino';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { Poller } from '../context/poller';
import { JobHandlerRegistry, type JobHandler } from '../jobs/job-handler-registry';
import { JobQueue } from '../jobs/job-queue.service';
import { Mailer } from '../mail/mailer';
import { ROOT_LOGGER } from '../logging/logger';
import { Organization } from '../organizations/organization.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { createPluginContext } from './plugin-context.factory';
import { PluginCallGuard, type PluginHealth } from './plugin-health';
import type { LoadedPlugin } from './plugin-loader';
import { parsePluginJobName, PluginRegistration } from './plugin-registration';
import { PluginSetting } from './plugin-setting.entity';
import { PluginSettingsError } from './plugin-settings.error';

/** Injection token of the installed plugins, loaded and validated before anything else opens (see plugins.providers). */
export const LOADED_PLUGINS = Symbol('LOADED_PLUGINS');

/** A plugin as the API lists it for one organization. */
export interface PluginStatus {
  readonly id: string;
  readonly version: string;
  readonly sdk: string;
  readonly module: string;
  readonly health: PluginHealth;
  readonly enabled: boolean;
  readonly settings: unknown;
  readonly settingsVersion: number;
  readonly contributions: Partial<Record<ExtensionPointId, number>>;
  /** What the plugin asks for, shown to the administrator before enabling it. */
  readonly capabilities: { readonly hosts: readonly string[]; readonly events: readonly string[]; readonly query: readonly string[]; readonly mail: boolean };
}

/**
 * Loads the installed plugins, registers each one per organization with that organization's settings, and gives core
 * their contributions, jobs and event subscriptions — every call to plugin code goes through the call guard.
 */
@Injectable()
export class PluginHost {
  private readonly registrations = new Map<string, Map<string, PluginRegistration>>();
  /** The settings version applied per `organizationId:pluginId`, registered or deliberately not (disabled). */
  private readonly appliedVersions = new Map<string, number>();
  /** Registrations under way per organization, so that callers at the same time share one. */
  private readonly registering = new Map<string, Promise<void>>();
  private readonly guard: PluginCallGuard;
  private readonly refresher: Poller;

  constructor(
    private readonly orm: MikroORM,
    private readonly jobQueue: JobQueue,
    private readonly jobHandlers: JobHandlerRegistry,
    private readonly emitter: EventEmitter2,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Inject(LOADED_PLUGINS) private readonly plugins: readonly LoadedPlugin[],
    private readonly mailer: Mailer,
  ) {
    this.guard = new PluginCallGuard(config.plugins.callTimeoutMs, logger);
    this.refresher = new Poller('plugin-settings', config.plugins.settingsRefreshMs, () => this.refresh(), logger);
  }

  /** Connects the plugins to core's job handlers and events. */
  connect(): void {
    this.jobHandlers.addSource({ prefix: 'plugin:', resolve: (organizationId, name) => this.jobHandler(organizationId, name) });
    for (const name of OPEN_RCM_EVENT_NAMES) this.emitter.on(name, (event: OpenRcmEvent) => this.deliver(event));
  }

  /** Registers every plugin for every organization, then keeps them in step with settings saved elsewhere. */
  async start(): Promise<void> {
    await this.refresh();
    this.refresher.start();
  }

  async stop(): Promise<void> {
    await this.refresher.stop();
  }

  loaded(): readonly LoadedPlugin[] {
    return this.plugins;
  }

  /** Every contribution to an extension point for an organization, each call guarded. */
  contributions<K extends ExtensionPointId>(organizationId: string, point: K): ExtensionPointMap[K][] {
    const registrations = this.registrations.get(organizationId)?.values() ?? [];
    return [...registrations].flatMap((registration) =>
      (registration.contributions.get(point) ?? []).map(
        (implementation) => this.guard.wrap(registration.pluginId, point, implementation) as ExtensionPointMap[K],
      ),
    );
  }

  /** One plugin's contributions to an extension point for an organization (none when it is not enabled there), each call guarded. */
  contributionsOf<K extends ExtensionPointId>(organizationId: string, pluginId: string, point: K): ExtensionPointMap[K][] {
    const registration = this.registrations.get(organizationId)?.get(pluginId);
    return (registration?.contributions.get(point) ?? []).map((implementation) => this.guard.wrap(pluginId, point, implementation) as ExtensionPointMap[K]);
  }

  async status(context: RequestContext): Promise<PluginStatus[]> {
    const saved = await this.fork().find(PluginSetting, { organizationId: context.organizationId });
    return this.plugins.map((plugin) => {
      const { definition, module } = plugin;
      const effective = effectiveSetting(plugin, saved.find((row) => row.pluginId === definition.id));
      const registration = this.registrations.get(context.organizationId)?.get(definition.id);
      return {
        id: definition.id,
        version: definition.version,
        sdk: definition.sdk,
        module,
        enabled: effective.enabled,
        health: this.guard.healthOf(definition.id),
        settings: effective.settings,
        settingsVersion: effective.version,
        contributions: Object.fromEntries([...(registration?.contributions ?? [])].map(([point, list]) => [point, list.length])),
        capabilities: {
          hosts: allowedHosts(definition.capabilities, effective.settings),
          events: definition.capabilities?.events ?? [],
          query: definition.capabilities?.query ?? [],
          mail: definition.capabilities?.mail === true,
        },
      };
    });
  }

  /** Validates and saves an organization's settings for a plugin, then re-registers it for that organization. */
  async saveSettings(context: RequestContext, pluginId: string, raw: unknown): Promise<PluginSetting> {
    const plugin = this.find(pluginId);
    let settings: unknown;
    try {
      settings = parsePluginSettings(pluginId, plugin.definition.settings, raw);
    } catch (error) {
      throw error instanceof ValidationError ? new PluginSettingsError(pluginId, error.issues) : error;
    }
    return this.saveRow(context, plugin, { settings });
  }

  /** Enables or disables a plugin for an organization (after the administrator reviewed its capabilities). */
  async setEnabled(context: RequestContext, pluginId: string, enabled: boolean): Promise<PluginSetting> {
    return this.saveRow(context, this.find(pluginId), { enabled });
  }

  /**
   * Gives an organization its plugins unless this process already has (or is doing so). An organization's first
   * events can be published before whoever created it has registered its plugins, and an organization created by
   * another process reaches this one through its events first: both wait here rather than go undelivered.
   */
  async ensureOrganization(organizationId: string): Promise<void> {
    if (this.plugins.length === 0) return;
    const underWay = this.registering.get(organizationId);
    if (underWay) return underWay;
    if (this.plugins.every((plugin) => this.appliedVersions.has(`${organizationId}:${plugin.definition.id}`))) return;
    await this.registerOrganization(organizationId);
  }

  /** Registers every enabled plugin for one organization with its effective settings, and drops disabled ones. */
  async registerOrganization(organizationId: string): Promise<void> {
    const previous = this.registering.get(organizationId) ?? Promise.resolve();
    const registration = previous.catch(() => undefined).then(() => this.applyOrganization(organizationId));
    this.registering.set(organizationId, registration);
    try {
      await registration;
    } finally {
      if (this.registering.get(organizationId) === registration) this.registering.delete(organizationId);
    }
  }

  private async applyOrganization(organizationId: string): Promise<void> {
    const organization = await this.organization(organizationId);
    const saved = await this.fork().find(PluginSetting, { organizationId });
    for (const plugin of this.plugins) {
      await this.apply(plugin, organization, effectiveSetting(plugin, saved.find((row) => row.pluginId === plugin.definition.id)));
    }
  }

  private async saveRow(context: RequestContext, plugin: LoadedPlugin, change: { settings?: unknown; enabled?: boolean }): Promise<PluginSetting> {
    const pluginId = plugin.definition.id;
    const saved = await this.fork().transactional(async (tx) => {
      const existing = await tx.findOne(PluginSetting, { organizationId: context.organizationId, pluginId });
      const row = existing ?? tx.create(PluginSetting, { organizationId: context.organizationId, pluginId, updatedBy: context.actor.id });
      Object.assign(row, change, { updatedAt: new Date(), updatedBy: context.actor.id });
      if (existing) row.version += 1;
      tx.create(OutboxEvent, {
        organizationId: context.organizationId,
        name: 'plugin.configured',
        payload: { organizationId: context.organizationId, pluginId },
        correlationId: context.correlationId,
      });
      return row;
    });
    await this.apply(plugin, await this.organization(context.organizationId), effectiveSetting(plugin, saved));
    return saved;
  }

  private async apply(plugin: LoadedPlugin, organization: Organization, effective: EffectiveSetting): Promise<void> {
    const pluginId = plugin.definition.id;
    this.appliedVersions.set(`${organization.id}:${pluginId}`, effective.version);
    if (!effective.enabled) {
      this.registrations.get(organization.id)?.delete(pluginId);
      return;
    }
    const registration = new PluginRegistration(pluginId, organization.id);
    const services = { orm: this.orm, jobs: this.jobQueue, logger: this.logger, mailer: this.mailer, now: () => new Date() };
    const context = createPluginContext(services, registration, effective.settings, organization, plugin.definition.capabilities);
    try {
      await this.guard.call(pluginId, 'register', () => plugin.definition.register(context));
    } catch {
      return; // logged and marked unhealthy by the guard; the organization keeps its previous registration
    }
    const byPlugin = this.registrations.get(organization.id) ?? new Map<string, PluginRegistration>();
    byPlugin.set(pluginId, registration);
    this.registrations.set(organization.id, byPlugin);
  }

  /** Applies organizations and settings this process has not seen yet (created or saved by another process). */
  private async refresh(): Promise<void> {
    if (this.plugins.length === 0) return;
    const em = this.fork();
    const organizations = await em.find(Organization, {}, { fields: ['id'] });
    const versions = await em.find(PluginSetting, {}, { fields: ['organizationId', 'pluginId', 'version'] });
    for (const { id } of organizations) {
      const stale = this.plugins.some((plugin) => {
        const savedVersion = versions.find((row) => row.organizationId === id && row.pluginId === plugin.definition.id)?.version ?? 0;
        return this.appliedVersions.get(`${id}:${plugin.definition.id}`) !== savedVersion;
      });
      if (stale) await this.registerOrganization(id);
    }
  }

  private jobHandler(organizationId: string, jobName: string): JobHandler | undefined {
    const parsed = parsePluginJobName(jobName);
    const definition = parsed && this.registrations.get(organizationId)?.get(parsed.pluginId)?.jobs.get(parsed.name);
    if (!parsed || !definition) return undefined;
    return (context, payload) => this.guard.call(parsed.pluginId, `job ${parsed.name}`, () => definition.handler(context, payload));
  }

  private async deliver(event: OpenRcmEvent): Promise<void> {
    try {
      await this.ensureOrganization(event.organizationId);
    } catch (error) {
      this.logger.error({ organizationId: event.organizationId, event: event.name, err: error }, 'plugins could not be registered for an event');
      return;
    }
    for (const registration of this.registrations.get(event.organizationId)?.values() ?? []) {
      for (const handler of registration.subscribers.get(event.name) ?? []) {
        await this.guard.call(registration.pluginId, `event ${event.name}`, () => handler(event)).catch(() => undefined);
      }
    }
  }

  private find(pluginId: string): LoadedPlugin {
    const plugin = this.plugins.find((candidate) => candidate.definition.id === pluginId);
    if (!plugin) throw new NotFoundError('plugin', pluginId);
    return plugin;
  }

  private async organization(organizationId: string): Promise<Organization> {
    const organization = await this.fork().findOne(Organization, organizationId);
    if (!organization) throw new NotFoundError('organization', organizationId);
    return organization;
  }

  private fork(): EntityManager {
    return this.orm.em.fork() as EntityManager;
  }
}

/** What applies to one organization: saved choices, else the installation's. */
interface EffectiveSetting {
  readonly settings: unknown;
  readonly enabled: boolean;
  readonly version: number;
}

function effectiveSetting(plugin: LoadedPlugin, row: PluginSetting | undefined): EffectiveSetting {
  const saved = row?.settings;
  return {
    settings: saved === null || saved === undefined ? plugin.defaults : parsePluginSettings(plugin.definition.id, plugin.definition.settings, saved),
    enabled: row?.enabled ?? plugin.enabledByDefault,
    version: row?.version ?? 0,
  };
}

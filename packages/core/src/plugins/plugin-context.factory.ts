import type { MikroORM } from '@mikro-orm/core';
import {
  allowedHosts,
  assertEventDeclared,
  assertMailDeclared,
  assertQueryDeclared,
  NotFoundError,
  systemContext,
  ValidationError,
  type PluginCapabilities,
  type PluginContext,
} from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { JobQueue } from '../jobs/job-queue.service';
import type { Mailer } from '../mail/mailer';
import { auditPluginRead } from '../audit/plugin-read.audit';
import { Organization } from '../organizations/organization.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PluginHttp } from './plugin-http.client';
import { pluginJobName, type PluginRegistration } from './plugin-registration';
import { DatabasePluginStateStore } from './plugin-state.store';
import { calendarDate } from '../time/calendar-date';

/** The core services a plugin context is made from. */
export interface PluginContextServices {
  readonly orm: MikroORM;
  readonly jobs: JobQueue;
  readonly logger: Logger;
  readonly mailer: Mailer;
  readonly now: () => Date;
}

/** Builds the context `register` receives, recording what the plugin contributes into `registration`. */
export function createPluginContext(
  services: PluginContextServices,
  registration: PluginRegistration,
  settings: unknown,
  organization: Organization,
  capabilities: PluginCapabilities | undefined,
): PluginContext {
  const { pluginId, organizationId } = registration;
  const logger = services.logger.child({ plugin: pluginId, organizationId });
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (message: string, fields?: Readonly<Record<string, unknown>>) =>
    logger[level](fields ?? {}, message);

  return {
    pluginId,
    organizationId,
    settings,
    logger: { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') },
    secrets: {
      resolve(ref) {
        const value = process.env[ref.env];
        if (value === undefined || value === '') {
          throw new ValidationError([{ field: `plugins.${pluginId}.settings`, message: `environment variable ${ref.env} is not set` }]);
        }
        return value;
      },
    },
    state: new DatabasePluginStateStore(services.orm, organizationId, pluginId),
    http: new PluginHttp(pluginId, allowedHosts(capabilities, settings), logger),
    jobs: {
      define(name, handler, options = {}) {
        registration.jobs.set(name, { handler: handler as (context: unknown, payload: unknown) => Promise<void>, options });
      },
      async enqueue(name, payload, options) {
        const definition = registration.jobs.get(name);
        if (!definition) throw new ValidationError([{ field: 'job', message: `plugin "${pluginId}" defines no job "${name}"` }]);
        const context = systemContext(organizationId, randomUUID(), `plugin:${pluginId}`);
        await services.jobs.enqueue(context, pluginJobName(pluginId, name), payload, {
          idempotencyKey: options.idempotencyKey,
          ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
          ...(definition.options.maxAttempts === undefined ? {} : { maxAttempts: definition.options.maxAttempts }),
        });
      },
    },
    events: {
      on(name, handler) {
        assertEventDeclared(pluginId, capabilities, name);
        registration.addSubscriber(name, handler as (event: unknown) => Promise<void>);
      },
    },
    query: {
      async organization() {
        assertQueryDeclared(pluginId, capabilities, 'organization');
        const em = currentEntityManager(services.orm);
        const found = await em.findOne(Organization, organizationId);
        if (!found) throw new NotFoundError('organization', organizationId);
        await auditPluginRead(em, pluginId, organizationId, 'organization', found.id);
        return { id: found.id, name: found.name, timeZone: found.timeZone };
      },
    },
    mail: {
      async send(message) {
        assertMailDeclared(pluginId, capabilities);
        const attachments = (message.attachments ?? []).map((attachment) => ({ ...attachment, content: Buffer.from(attachment.content) }));
        const receipt = await services.mailer.send({ to: message.to, subject: message.subject, text: message.text, ...(message.html ? { html: message.html } : {}), attachments });
        logger.info({ messageId: receipt.messageId, recipients: message.to.length }, 'plugin sent an email');
        return { messageId: receipt.messageId };
      },
    },
    clock: {
      now: () => services.now(),
      today: () => calendarDate(services.now(), organization.timeZone),
    },
    contribute(point, implementation) {
      registration.addContribution(point, implementation as object);
    },
  };
}


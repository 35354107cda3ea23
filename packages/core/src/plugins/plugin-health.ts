import { ExternalServiceError } from '@openrcm/sdk';
import type { Logger } from 'pino';

/** A plugin's health as the host saw it on its last call. */
export interface PluginHealth {
  readonly healthy: boolean;
  readonly lastError?: string;
  readonly lastErrorAt?: Date;
}

/**
 * Calls into plugins under a time limit. A call that throws or hangs is logged with the plugin's id and marks the
 * plugin unhealthy (a later successful call marks it healthy again); the caller gets the error, never a hang.
 */
export class PluginCallGuard {
  private readonly health = new Map<string, PluginHealth>();

  constructor(
    private readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {}

  healthOf(pluginId: string): PluginHealth {
    return this.health.get(pluginId) ?? { healthy: true };
  }

  async call<T>(pluginId: string, operation: string, fn: () => Promise<T> | T): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new ExternalServiceError(`plugin "${pluginId}" did not answer ${operation} within ${this.timeoutMs} ms`, pluginId, true)),
        this.timeoutMs,
      );
    });
    try {
      const result = await Promise.race([Promise.resolve().then(fn), timeout]);
      if (!this.healthOf(pluginId).healthy) this.health.set(pluginId, { healthy: true });
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.health.set(pluginId, { healthy: false, lastError: `${operation}: ${message}`, lastErrorAt: new Date() });
      this.logger.error({ plugin: pluginId, operation, err: error }, 'plugin call failed');
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Wraps every method of a contribution so each call goes through {@link PluginCallGuard.call}. */
  wrap<T extends object>(pluginId: string, point: string, implementation: T): T {
    return new Proxy(implementation, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) =>
          this.call(pluginId, `${point}.${String(property)}`, () => (value as (...a: unknown[]) => unknown).apply(target, args));
      },
    });
  }
}

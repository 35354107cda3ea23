import { z, type ZodType } from 'zod';
import { ValidationError, type ValidationIssue } from '../errors/errors';
import type { PluginCapabilities } from './capabilities';
import type { PluginContext } from './plugin-context';
import type { SecretRef } from './plugin-services';

/** The version of this SDK; core refuses plugins whose `sdk` range does not include it. @public */
export const SDK_VERSION = '1.10.0';

/** A plugin: what `definePlugin` returns and what a plugin package exports as `plugin`. @public */
export interface PluginDefinition<S extends ZodType = ZodType> {
  /** Unique, lower-case, kebab-case: `eligibility-availity`. */
  readonly id: string;
  /** The plugin's own semantic version. */
  readonly version: string;
  /** The SDK versions the plugin works with, as a semver range: `^1`. */
  readonly sdk: string;
  /** A human-readable name for the plugin. */
  readonly displayName?: string;
  /** The settings schema; the admin app renders its form from it and core validates every change against it. */
  readonly settings: S;
  /** What the plugin needs (hosts, events, queries); anything undeclared is refused. */
  readonly capabilities?: PluginCapabilities<z.output<S>>;
  /**
   * Contributes implementations, defines jobs and subscribes to events; called once per organization and again
   * whenever that organization's settings change.
   */
  register(context: PluginContext<z.output<S>>): void | Promise<void>;
}

const PLUGIN_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/**
 * Declares a plugin, checking its identity fields.
 * @example
 * ```ts
 * export const plugin = definePlugin({
 *   id: 'hello', version: '1.0.0', sdk: '^1',
 *   settings: z.object({ greeting: z.string().default('hi') }),
 *   register(ctx) { ctx.logger.info(ctx.settings.greeting); },
 * });
 * ```
 * @public
 */
export function definePlugin<S extends ZodType>(definition: PluginDefinition<S>): PluginDefinition<S> {
  const issues: ValidationIssue[] = [];
  if (!PLUGIN_ID.test(definition.id)) issues.push({ field: 'id', message: `"${definition.id}" must be lower-case kebab-case` });
  if (!SEMVER.test(definition.version)) issues.push({ field: 'version', message: `"${definition.version}" is not a semantic version` });
  if (!definition.sdk?.trim()) issues.push({ field: 'sdk', message: 'declare the SDK range the plugin supports, e.g. "^1"' });
  if (issues.length > 0) throw new ValidationError(issues);
  return Object.freeze({ ...definition });
}

/** A settings field that holds a reference to an environment variable instead of a secret. @public */
export function secretRef(description: string): ZodType<SecretRef> {
  return z
    .object({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name, e.g. AVAILITY_CLIENT_SECRET') })
    .strict()
    .describe(description);
}

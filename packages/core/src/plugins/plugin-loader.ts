import { parsePluginSettings, SDK_VERSION, ValidationError, type PluginDefinition } from '@openrcm/sdk';
import { satisfies, validRange } from 'semver';
import type { PluginInstallation } from '../config/core-config';

/** A plugin whose module loaded, whose SDK range matches and whose default settings are valid. */
export interface LoadedPlugin {
  readonly definition: PluginDefinition;
  readonly module: string;
  readonly defaults: unknown;
  /** Whether an organization that has not decided uses the plugin. */
  readonly enabledByDefault: boolean;
}

/** Why a plugin cannot be loaded; the message names the plugin and what to change. */
export class PluginLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PluginLoadError';
  }
}

/**
 * Loads each installed plugin (the module's named export `plugin`), refuses an SDK range that does not include this
 * SDK, a duplicate id, and default settings that fail the plugin's schema.
 */
export function loadPlugins(installations: readonly PluginInstallation[], load: (module: string) => unknown = require): LoadedPlugin[] {
  const loaded: LoadedPlugin[] = [];
  for (const installation of installations) {
    const definition = importDefinition(installation.module, load);
    if (loaded.some((plugin) => plugin.definition.id === definition.id)) {
      throw new PluginLoadError(`plugin "${definition.id}" is installed twice (${installation.module})`);
    }
    if (!validRange(definition.sdk) || !satisfies(SDK_VERSION, definition.sdk)) {
      throw new PluginLoadError(
        `plugin "${definition.id}" requires @openrcm/sdk "${definition.sdk}", but this server provides @openrcm/sdk ${SDK_VERSION}; ` +
          `install a version of the plugin built for SDK ${SDK_VERSION.split('.')[0]}.x`,
      );
    }
    loaded.push({
      definition,
      module: installation.module,
      defaults: validDefaults(definition, installation.settings),
      enabledByDefault: installation.enabled ?? true,
    });
  }
  return loaded;
}

function importDefinition(module: string, load: (module: string) => unknown): PluginDefinition {
  let exported: unknown;
  try {
    exported = load(module);
  } catch (error) {
    throw new PluginLoadError(`plugin module "${module}" could not be loaded: ${(error as Error).message}`);
  }
  const definition = (exported as { plugin?: PluginDefinition } | undefined)?.plugin;
  if (!definition || typeof definition.register !== 'function' || typeof definition.id !== 'string') {
    throw new PluginLoadError(`plugin module "${module}" has no named export "plugin" made by definePlugin()`);
  }
  return definition;
}

function validDefaults(definition: PluginDefinition, settings: unknown): unknown {
  try {
    return parsePluginSettings(definition.id, definition.settings, settings);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const details = error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    throw new PluginLoadError(`plugin "${definition.id}" has invalid settings: ${details}`);
  }
}

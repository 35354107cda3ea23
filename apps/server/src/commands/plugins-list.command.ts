import { loadPlugins } from '@openrcm/core';
import type { LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';

/** Loads and validates the installed plugins (SDK range, default settings) and lists them. */
export function listPlugins(loaded: LoadedConfig, output: CommandOutput, load: (module: string) => unknown = require): number {
  const plugins = loadPlugins(loaded.config.plugins, load);
  if (plugins.length === 0) {
    output.info(`no plugins are installed (config: ${loaded.source})`);
    return 0;
  }
  output.info(`${plugins.length} plugin(s), all loaded with valid default settings:`);
  for (const { definition, module } of plugins) {
    output.info(`  ${definition.id}@${definition.version}  sdk ${definition.sdk}  ${module}`);
  }
  return plugins.length;
}

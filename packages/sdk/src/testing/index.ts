export { createPluginHarness } from './plugin-harness';
export type { HarnessLogEntry, PluginHarness, PluginHarnessOptions } from './plugin-harness';

export { createPluginHarness } from './plugin-harness';
export type { HarnessLogEntry, PluginHarness, PluginHarnessOptions } from './plugin-harness';
export { forwardHttp } from './forward-http';

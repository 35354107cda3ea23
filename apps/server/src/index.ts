export { defineConfig, openRcmConfigSchema } from './config/openrcm-config';
export type { OpenRcmConfig, OpenRcmConfigInput } from './config/openrcm-config';
export { loadConfig, toCoreConfig, CONFIG_FILE_NAME } from './config/load-config';
export type { LoadedConfig } from './config/load-config';
export { runCli } from './run-cli';

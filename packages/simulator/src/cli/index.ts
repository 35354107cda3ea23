export { runCli, USAGE } from './cli.main';
export type { CliIo } from './cli-io';

import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startPayerSftpServer } from '../payer';
import type { PayerRuleSet } from '../payer';
import { generateHostKey } from '../sftp';
import type { SftpUser } from '../sftp';
import type { CliIo } from './cli-io';
import { InputError, untilAborted, UsageError } from './cli-io';
import { reportResult } from './serve.command';

/** Options of {@link sftpCommand}. */
export interface SftpCommandOptions {
  readonly root: string;
  readonly port: number;
  readonly host: string;
  readonly seed: number;
  readonly delayMs: number;
  /** A private host key file; default `<root>/.openrcm-sim/host_key`, created on first start. */
  readonly hostKeyFile?: string;
  /** `NAME:PASSWORD` items. */
  readonly users: readonly string[];
  readonly rules: PayerRuleSet;
}

/** Parses `--user NAME:PASSWORD` options (default `openrcm:openrcm`). */
export function parseUsers(items: readonly string[]): SftpUser[] {
  if (items.length === 0) return [{ username: 'openrcm', password: 'openrcm' }];
  return items.map((item) => {
    const colon = item.indexOf(':');
    if (colon < 1 || colon === item.length - 1) throw new UsageError(`--user must be NAME:PASSWORD, not "${item}"`);
    return { username: item.slice(0, colon), password: item.slice(colon + 1) };
  });
}

async function hostKeyOf(options: SftpCommandOptions): Promise<{ key: string; file: string; created: boolean }> {
  if (options.hostKeyFile) {
    try {
      return { key: await readFile(options.hostKeyFile, 'utf8'), file: options.hostKeyFile, created: false };
    } catch (e) {
      throw new InputError(`cannot read --host-key ${options.hostKeyFile}: ${(e as Error).message}`);
    }
  }
  const file = join(options.root, '.openrcm-sim', 'host_key');
  try {
    return { key: await readFile(file, 'utf8'), file, created: false };
  } catch {
    await mkdir(join(options.root, '.openrcm-sim'), { recursive: true });
    const key = generateHostKey();
    await writeFile(file, key, { mode: 0o600 });
    await chmod(file, 0o600);
    return { key, file, created: true };
  }
}

/** `openrcm-sim sftp --root DIR --port N`: serves the payer exchange over SFTP until stopped. */
export async function sftpCommand(options: SftpCommandOptions, io: CliIo): Promise<number> {
  const users = parseUsers(options.users);
  const hostKey = await hostKeyOf(options);
  const server = await startPayerSftpServer({
    root: options.root, port: options.port, host: options.host, hostKey: hostKey.key, users, rules: options.rules, seed: options.seed, delayMs: options.delayMs,
    onResult: (file, result) => reportResult(io, file, result),
    onError: (file, error) => io.err(`${file}: ${error.message}\n`),
  });
  io.out(`openrcm-sim: SFTP on ${server.host}:${server.port}, root ${options.root} (seed ${options.seed}, 835 after ${options.delayMs} ms)\n`);
  io.out(`  upload 837P files into /outbox; download 999, 277CA and 835 files from /inbox\n`);
  io.out(`  users: ${users.map((u) => u.username).join(', ')}\n`);
  io.out(`  host key ${hostKey.file}${hostKey.created ? ' (new)' : ''}, fingerprint to pin: ${server.fingerprint}\n`);
  await untilAborted(io.signal);
  await server.close();
  io.out('openrcm-sim: stopped\n');
  return 0;
}

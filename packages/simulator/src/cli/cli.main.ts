import { parseArgs } from 'node:util';
import { adjudicateCommand } from './adjudicate.command';
import type { CliIo } from './cli-io';
import { InputError, integerOption, requiredOption, UsageError } from './cli-io';
import { defaultRulesFile, loadRules } from './rules-file';
import { serveCommand } from './serve.command';
import { sftpCommand } from './sftp.command';

/** The usage text. */
export const USAGE = `usage: openrcm-sim <command> [options]
  serve --folder DIR [--seed N] [--delay-ms N] [--poll-ms N] [--rules FILE]
        answer 837P files dropped into DIR/inbox with 999, 277CA (at once) and 835 (after the delay) in DIR/outbox
  sftp --root DIR --port N [--host H] [--seed N] [--delay-ms N] [--host-key FILE] [--user NAME:PASSWORD]... [--rules FILE]
        serve the same exchange over SFTP: upload 837P into /outbox, download answers from /inbox;
        prints the host key fingerprint to pin (default user openrcm:openrcm, host 127.0.0.1)
  adjudicate FILE.837 [--seed N] [--out DIR] [--now ISO-DATE-TIME] [--rules FILE]
        answer one 837P file at once (files written into DIR, default the file's folder)
  rules  print the default payer rules as JSON (a starting point for --rules FILE)
exit codes: 0 done, 1 input refused (missing or unreadable file, bad rules), 2 usage error
`;

const OPTIONS = {
  folder: { type: 'string' }, root: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, seed: { type: 'string' },
  'delay-ms': { type: 'string' }, 'poll-ms': { type: 'string' }, 'host-key': { type: 'string' }, user: { type: 'string', multiple: true },
  out: { type: 'string' }, now: { type: 'string' }, rules: { type: 'string' }, help: { type: 'boolean' },
} as const;

async function dispatch(command: string | undefined, argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  const seed = integerOption(values.seed, 'seed', 1);
  const delayMs = integerOption(values['delay-ms'], 'delay-ms', 0);
  switch (command) {
    case 'serve':
      return serveCommand({ folder: requiredOption(values.folder, 'folder'), seed, delayMs, pollMs: integerOption(values['poll-ms'], 'poll-ms', 200) || 200, rules: await loadRules(values.rules) }, io);
    case 'sftp':
      return sftpCommand({
        root: requiredOption(values.root, 'root'), port: integerOption(requiredOption(values.port, 'port'), 'port', 0), host: values.host ?? '127.0.0.1', seed, delayMs,
        ...(values['host-key'] ? { hostKeyFile: values['host-key'] } : {}), users: values.user ?? [], rules: await loadRules(values.rules),
      }, io);
    case 'adjudicate': {
      if (positionals.length !== 1) throw new UsageError('adjudicate takes one 837P file');
      const now = values.now ?? new Date().toISOString();
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(now)) throw new UsageError(`--now must be an ISO date-time, not "${now}"`);
      return adjudicateCommand(positionals[0]!, { seed, now, rules: await loadRules(values.rules), ...(values.out ? { out: values.out } : {}) }, io);
    }
    case 'rules':
      io.out(`${JSON.stringify(defaultRulesFile(), null, 2)}\n`);
      return 0;
    default:
      throw new UsageError(command === undefined ? 'a command is required' : `unknown command "${command}"`);
  }
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  try {
    return await dispatch(command, rest, io);
  } catch (e) {
    const error = e as Error & { code?: string };
    if (e instanceof InputError) {
      io.err(`openrcm-sim: ${error.message}\n`);
      return 1;
    }
    if (e instanceof UsageError || error.code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`openrcm-sim: ${error.message}\n${USAGE}`);
      return 2;
    }
    io.err(`openrcm-sim: ${error.message}\n`);
    return 1;
  }
}

import { parseArgs } from 'node:util';
import type { CliIo } from './cli-io';
import { processIo } from './cli-io';
import { gen835Command, gen837PCommand } from './generate.command';
import { parseCommand } from './parse.command';
import { validateCommand } from './validate.command';

const USAGE = `usage: openrcm-x12 <command> [options]
  parse FILE [--json]                        typed document as JSON (money in cents), or a summary
  validate FILE                              every positioned error; exit code 1 when there is any
  gen-837p --claims N --seed S [--void-rate R] [--split-rate R] [--out FILE]
                                             realistic, valid 837P claims (R: share 0..1 of voids / of
                                             51-120-line claims split at 50 lines)
  gen-835 --from-837 FILE --seed S [--out FILE]  a balanced 835 for an 837P
`;

function integer(value: string | undefined, name: string): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer`);
  return n;
}

function share(value: string | undefined, name: string): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1)) throw new Error(`--${name} must be a number from 0 to 1`);
  return n;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest, allowPositionals: true,
      options: { json: { type: 'boolean' }, claims: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, 'from-837': { type: 'string' }, 'void-rate': { type: 'string' }, 'split-rate': { type: 'string' } },
    });
    const file = positionals[0];
    switch (command) {
      case 'parse': if (!file) break; return await parseCommand(file, values.json ?? false, io);
      case 'validate': if (!file) break; return validateCommand(file, io);
      case 'gen-837p': {
        const mix = { voidRate: share(values['void-rate'], 'void-rate'), splitRate: share(values['split-rate'], 'split-rate') };
        return await gen837PCommand(integer(values.claims, 'claims'), integer(values.seed ?? '1', 'seed'), values.out, io, mix);
      }
      case 'gen-835': if (!values['from-837']) break; return await gen835Command(values['from-837'], integer(values.seed ?? '1', 'seed'), values.out, io);
      default: break;
    }
    io.err(USAGE);
    return 2;
  } catch (e) {
    io.err(`openrcm-x12: ${(e as Error).message}\n`);
    return 2;
  }
}

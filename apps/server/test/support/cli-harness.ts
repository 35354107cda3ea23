import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandOutput } from '../../src/commands/command-output';
import { runCli } from '../../src/run-cli';

/** A working directory of its own with an `openrcm.config.ts` exporting `config` = `body`. */
export function configDirectory(body: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'openrcm-server-'));
  writeFileSync(join(directory, 'openrcm.config.ts'), `export const config = ${body};\n`);
  return directory;
}

/** Runs the CLI in-process with its own environment (none by default) and captures what it printed. */
export async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | undefined; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const output: CommandOutput = { info: (line) => out.push(line), error: (line) => err.push(line) };
  const code = await runCli(['node', 'openrcm', ...args], output, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Output that is thrown away. */
export const quietOutput: CommandOutput = { info: () => undefined, error: () => undefined };

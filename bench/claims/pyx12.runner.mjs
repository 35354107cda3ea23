// Runs pyx12's x12valid (through packages/x12/scripts/validate-837p.sh) on the written files.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = join(import.meta.dirname, '../../packages/x12/scripts/validate-837p.sh');

/** Validates `files`; answers the script's output, its exit status and the number of files it reported OK. */
export function validateWithPyx12(files) {
  const run = spawnSync('bash', [SCRIPT, ...files], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const ok = files.filter((file) => output.includes(`${file}: OK`)).length;
  return { output, status: run.status, ok, available: run.status !== 2 };
}

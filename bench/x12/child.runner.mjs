// Runs a worker script in a fresh Node process and reads its last JSON line; an out-of-memory
// death or a timeout becomes a result instead of ending the benchmark.
import { spawnSync } from 'node:child_process';

/** Returns the parsed JSON result, or { failure: 'out of memory' | 'timeout' | message }. */
export function runChild(script, args, { timeoutMs = 600_000, nodeArgs = [] } = {}) {
  const child = spawnSync(process.execPath, [...nodeArgs, script, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 << 20 });
  const stderr = child.stderr ?? '';
  if (child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGTERM') return { failure: `timeout after ${timeoutMs / 1000} s` };
  if (/heap out of memory|Allocation failed|ERR_STRING_TOO_LONG|Invalid string length/i.test(stderr)) {
    return { failure: /string/i.test(stderr) && !/heap out of memory/i.test(stderr) ? 'string too long' : 'out of memory' };
  }
  if (child.status !== 0) {
    const line = stderr.trim().split('\n').filter((l) => /Error|error/.test(l))[0] ?? `exit ${child.status ?? child.signal}`;
    return { failure: line.trim().slice(0, 120) };
  }
  const lines = child.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

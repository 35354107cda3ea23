// Describes the machine a benchmark ran on.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';

export function machineInfo() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1].trim();
  } catch { /* not Linux: keep os.cpus() */ }
  return {
    cpu,
    cores: os.cpus().length,
    ramGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    heapLimitMB: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20),
    os: `${os.type()} ${os.release()}`,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

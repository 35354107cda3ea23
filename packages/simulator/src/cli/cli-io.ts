/** Where the commands write, and how a long-running command is stopped (replaceable in tests). */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Aborted to stop `serve` and `sftp` (the process wires it to SIGINT and SIGTERM). */
  signal: AbortSignal;
}

/** A usage error: the CLI prints it with the usage and exits with code 2. */
export class UsageError extends Error {}

/** Refused input (a file missing or unreadable, bad rules): exit code 1. */
export class InputError extends Error {}

/** A non-negative integer option, or the default. */
export function integerOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(n) || n < 0) throw new UsageError(`--${name} must be a non-negative integer, not "${value}"`);
  return n;
}

/** A required string option. */
export function requiredOption(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

/** Resolves when the signal is aborted. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
}

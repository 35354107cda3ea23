/** Elapsed time and waiting, on the real clock (the organization's calendar clock is for dates, not for deadlines). */
export interface Timing {
  /** Milliseconds on a monotonic-enough clock. */
  now(): number;
  /** Waits `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const realTiming: Timing = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A point in time a check must answer by. */
export class Deadline {
  private readonly endsAt: number;

  constructor(private readonly timing: Timing, budgetMs: number) {
    this.endsAt = timing.now() + budgetMs;
  }

  /** Milliseconds left (never negative). */
  remaining(): number {
    return Math.max(0, this.endsAt - this.timing.now());
  }

  /** Whether a wait of `ms` still ends before the deadline. */
  allows(ms: number): boolean {
    return ms <= this.remaining();
  }
}

/** Waits between polls: `first`, doubled each time, never more than `max`. */
export class Backoff {
  private current: number;

  constructor(first: number, private readonly max: number) {
    this.current = Math.min(first, max);
  }

  /** The next wait, in milliseconds. */
  next(): number {
    const wait = this.current;
    this.current = Math.min(this.current * 2, this.max);
    return wait;
  }
}

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (!header?.trim()) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

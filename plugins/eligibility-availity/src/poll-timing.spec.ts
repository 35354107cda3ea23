import { Backoff, Deadline, retryAfterMs, type Timing } from './poll-timing';

describe('poll timing', () => {
  it('doubles the wait up to the maximum', () => {
    const backoff = new Backoff(100, 350);
    expect([backoff.next(), backoff.next(), backoff.next(), backoff.next()]).toEqual([100, 200, 350, 350]);
  });

  it('counts the deadline down on its clock', () => {
    let now = 1_000;
    const timing: Timing = { now: () => now, sleep: async () => undefined };
    const deadline = new Deadline(timing, 500);
    expect(deadline.allows(500)).toBe(true);
    now = 1_400;
    expect([deadline.remaining(), deadline.allows(100), deadline.allows(101)]).toEqual([100, true, false]);
    now = 2_000;
    expect(deadline.remaining()).toBe(0);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Mon, 02 Mar 2026 10:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect([retryAfterMs(undefined, now), retryAfterMs('soon', now)]).toEqual([undefined, undefined]);
  });
});

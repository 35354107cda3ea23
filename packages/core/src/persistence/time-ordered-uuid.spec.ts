import { timeOrderedUuid } from './time-ordered-uuid';

describe('timeOrderedUuid', () => {
  it('makes version 7 UUIDs (RFC 9562) whose first 48 bits are the time in milliseconds', () => {
    const before = Date.now();
    const id = timeOrderedUuid();
    const after = Date.now();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const time = Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(after);
  });

  it('makes a different id each time, and later ids sort after earlier ones across milliseconds', async () => {
    const first = timeOrderedUuid();
    const same = Array.from({ length: 1000 }, () => timeOrderedUuid());
    expect(new Set([first, ...same]).size).toBe(1001);
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(timeOrderedUuid() > first).toBe(true);
  });
});

import { allocateCents } from './allocation';

describe('allocateCents', () => {
  it('splits in proportion and adds up to the total exactly', () => {
    expect(allocateCents(1000, [12500, 24000])).toEqual([342, 658]);
    expect(allocateCents(100, [1, 1, 1])).toEqual([34, 33, 33]);
    const parts = allocateCents(99_999, [3, 7, 11, 13]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(99_999);
  });

  it('keeps the sign of a negative total', () => {
    expect(allocateCents(-1001, [1, 1])).toEqual([-501, -500]);
  });

  it('gives everything to the first part when no weight is positive', () => {
    expect(allocateCents(250, [0, 0])).toEqual([250, 0]);
  });
});

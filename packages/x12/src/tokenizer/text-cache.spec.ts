import { sharedSlice, TextCache } from './text-cache';

describe('TextCache', () => {
  it('finds a value by the characters of a range, and misses a different text in the same slot', () => {
    const cache = new TextCache<number>(1);
    const text = 'HC:99213*HC:99214*HC:99213';
    cache.set(cache.slotOf(text, 0, 8), 'HC:99213', 1);
    expect(cache.get(cache.slotOf(text, 18, 26), text, 18, 26)).toBe(1);
    expect(cache.get(cache.slotOf(text, 9, 17), text, 9, 17)).toBeUndefined();
    expect(cache.get(0, text, 0, 7)).toBeUndefined();
    cache.clear();
    expect(cache.get(0, text, 0, 8)).toBeUndefined();
  });
});

describe('sharedSlice', () => {
  it('returns the text of the range, whether cached or not', () => {
    const text = 'SMITH*JOHN*SMITH';
    const a = sharedSlice(text, 0, 5);
    expect(a).toBe('SMITH');
    expect(sharedSlice(text, 11, 16)).toBe(a);
    expect(sharedSlice(text, 6, 10)).toBe('JOHN');
  });
});

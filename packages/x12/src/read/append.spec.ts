import { appended, emptyList } from './append';

describe('appended', () => {
  it('adds items in order, copying short lists and growing long ones in place', () => {
    let list: number[] = [];
    const seen: number[][] = [];
    for (let i = 1; i <= 6; i++) {
      list = appended(list, i);
      seen.push(list);
    }
    expect(list).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen[0]).toEqual([1]);
    expect(seen[1]).not.toBe(seen[0]);
    expect(seen[2]).toEqual([1, 2, 3]);
    expect(seen[4]).toBe(seen[3]);
    expect(seen[5]).toBe(seen[3]);
  });

  it('makes a one-item list of a number, not an empty list of that length', () => {
    const one = appended<number>([], 3);
    expect(one).toEqual([3]);
    expect(one).toHaveLength(1);
    expect(Array.isArray(one)).toBe(true);
    expect(0 in one).toBe(true);
  });
});

describe('emptyList', () => {
  it('is one shared frozen empty list that appended replaces with a new array', () => {
    const a = emptyList<number>();
    expect(a).toEqual([]);
    expect(emptyList<string>()).toBe(a as unknown);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => a.push(1)).toThrow(TypeError);
    const b = appended(a, 1);
    expect(b).toEqual([1]);
    expect(a).toEqual([]);
  });
});

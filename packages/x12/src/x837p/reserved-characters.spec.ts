import { ReservedCharacters } from './reserved-characters';

describe('ReservedCharacters', () => {
  const reserved = ReservedCharacters.of('*~:^');

  it('finds a delimiter or control character in any string of nested objects and arrays', () => {
    expect(reserved.anyIn({ a: 1, b: true, c: null, d: ['x', { e: 'ok' }] })).toBe(false);
    expect(reserved.anyIn({ d: ['x', { e: 'o*k' }] })).toBe(true);
    expect(reserved.anyIn(['a', ['b~']])).toBe(true);
    expect(reserved.anyIn({ note: 'line\nbreak' })).toBe(true);
    expect(reserved.anyIn('a:b')).toBe(true);
  });

  it('skips values under keys ending in Time (checked as HH:MM times instead), and only those', () => {
    expect(reserved.anyIn({ createdTime: '09:30', n: 3 })).toBe(false);
    expect(reserved.anyIn({ createdTime: '09~30' })).toBe(false);
    expect(reserved.anyIn({ created: '09:30' })).toBe(true);
  });
});

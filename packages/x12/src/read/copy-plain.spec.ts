import { copyPlain } from './copy-plain';

describe('copyPlain', () => {
  it('copies nested objects and arrays without sharing them', () => {
    const source = { name: 'A', n: 1, flag: true, none: undefined, address: { line1: 'x', tags: ['a', { b: 2 }] } };
    const copy = copyPlain(source);
    expect(copy).toStrictEqual(source);
    expect(copy.address).not.toBe(source.address);
    expect(copy.address.tags).not.toBe(source.address.tags);
    expect(copy.address.tags[1]).not.toBe(source.address.tags[1]);
  });
});

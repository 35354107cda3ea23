import { sliceElement } from './short-strings';

describe('sliceElement', () => {
  it('returns the same text as slice for every length', () => {
    const text = 'HC*99213*1*CO*\u00e9*\u4e2d\u6587*X';
    for (let start = 0; start < text.length; start++) {
      for (let end = start; end <= text.length; end++) expect(sliceElement(text, start, end)).toBe(text.slice(start, end));
    }
  });
});

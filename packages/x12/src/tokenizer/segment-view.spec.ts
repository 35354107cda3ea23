import { SegmentView } from './segment-view';

/** A view of `text` (one segment, element separator `*`) as the tokenizer fills it. */
function viewOf(text: string): SegmentView {
  const v = new SegmentView();
  v.reset(text, 0);
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text[i] === '*') v.starts[n++] = i + 1;
  v.starts[n] = text.length + 1;
  v.count = n;
  v.id = text.slice(0, v.endOf(0));
  return v;
}

describe('SegmentView', () => {
  const v = viewOf('CLP*PCN001*1**150.10*');

  it('reads elements in place: present, empty and absent ones', () => {
    expect(v.count).toBe(6);
    expect([v.at(1), v.at(2), v.at(3), v.at(4), v.at(5), v.at(9)]).toEqual(['PCN001', '1', '', '150.10', '', '']);
    expect([v.has(1), v.has(3), v.has(5), v.has(6)]).toEqual([true, false, false, false]);
    expect([v.opt(1), v.opt(3), v.opt(7)]).toEqual(['PCN001', undefined, undefined]);
    expect(v.text.slice(v.startOf(4), v.endOf(4))).toBe('150.10');
  });

  it('compares an element with a value without slicing', () => {
    expect(v.is(1, 'PCN001')).toBe(true);
    expect(v.is(1, 'PCN00')).toBe(false);
    expect(v.is(3, '')).toBe(true);
    expect(v.is(8, '')).toBe(true);
    expect(v.is(8, 'X')).toBe(false);
  });

  it('builds the element array on demand and keeps a stable snapshot', () => {
    expect(v.elements).toEqual(['CLP', 'PCN001', '1', '', '150.10', '']);
    const kept = v.snapshot();
    v.reset('REF*6R*X', 0);
    expect(kept.elements).toEqual(['CLP', 'PCN001', '1', '', '150.10', '']);
  });

  it('reads a repeated element through the shared-string cache with shared()', () => {
    const a = viewOf('NM1*QC*1*GARCIA').shared(3);
    const b = viewOf('NM1*IL*1*GARCIA').shared(3);
    expect(a).toBe('GARCIA');
    expect(b).toBe(a);
  });

  it('views a segment given as an array, and grows for segments with many elements', () => {
    const many = Array.from({ length: 100 }, (_, i) => `E${i}`);
    const w = new SegmentView().load({ id: 'MIA', elements: ['MIA', ...many], index: 7, byteOffset: 70 }, '*');
    expect([w.count, w.id, w.index, w.byteOffset]).toEqual([101, 'MIA', 7, 70]);
    expect(w.at(1)).toBe('E0');
    expect(w.at(100)).toBe('E99');
    expect(SegmentView.of(w, '*')).toBe(w);
  });
});

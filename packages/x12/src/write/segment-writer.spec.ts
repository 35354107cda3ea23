import { SegmentWriter } from './segment-writer';

describe('SegmentWriter', () => {
  it('writes elements, drops trailing empty ones and keeps inner empty ones', () => {
    const w = new SegmentWriter();
    w.seg('NM1', 'QC', '1', 'DOE', undefined, '', undefined);
    w.seg('REF', '6R', 'L1');
    expect(w.toString()).toBe('NM1*QC*1*DOE~\nREF*6R*L1~\n');
    expect(w.count).toBe(2);
  });

  it('writes a non-ASCII element separator as UTF-8 text', () => {
    const w = new SegmentWriter({ element: '¦', repetition: '^', component: ':', segment: '~' }, '');
    w.seg('CLP', 'PCN1', '', '10');
    expect(w.toString()).toBe('CLP¦PCN1¦¦10~');
  });
});

import type { X12Error } from '../errors';
import { isaSegment, wrap } from '../../test/fixtures/envelope.fixture';
import { scanInput } from './scan-input';
import type { Segment } from './segment';
import { SegmentView } from './segment-view';
import { Tokenizer } from './tokenizer';

/** Segments (as stable copies) and findings of `input` read in blocks of `blockBytes`, in view mode or not. */
function read(input: Buffer | string, blockBytes: number, views = false) {
  const segments: Segment[] = [];
  const errors: X12Error[] = [];
  const sink = { segment: (s: Segment) => segments.push(s instanceof SegmentView ? s.snapshot() : s) };
  const count = scanInput(new Tokenizer(sink, (e) => errors.push(e), views), input, (e) => errors.push(e), blockBytes);
  return { segments, errors, count };
}

const body = ['BPR*I*1*C*CHK', 'NM1*QC*1*MUÑOZ*JOSÉ', 'CLP*A1*1*226*132*', 'SVC*HC:99213*100', '1X*bad', 'REF*6R*LINE-1'];
const inputs: [string, Buffer][] = [
  ['ASCII with CR/LF', Buffer.from(wrap(['BPR*I*1*C*CHK', 'CLP*A1*1*226*132']).replace(/\n/g, '\r\n'))],
  ['UTF-8 with a BOM', Buffer.from('\ufeff' + wrap(body), 'utf8')],
  ['two interchanges with other delimiters', Buffer.from(wrap(body) + `${isaSegment('000000002', '|', '^', '>')}!GS|HP|A|B|20240102|1230|8|X|005010X221A1!IEA|0|000000002!`)],
  ['no ISA (guessed delimiters)', Buffer.from('ST*835*1!234567890~BPR*I*1922.86*C*CHK~SE*3*1!234567890~')],
  ['an invalid ISA', Buffer.from('ISAX' + wrap(['BPR*I*1*C*CHK']).slice(4))],
  ['invalid UTF-8 bytes', Buffer.concat([Buffer.from(wrap(['BPR*I*1*C*CHK'])), Buffer.from([0xe9, 0xff]), Buffer.from(wrap(['CLP*A1*1*226*132']))])],
  ['no terminator after the last segment', Buffer.from(wrap(body).replace(/~\n$/, ''))],
];

describe('scanInput', () => {
  it.each(inputs)('reads %s in small blocks to the same segments, offsets and findings as in one block', (_, bytes) => {
    const whole = read(bytes, bytes.length + 1);
    for (const size of [1, 7, 64, 106, 300]) expect(read(bytes, size)).toEqual(whole);
  });

  it('hands envelope segments as stable segments and the others as one reused view in view mode', () => {
    const seen: { id: string; view: boolean }[] = [];
    const views = new Set<Segment>();
    const sink = { segment: (s: Segment) => { seen.push({ id: s.id, view: s instanceof SegmentView }); if (s instanceof SegmentView) views.add(s); } };
    scanInput(new Tokenizer(sink, () => undefined, true), wrap(['BPR*I*1*C*CHK', 'CLP*A1*1*226*132']), () => undefined);
    expect(seen).toEqual([
      { id: 'ISA', view: false }, { id: 'GS', view: false }, { id: 'ST', view: false }, { id: 'BPR', view: true },
      { id: 'CLP', view: true }, { id: 'SE', view: false }, { id: 'GE', view: false }, { id: 'IEA', view: false },
    ]);
    expect(views.size).toBe(1);
  });

  it('reads a segment with more elements than the view first holds, in ASCII and in UTF-8', () => {
    const many = Array.from({ length: 150 }, (_, i) => `E${i}`);
    for (const name of ['MIA', 'MUÑOZ']) {
      const bytes = Buffer.from(wrap(['BPR*I*1*C*CHK', `NM1*QC*1*${name}`, `MIA*${many.join('*')}`]), 'utf8');
      for (const views of [true, false]) {
        const mia = read(bytes, bytes.length + 1, views).segments.find((s) => s.id === 'MIA')!;
        expect(mia.elements).toEqual(['MIA', ...many]);
      }
    }
  });

  it('gives the same segments in view mode as without', () => {
    const bytes = inputs[1]![1];
    expect(read(bytes, 64, true)).toEqual(read(bytes, 64, false));
  });
});

import { Readable } from 'node:stream';
import type { X12Error } from '../errors';
import { isaSegment, wrap } from '../../test/fixtures/envelope.fixture';
import type { Delimiters, Segment } from './segment';
import { tokenize, tokenizeStream } from './tokenize';

function collect(input: Buffer | string) {
  const segments: Segment[] = [];
  const delimiters: Delimiters[] = [];
  const errors: X12Error[] = [];
  tokenize(input, { segment: (s, d) => { segments.push(s); delimiters.push(d); } }, (e) => errors.push(e));
  return { segments, delimiters, errors };
}

async function collectStream(chunks: Buffer[], maxSegmentBytes?: number) {
  const segments: Segment[] = [];
  const errors: X12Error[] = [];
  const opts = maxSegmentBytes ? { maxSegmentBytes } : {};
  await tokenizeStream(Readable.from(chunks), { segment: (s) => segments.push(s) }, (e) => errors.push(e), opts);
  return { segments, errors };
}

function chunked(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

describe('tokenize', () => {
  const sample = wrap(['BPR*I*132*C*CHK', 'TRN*1*12345*1512345678', 'CLP*A1*1*226*132']);

  it('reads delimiters from the ISA and splits segments and elements', () => {
    const { segments, delimiters, errors } = collect(sample);
    expect(errors).toEqual([]);
    expect(segments.map((s) => s.id)).toEqual(['ISA', 'GS', 'ST', 'BPR', 'TRN', 'CLP', 'SE', 'GE', 'IEA']);
    expect(delimiters[0]).toEqual({ element: '*', repetition: '^', component: ':', segment: '~' });
    expect(segments[5]!.elements).toEqual(['CLP', 'A1', '1', '226', '132']);
    expect(segments[5]!.index).toBe(5);
  });

  it('never assumes * : ~ (element |, component >, repetition !, terminator newline)', () => {
    const text = isaSegment('000000001', '|', '!', '>') + '\nGS|HP|A|B|20240102|1230|1|X|005010X221A1\nSVC|HC>99213>25|100|80\n';
    const { segments, delimiters } = collect(text);
    expect(delimiters[0]).toEqual({ element: '|', repetition: '!', component: '>', segment: '\n' });
    expect(segments[2]!.elements).toEqual(['SVC', 'HC>99213>25', '100', '80']);
  });

  it('skips CR/LF between segments and a UTF-8 BOM, keeping byte offsets exact', () => {
    const crlf = sample.replace(/\n/g, '\r\n');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]);
    const { segments, errors } = collect(bytes);
    expect(errors).toEqual([]);
    expect(segments[0]!.byteOffset).toBe(3);
    expect(segments[1]!.byteOffset).toBe(3 + 106 + 2);
    const bpr = segments[3]!;
    expect(bytes.subarray(bpr.byteOffset, bpr.byteOffset + 8).toString()).toBe('BPR*I*13');
  });

  it('counts bytes, not characters, after multi-byte UTF-8 text', () => {
    const text = wrap(['NM1*QC*1*MUÑOZ*JOSÉ', 'CLP*A1*1*226*132']);
    const bytes = Buffer.from(text, 'utf8');
    const { segments } = collect(bytes);
    const clp = segments.find((s) => s.id === 'CLP')!;
    expect(bytes.subarray(clp.byteOffset, clp.byteOffset + 3).toString()).toBe('CLP');
    expect(segments.find((s) => s.id === 'NM1')!.elements[3]).toBe('MUÑOZ');
  });

  it('accepts a non-fixed-width ISA with a warning', () => {
    const isa = 'ISA*00**00**ZZ*SENDER*ZZ*RECEIVER*240102*1230*^*00501*000000101*0*T*:';
    const { segments, errors, delimiters } = collect(`${isa}~GS*HP*A*B*20240102*1230*1*X*005010X221A1~`);
    expect(errors).toEqual([expect.objectContaining({ code: 'ISA_NOT_FIXED_WIDTH', severity: 'warning', segmentIndex: 0, byteOffset: 0 })]);
    expect(delimiters[0]).toEqual({ element: '*', repetition: '^', component: ':', segment: '~' });
    expect(segments[0]!.elements[16]).toBe(':');
    expect(segments[1]!.id).toBe('GS');
  });

  it('reads data without an ISA with a positioned MISSING_ISA error and guessed delimiters', () => {
    const { segments, errors } = collect('ST*835*1234~BPR*I*1922.86*C*CHK~SE*3*1234~');
    expect(errors).toEqual([expect.objectContaining({ code: 'MISSING_ISA', severity: 'error', segmentIndex: 0, byteOffset: 0 })]);
    expect(segments.map((s) => s.id)).toEqual(['ST', 'BPR', 'SE']);
    expect(segments[1]!.elements[2]).toBe('1922.86');
  });

  it('reports an invalid segment identifier with its index and offset', () => {
    const text = wrap(['BPR*I*1*C*CHK', 'bad*1', 'TRN*1*2*3']);
    const { errors, segments } = collect(text);
    const bad = segments.find((s) => s.id === 'bad')!;
    expect(errors).toEqual([expect.objectContaining({ code: 'INVALID_SEGMENT_ID', segmentIndex: 4, byteOffset: bad.byteOffset })]);
  });

  it('warns about a last segment without terminator and still returns it', () => {
    const text = wrap(['BPR*I*1*C*CHK']).replace(/~\n$/, '');
    const { errors, segments } = collect(text);
    expect(segments[segments.length - 1]!.elements).toEqual(['IEA', '1', '000000101']);
    expect(errors).toEqual([expect.objectContaining({ code: 'MISSING_SEGMENT_TERMINATOR', severity: 'warning', segmentId: 'IEA' })]);
  });

  it('switches delimiters at each ISA of a multi-interchange file', () => {
    const first = wrap(['BPR*I*1*C*CHK']);
    const second = `${isaSegment('000000002', '|', '^', '>')}!GS|HP|A|B|20240102|1230|8|X|005010X221A1!IEA|0|000000002!`;
    const { segments, delimiters } = collect(first + second);
    const gs2 = segments.findIndex((s, i) => s.id === 'GS' && i > 3);
    expect(delimiters[gs2]).toEqual({ element: '|', repetition: '^', component: '>', segment: '!' });
    expect(segments[gs2]!.elements[6]).toBe('8');
  });

  it.each([1, 7, 106, 4096])('streams with chunks of %i bytes to the same segments and offsets', async (size) => {
    const bytes = Buffer.from('\ufeff' + wrap(['NM1*QC*1*MUÑOZ*JOSÉ', 'CLP*A1*1*226*132']).replace(/\n/g, '\r\n'), 'utf8');
    const whole = collect(bytes);
    const streamed = await collectStream(chunked(bytes, size));
    expect(streamed.errors).toEqual(whole.errors);
    expect(streamed.segments).toEqual(whole.segments);
  });

  it('stops streaming with SEGMENT_TOO_LONG when no terminator comes (bounded memory)', async () => {
    const head = Buffer.from(wrap([]).split('\n').slice(0, 3).join('\n'));
    const junk = Buffer.alloc(5000, 'A');
    const { errors, segments } = await collectStream([head, junk, junk, junk], 4096);
    expect(segments.map((s) => s.id)).toEqual(['ISA', 'GS', 'ST']);
    expect(errors).toEqual([expect.objectContaining({ code: 'SEGMENT_TOO_LONG', severity: 'error' })]);
  });

  it('gives the same segments, offsets and findings whatever the chunk size, with CR before terminators', async () => {
    const plain = wrap(['NM1*QC*1*MUÑOZ*JOSÉ', 'CLP*A1*1*226*132*', 'SVC*HC:99213*100', '1X*bad']);
    const text = plain.slice(0, 106) + plain.slice(106).replace(/~/g, '\r~');
    const bytes = Buffer.from(text);
    const whole = collect(bytes);
    expect(whole.segments[4]!.elements).toEqual(['CLP', 'A1', '1', '226', '132', '']);
    expect(whole.errors.map((e) => e.code)).toEqual(['INVALID_SEGMENT_ID']);
    for (const size of [1, 7, 64]) {
      const streamed = await collectStream(chunked(bytes, size));
      expect(streamed.segments).toEqual(whole.segments);
      expect(streamed.errors).toEqual(whole.errors);
    }
  });

  it('shares one identifier string per segment id, equal to elements[0]', () => {
    const { segments } = collect(sample + sample.replace('000000001', '000000002'));
    const clps = segments.filter((s) => s.id === 'CLP');
    expect(clps).toHaveLength(2);
    expect(clps[0]!.id).toBe(clps[1]!.id);
    for (const s of segments) expect(s.elements[0]).toBe(s.id);
  });

  it('reports empty input', () => {
    expect(collect('  \n').errors).toEqual([expect.objectContaining({ code: 'EMPTY_INPUT' })]);
  });
});

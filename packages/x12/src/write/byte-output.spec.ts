import { ByteOutput } from './byte-output';

describe('ByteOutput', () => {
  it('keeps ASCII and multi-byte text exactly, across growth', () => {
    const out = new ByteOutput();
    const pieces = ['NM1*QC*1*', 'MUÑOZ', '*JOSÉ~\n', '中文', '😀', 'x'.repeat(70000), 'end'];
    for (const p of pieces) out.put(p);
    expect(out.toString()).toBe(pieces.join(''));
    expect(out.byteLength).toBe(Buffer.byteLength(pieces.join('')));
  });

  it('writes an empty string as nothing', () => {
    const out = new ByteOutput();
    out.put('');
    expect(out.toString()).toBe('');
  });

  it('keeps text exact across many 1 MiB blocks, with multi-byte characters at every position', () => {
    const out = new ByteOutput();
    const pieces: string[] = [];
    for (let i = 0; pieces.length < 120_000; i++) pieces.push(i % 7 === 0 ? ['É', '中', '😀', 'É中😀'][i % 4]! : `SEG*${i}*${'x'.repeat(i % 50)}~\n`);
    pieces.push('y'.repeat(3 << 20), 'tail');
    for (const p of pieces) out.put(p);
    const expected = pieces.join('');
    expect(out.byteLength).toBe(Buffer.byteLength(expected));
    expect(out.toString()).toBe(expected);
  });
});

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
});

import { CopyText, type CopyColumn } from './copy-rows';

const text: CopyColumn = { plain: false, toText: (value) => (value === null || value === undefined ? null : String(value)) };
const number: CopyColumn = { plain: true, toText: (value) => (value === null || value === undefined ? null : String(value)) };

function copyTextOf(rows: readonly { code: string | null; cents: number }[]): { copy: CopyText; bytes: string } {
  const copy = new CopyText(['code', 'cents'], [text, number]);
  for (const row of rows) copy.add(row);
  return { copy, bytes: Buffer.concat(copy.pieces()).toString('utf8') };
}

describe('CopyText', () => {
  it('writes a line per row: tab-separated, \\N for null, backslash, tab, newline and return escaped, UTF-8', () => {
    const { bytes } = copyTextOf([
      { code: 'a\tb\nc\rd\\e', cents: 1250 },
      { code: null, cents: -3 },
      { code: 'ünïcødé 日本 🎉', cents: 0 },
    ]);
    expect(bytes).toBe('a\\tb\\nc\\rd\\\\e\t1250\n\\N\t-3\nünïcødé 日本 🎉\t0\n');
  });

  it('keeps a row longer than a piece whole', () => {
    const long = 'x'.repeat(200_000);
    const { copy, bytes } = copyTextOf([{ code: 'before', cents: 1 }, { code: long, cents: 2 }, { code: 'after', cents: 3 }]);
    expect(bytes).toBe(`before\t1\n${long}\t2\nafter\t3\n`);
    expect(copy.pieces().length).toBeGreaterThan(1);
  });

  it('reuses released pieces for later rows, which carry none of the earlier bytes', () => {
    const earlier = Array.from({ length: 5000 }, (_, index) => ({ code: `EARLIER-${index}`, cents: index }));
    const first = copyTextOf(earlier);
    expect(first.copy.pieces().length).toBeGreaterThan(1);
    const firstPieces = new Set(first.copy.pieces().map((piece) => piece.buffer));
    first.copy.release();

    const later = [{ code: 'LATER', cents: 7 }];
    const second = copyTextOf(later);
    expect(second.bytes).toBe('LATER\t7\n');
    expect(second.copy.pieces().some((piece) => firstPieces.has(piece.buffer))).toBe(true);
  });
});

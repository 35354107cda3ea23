import { binaryFieldOf, type BinaryField } from './copy-binary';
import { copyRowsOf, CopyText, type CopyColumn, type CopyRows } from './copy-rows';

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

describe('CopyBinary', () => {
  const column = (type: string, toDatabase: (value: unknown) => unknown = (value) => value): CopyColumn => ({
    plain: false,
    toText: (value) => (value === null || value === undefined ? null : String(value)),
    binary: { field: binaryFieldOf(type, `t.${type}`) as BinaryField, toDatabase },
  });

  /** The data between the header and the trailer. */
  function rowsOf(copy: CopyRows): Buffer {
    const all = Buffer.concat(copy.pieces());
    expect(all.subarray(0, 19)).toEqual(Buffer.from('5047434f50590aff0d0a000000000000000000', 'hex'));
    expect(all.subarray(-2)).toEqual(Buffer.from('ffff', 'hex'));
    return all.subarray(19, -2);
  }

  it('writes each row as its field count and each field as its length and bytes, -1 for null', () => {
    const types = ['uuid', 'text', 'bigint', 'integer', 'smallint', 'boolean', 'timestamptz', 'date', 'jsonb', 'json'];
    const copy = copyRowsOf(types, types.map((type) => column(type)));
    expect(copy.format).toBe('binary');
    copy.add({
      uuid: '0190b6a2-7c1e-7f00-8abc-DEF012345678',
      text: 'tab\there ü 🎉',
      bigint: '-9007199254740993',
      integer: -2,
      smallint: 7,
      boolean: true,
      timestamptz: new Date('2000-01-01T00:00:01.5Z'),
      date: '1999-12-31',
      jsonb: { a: 'ü' },
      json: '[1]',
    });
    copy.add({ uuid: null, text: undefined, bigint: null, integer: null, smallint: null, boolean: null, timestamptz: null, date: null, jsonb: null, json: null });
    const field = (hex: string) => `${(hex.length / 2).toString(16).padStart(8, '0')}${hex}`;
    const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('hex');
    const expected = [
      '000a',
      field('0190b6a27c1e7f008abcdef012345678'),
      field(utf8('tab\there ü 🎉')),
      field('ffdfffffffffffff'),
      field('fffffffe'),
      field('0007'),
      field('01'),
      field('000000000016e360'),
      field('ffffffff'),
      field(`01${utf8('{"a":"ü"}')}`),
      field(utf8('[1]')),
      '000a',
      'ffffffff'.repeat(10),
    ].join('');
    expect(rowsOf(copy).toString('hex')).toBe(expected);
  });

  it('writes a bigint given as a number, as short text or as long text, in two\'s complement', () => {
    const written = (value: unknown) => {
      const copy = copyRowsOf(['value'], [column('bigint')]);
      copy.add({ value });
      return rowsOf(copy).subarray(6).toString('hex');
    };
    expect(written(12345)).toBe('0000000000003039');
    expect(written('-2')).toBe('fffffffffffffffe');
    expect(written('-4294967296')).toBe('ffffffff00000000');
    expect(written('999999999999999')).toBe('00038d7ea4c67fff');
    expect(written('9223372036854775807')).toBe('7fffffffffffffff');
    expect(written('-9223372036854775808')).toBe('8000000000000000');
    expect(() => written('9223372036854775808')).toThrow('is not a 64-bit integer');
    expect(() => written('-')).toThrow('is not a 64-bit integer');
    expect(() => written(2 ** 53)).not.toThrow();
  });

  it('refuses a value that is not of its column type, naming the column', () => {
    const write = (type: string, value: unknown) => copyRowsOf(['value'], [column(type)]).add({ value });
    expect(() => write('uuid', '0190b6a2-7c1e-7f00-8abc-DEF01234567g')).toThrow("t.uuid: '0190b6a2-7c1e-7f00-8abc-DEF01234567g' is not a uuid");
    expect(() => write('uuid', '0190b6a27-c1e-7f00-8abc-DEF012345678')).toThrow('is not a uuid');
    expect(() => write('uuid', '0190b6a2-7c1e-7f00-8abc-DEF01234567ü')).toThrow('is not a uuid');
    expect(() => write('uuid', '0190b6a2-7c1e-7f00-8abc-DEF0123456789')).toThrow('is not a uuid');
    expect(() => write('integer', 1.5)).toThrow('t.integer: 1.5 is not a 32-bit integer');
    expect(() => write('integer', 2 ** 31)).toThrow('is not a 32-bit integer');
    expect(() => write('bigint', '12.5')).toThrow("t.bigint: '12.5' is not a 64-bit integer");
    expect(() => write('date', '2026-02-30')).toThrow("t.date: '2026-02-30' is not a calendar date (YYYY-MM-DD)");
    expect(() => write('timestamptz', 'yesterday')).toThrow("t.timestamptz: 'yesterday' is not a timestamp");
    expect(() => write('text', 'a\0b')).toThrow('is not text without NUL characters');
  });

  it('writes a table with a column of a type it has no binary writer for as text', () => {
    const copy = copyRowsOf(['code', 'rate'], [column('text'), { plain: true, toText: (value) => String(value) }]);
    expect(copy.format).toBe('text');
    copy.add({ code: 'a', rate: '1.25' });
    expect(Buffer.concat(copy.pieces()).toString('utf8')).toBe('a\t1.25\n');
    expect(binaryFieldOf('numeric(12,4)', 't.rate')).toBeNull();
  });
});

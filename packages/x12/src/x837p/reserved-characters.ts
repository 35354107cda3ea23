/**
 * Fast detection of X12 delimiters and control characters anywhere in an input object. The scan
 * builds no path strings; the (slower) path of the offending value is only worked out on failure.
 */
export class ReservedCharacters {
  private static readonly cache = new Map<string, ReservedCharacters>();
  private readonly ascii = new Uint8Array(128);
  private readonly others: string;

  private constructor(readonly delimiters: string) {
    let others = '';
    for (const ch of delimiters) {
      const c = ch.charCodeAt(0);
      if (ch.length === 1 && c < 128) this.ascii[c] = 1;
      else others += ch;
    }
    for (let c = 0; c < 32; c++) this.ascii[c] = 1;
    this.others = others;
  }

  /** The (shared) checker for a set of delimiter characters. */
  static of(delimiters: string): ReservedCharacters {
    let found = ReservedCharacters.cache.get(delimiters);
    if (!found) {
      found = new ReservedCharacters(delimiters);
      ReservedCharacters.cache.set(delimiters, found);
    }
    return found;
  }

  /** The first reserved character of `text`, or `undefined`. */
  firstIn(text: string): string | undefined {
    const ascii = this.ascii;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 ? ascii[c] === 1 : this.others.length > 0 && this.others.includes(text[i]!)) return text[i];
    }
    return undefined;
  }

  /** True when a string anywhere in `value` (keys ending in `Time` skipped) holds a reserved character. */
  anyIn(value: unknown): boolean {
    if (typeof value === 'string') return this.firstIn(value) !== undefined;
    if (value === null || typeof value !== 'object') return false;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string' ? this.firstIn(item) !== undefined : item !== null && typeof item === 'object' && this.anyIn(item)) return true;
      }
      return false;
    }
    const record = value as Record<string, unknown>;
    // for..in allocates no key array; input objects are plain data (no enumerable inherited keys).
    // Numbers and booleans (most fields) are skipped before the key is looked at.
    for (const key in record) {
      const field = record[key];
      if (typeof field === 'string') {
        if (this.firstIn(field) !== undefined && !isTimeKey(key)) return true;
      } else if (field !== null && typeof field === 'object' && this.anyIn(field)) return true;
    }
    return false;
  }
}

/** Keys ending in `Time` hold `HH:MM` values, reformatted before writing (so their colon is allowed). */
export function isTimeKey(key: string): boolean {
  return key.length >= 4 && key.charCodeAt(key.length - 1) === 101 && key.endsWith('Time');
}

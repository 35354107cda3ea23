/**
 * A small direct-mapped cache of strings read from decoded text, looked up by the characters in
 * place: a value seen before (a procedure composite, a patient's last name) costs a hash of its
 * characters and no allocation, and every occurrence shares one string. Each slot holds the last
 * text that hashed to it, so memory stays bounded whatever the input.
 */
export class TextCache<V> {
  private readonly keys: (string | undefined)[];
  private readonly values: (V | undefined)[];
  private readonly mask: number;

  /** @param slots a power of two */
  constructor(slots: number) {
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
  }

  /** Slot of `text[start, end)` (FNV-1a over the character codes). */
  slotOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h ^ (h >>> 15)) & this.mask;
  }

  /** The value cached for `text[start, end)` in `slot`, or `undefined`. */
  get(slot: number, text: string, start: number, end: number): V | undefined {
    const key = this.keys[slot];
    if (key === undefined || key.length !== end - start) return undefined;
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return undefined;
    return this.values[slot];
  }

  set(slot: number, key: string, value: V): void {
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
  }
}

/** Shared strings of short texts that repeat (names, cities), by the characters in place. */
const shared = new TextCache<string>(4096);

/**
 * `text.slice(start, end)`, as the same string as the last equal text that used the same cache slot:
 * for elements such as names, which repeat across a file and whose copies would each be kept.
 */
export function sharedSlice(text: string, start: number, end: number): string {
  const slot = shared.slotOf(text, start, end);
  const known = shared.get(slot, text, start, end);
  if (known !== undefined) return known;
  const value = text.slice(start, end);
  shared.set(slot, value, value);
  return value;
}

/**
 * Shared copies of short element values (qualifiers and codes such as `HC`, `CO`, `472`,
 * `1`), so that reading them allocates nothing and typed results share one string per value.
 */
const ONE: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
const TWO: (string | undefined)[] = new Array<string | undefined>(65536).fill(undefined);
/** Three-character values made of digits and capital letters (`472`, `125`, `MA1`): 36³ slots. */
const THREE: (string | undefined)[] = new Array<string | undefined>(36 * 36 * 36).fill(undefined);
/** Index 0-35 of a digit or capital letter by character code, -1 for anything else. */
const BASE36 = new Int8Array(256).fill(-1);
for (let c = 48; c <= 57; c++) BASE36[c] = c - 48;
for (let c = 65; c <= 90; c++) BASE36[c] = c - 55;

/**
 * `text.slice(start, end)`, taken from a shared table when the slice has one or two Latin-1 characters,
 * or three digits and capital letters.
 */
export function sliceElement(text: string, start: number, end: number): string {
  const n = end - start;
  if (n === 0) return '';
  if (n > 3) return text.slice(start, end);
  const c0 = text.charCodeAt(start);
  if (n === 3) return three(text, start, c0);
  if (n === 1) {
    if (c0 > 255) return text.slice(start, end);
    return ONE[c0] ?? (ONE[c0] = text.slice(start, end));
  }
  const c1 = text.charCodeAt(start + 1);
  if ((c0 | c1) > 255) return text.slice(start, end);
  const key = (c0 << 8) | c1;
  return TWO[key] ?? (TWO[key] = text.slice(start, end));
}

function three(text: string, start: number, c0: number): string {
  const c1 = text.charCodeAt(start + 1);
  const c2 = text.charCodeAt(start + 2);
  if ((c0 | c1 | c2) > 255) return text.slice(start, start + 3);
  const d0 = BASE36[c0]!;
  const d1 = BASE36[c1]!;
  const d2 = BASE36[c2]!;
  if ((d0 | d1 | d2) < 0) return text.slice(start, start + 3);
  const key = (d0 * 36 + d1) * 36 + d2;
  return THREE[key] ?? (THREE[key] = text.slice(start, start + 3));
}

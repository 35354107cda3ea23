/**
 * Shared copies of one- and two-character element values (qualifiers and codes such as `HC`, `CO`,
 * `1`), so that reading them allocates nothing and typed results share one string per value.
 */
const ONE: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
const TWO: (string | undefined)[] = new Array<string | undefined>(65536).fill(undefined);

/** `text.slice(start, end)`, taken from the shared table when the slice has one or two Latin-1 characters. */
export function sliceElement(text: string, start: number, end: number): string {
  const n = end - start;
  if (n === 0) return '';
  if (n > 2) return text.slice(start, end);
  const c0 = text.charCodeAt(start);
  if (n === 1) {
    if (c0 > 255) return text.slice(start, end);
    return ONE[c0] ?? (ONE[c0] = text.slice(start, end));
  }
  const c1 = text.charCodeAt(start + 1);
  if ((c0 | c1) > 255) return text.slice(start, end);
  const key = (c0 << 8) | c1;
  return TWO[key] ?? (TWO[key] = text.slice(start, end));
}

/**
 * Canonical (internalized) segment identifiers: one shared string per identifier, which costs no
 * memory per segment and compares with `===` against literals by pointer.
 */

/** Index 1-36 of a digit or capital letter by character code, 0 for anything else. */
const ALNUM = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ALNUM[c] = c - 47;
for (let c = 65; c <= 90; c++) ALNUM[c] = c - 54;

/** Identifiers by slot: the first character (a capital letter) and one or two capitals or digits. */
const ids: (string | undefined)[] = new Array<string | undefined>(26 * 37 * 37).fill(undefined);

/** Returns an internalized copy of `text` so that later comparisons with literals are pointer checks. */
function internalize(text: string): string {
  const holder: Record<string, number> = { [text]: 0 };
  return Object.keys(holder)[0]!;
}

/** Slot of the identifier `text[start, end)`, or -1 when it is not a valid identifier. */
function slotOf(text: string, start: number, end: number): number {
  const n = end - start;
  if (n < 2 || n > 3) return -1;
  const c0 = text.charCodeAt(start);
  const c1 = text.charCodeAt(start + 1);
  const c2 = n === 3 ? text.charCodeAt(start + 2) : 0;
  if (c0 < 65 || c0 > 90 || c1 > 127 || c2 > 127) return -1;
  const d1 = ALNUM[c1]!;
  const d2 = n === 3 ? ALNUM[c2]! : 0;
  if (d1 === 0 || (n === 3 && d2 === 0)) return -1;
  return ((c0 - 65) * 37 + d1) * 37 + d2;
}

/**
 * The canonical string of the identifier `text[start, end)` (a capital letter and one or two
 * capital letters or digits), or `undefined` when it is not one. Allocates nothing once the
 * identifier has been seen.
 */
export function segmentIdAt(text: string, start: number, end: number): string | undefined {
  const slot = slotOf(text, start, end);
  if (slot < 0) return undefined;
  return ids[slot] ?? (ids[slot] = internalize(text.slice(start, end)));
}

/** Returns the canonical string of a valid segment identifier, or `undefined` when `raw` is not one. */
export function canonicalSegmentId(raw: string): string | undefined {
  return segmentIdAt(raw, 0, raw.length);
}

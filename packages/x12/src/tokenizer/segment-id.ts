/** Canonical (internalized) segment identifiers, keyed by their packed character codes. */
const ids = new Map<number, string>();

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isUpperOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Returns an internalized copy of `text` so that later comparisons with literals are pointer checks. */
function internalize(text: string): string {
  const holder: Record<string, number> = { [text]: 0 };
  return Object.keys(holder)[0]!;
}

/**
 * Returns the canonical string of a valid segment identifier (a capital letter and one or two capital
 * letters or digits), or `undefined` when `raw` is not one. Canonical ids are shared between segments:
 * they cost no memory per segment and compare with `===` against literals by pointer.
 */
export function canonicalSegmentId(raw: string): string | undefined {
  const n = raw.length;
  if (n < 2 || n > 3) return undefined;
  const c0 = raw.charCodeAt(0);
  const c1 = raw.charCodeAt(1);
  const c2 = n === 3 ? raw.charCodeAt(2) : 0;
  if (!isUpper(c0) || !isUpperOrDigit(c1) || (n === 3 && !isUpperOrDigit(c2))) return undefined;
  const key = (c0 << 16) | (c1 << 8) | c2;
  const known = ids.get(key);
  if (known !== undefined) return known;
  const id = internalize(raw);
  ids.set(key, id);
  return id;
}

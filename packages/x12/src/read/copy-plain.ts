/**
 * Deep copy of plain data (objects, arrays, strings, numbers, booleans, undefined): what the
 * readers hand out several times, e.g. one subscriber shared by the claims of an HL. Much cheaper
 * than `structuredClone`, which serializes.
 */
export function copyPlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) out[key] = copyPlain(source[key]);
  return out as T;
}

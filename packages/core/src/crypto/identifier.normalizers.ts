/**
 * A social security number as nine digits: spaces, dashes and dots removed. Returns undefined when what is left
 * is not nine digits (the caller reports the field; the input is never echoed in the message).
 */
export function normalizeSsn(input: string): string | undefined {
  const digits = input.replace(/[\s.-]/g, '');
  return /^\d{9}$/.test(digits) ? digits : undefined;
}

/**
 * A member id, account number or similar identifier for equality search: spaces and dashes removed, letters
 * upper-cased. Returns undefined when nothing is left.
 */
export function normalizeIdentifier(input: string): string | undefined {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  return compact.length > 0 ? compact : undefined;
}

// Exact decimal-string to integer-cents conversion used to check every parser's sums (no floats).

/** "123.4" -> 12340, "-0.05" -> -5; NaN when the text is not a decimal with at most 2 decimals. */
export function toCents(text) {
  if (typeof text !== 'string') return NaN;
  const m = /^\s*([+-]?)(\d*)(?:\.(\d{0,2}))?\s*$/.exec(text);
  if (!m || (m[2] === '' && !m[3])) return NaN;
  const cents = Number(m[2] || '0') * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -cents : cents;
}

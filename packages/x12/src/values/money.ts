/**
 * Money is integer cents. These functions convert between X12 decimal strings (type R) and cents
 * without ever going through floating-point multiplication.
 */

const ZERO = 48;
const NINE = 57;
const DOT = 46;
const MINUS = 45;
const PLUS = 43;

/**
 * Parses an X12 decimal amount ("132", "-1.27", "30.5", ".5") into integer cents.
 * Returns `undefined` when the text is not a decimal number or has non-zero digits past the cent.
 */
export function parseCents(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === MINUS) { negative = true; i = 1; } else if (first === PLUS) { i = 1; }
  let whole = 0;
  let wholeDigits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) break;
    if (c < ZERO || c > NINE) return undefined;
    whole = whole * 10 + (c - ZERO);
    wholeDigits++;
  }
  let fraction = 0;
  let fractionDigits = 0;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) return undefined;
    if (fractionDigits < 2) fraction = fraction * 10 + (c - ZERO);
    else if (c !== ZERO) return undefined;
    fractionDigits++;
  }
  if (wholeDigits === 0 && fractionDigits === 0) return undefined;
  if (fractionDigits === 1) fraction *= 10;
  const cents = whole * 100 + fraction;
  if (!Number.isSafeInteger(cents)) return undefined;
  return negative && cents !== 0 ? -cents : cents;
}

/**
 * Formats integer cents as an X12 decimal: no trailing zeros after the point, no point for whole
 * amounts (10000 -> "100", 10050 -> "100.5", -127 -> "-1.27", 5 -> "0.05").
 */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be a safe integer, got ${cents}`);
  const negative = cents < 0;
  const abs = negative ? -cents : cents;
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  const sign = negative ? '-' : '';
  if (fraction === 0) return `${sign}${whole}`;
  if (fraction % 10 === 0) return `${sign}${whole}.${fraction / 10}`;
  return `${sign}${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
}

/** Parses an X12 decimal that is not money (units, percents, rates) into a number, or `undefined`. */
export function parseDecimal(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === MINUS || first === PLUS) i = 1;
  let digits = 0;
  let dots = 0;
  let value = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) dots++;
    else if (c >= ZERO && c <= NINE) { digits++; value = value * 10 + (c - ZERO); }
    else return undefined;
  }
  if (digits === 0 || dots > 1) return undefined;
  if (dots === 0 && i === n && first !== MINUS && first !== PLUS && digits < 16) return value;
  return Number(text);
}

/** Formats a non-money decimal for X12 (shortest form, no exponent). */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  if (!text.includes('e')) return text;
  return value.toFixed(10).replace(/\.?0+$/, '');
}

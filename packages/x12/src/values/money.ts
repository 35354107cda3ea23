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
  return parseCentsAt(text, 0, text.length);
}

/** {@link parseCents} of `text[start, end)`, read in place. */
export function parseCentsAt(text: string, start: number, end: number): number | undefined {
  if (start >= end) return undefined;
  let i = start;
  let negative = false;
  const first = text.charCodeAt(start);
  if (first === MINUS) { negative = true; i++; } else if (first === PLUS) { i++; }
  let whole = 0;
  let wholeDigits = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) break;
    if (c < ZERO || c > NINE) return undefined;
    whole = whole * 10 + (c - ZERO);
    wholeDigits++;
  }
  let fraction = 0;
  let fractionDigits = 0;
  for (i++; i < end; i++) {
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
  return parseDecimalAt(text, 0, text.length);
}

/** {@link parseDecimal} of `text[start, end)`, read in place (an integer allocates nothing). */
export function parseDecimalAt(text: string, start: number, end: number): number | undefined {
  let i = start;
  const first = start < end ? text.charCodeAt(start) : -1;
  if (first === MINUS || first === PLUS) i++;
  let digits = 0;
  let dots = 0;
  let value = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) dots++;
    else if (c >= ZERO && c <= NINE) { digits++; value = value * 10 + (c - ZERO); }
    else return undefined;
  }
  if (digits === 0 || dots > 1) return undefined;
  if (dots === 0 && first !== MINUS && first !== PLUS && digits < 16) return value;
  return Number(text.slice(start, end));
}

/** Formats a non-money decimal for X12 (shortest form, no exponent). */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  if (!text.includes('e')) return text;
  return value.toFixed(10).replace(/\.?0+$/, '');
}

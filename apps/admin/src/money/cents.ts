const DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Integer cents as dollars: 12345 → "$123.45", -500 → "-$5.00", and zero (even -0) → "$0.00". */
export function formatCents(cents: number): string {
  return DOLLARS.format(cents === 0 ? 0 : cents / 100);
}

const AMOUNT = /^(-)?\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * A dollar amount as typed ("1,234.5", "$12", "-3.05") to integer cents, read from the digits (never through a
 * float); null when it is not an amount.
 */
export function parseDollars(text: string): number | null {
  const match = AMOUNT.exec(text.trim());
  if (!match) return null;
  const [, sign, whole = '0', fraction = ''] = match;
  const cents = Number(whole.replaceAll(',', '')) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return sign ? -cents : cents;
}

/** The amount when it is zero or more; null (not an amount here) when it is negative or was not an amount. */
export function nonNegative(cents: number | null): number | null {
  return cents !== null && cents >= 0 ? cents : null;
}

/** Integer cents as an amount to edit in a dollars field, without the sign or separators: 123456 → "1234.56", -305 → "-3.05". */
export function centsInput(cents: number): string {
  const magnitude = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.trunc(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}

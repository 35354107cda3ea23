const DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Cents as dollars: 2500 → "$25.00", -500 → "-$5.00", and zero (even -0) → "$0.00". */
export function formatCents(cents: number): string {
  return DOLLARS.format(cents === 0 ? 0 : cents / 100);
}

/**
 * A dollar amount typed by a person ("25", "25.5", "$1,025.00") as whole cents, read from the digits (never through
 * floating point); null when it is not an amount with at most two decimals.
 */
export function parseDollars(text: string): number | null {
  const match = /^\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const whole = Number((match[1] ?? '').replaceAll(',', ''));
  const fraction = Number(((match[2] ?? '') + '00').slice(0, 2));
  const cents = whole * 100 + fraction;
  return Number.isSafeInteger(cents) ? cents : null;
}

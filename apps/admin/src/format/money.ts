const DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Integer cents (as the server keeps money) shown as dollars: 12550 → $125.50. */
export function formatCents(cents: number): string {
  return DOLLARS.format(cents / 100);
}

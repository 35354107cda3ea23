const DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Integer cents as dollars: 36500 → "$365.00", -2500 → "-$25.00". The server keeps money in cents. */
export function dollars(cents: number): string {
  return DOLLARS.format(cents / 100);
}

/** An ISO timestamp as the browser's local date and time, to the minute. */
export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

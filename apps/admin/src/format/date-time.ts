/** An ISO timestamp as the browser's local date and time, to the minute. */
export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

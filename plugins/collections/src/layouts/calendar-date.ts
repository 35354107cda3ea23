/** Whether `year-month-day` is a real calendar date. */
function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO calendar date (`YYYY-MM-DD`) that exists; else `undefined`. */
export function isoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match && isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) ? text : undefined;
}

/** A compact calendar date (`YYYYMMDD`) that exists, as an ISO date; else `undefined`. */
export function compactDate(text: string): string | undefined {
  if (!/^\d{8}$/.test(text)) return undefined;
  return isoDate(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`);
}

/** An ISO date written compactly: `2026-03-15` → `20260315`. */
export function toCompactDate(iso: string): string {
  return iso.replaceAll('-', '');
}

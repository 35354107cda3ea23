const FORMATS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, (m) => `${m[3]}-${(m[1] as string).padStart(2, '0')}-${(m[2] as string).padStart(2, '0')}`],
];

/**
 * A date as release files write it — `YYYYMMDD` (CMS), `MM/DD/YYYY` (X12 code lists) or `YYYY-MM-DD` — as an ISO
 * calendar date; undefined when it is none of these or no real day (`20250231`).
 */
export function isoDateOf(text: string): string | undefined {
  for (const [pattern, toIso] of FORMATS) {
    const match = pattern.exec(text.trim());
    if (!match) continue;
    const iso = toIso(match);
    const parsed = new Date(`${iso}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : undefined;
  }
  return undefined;
}

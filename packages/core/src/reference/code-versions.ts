import type { ReferenceCode } from './reference-code.entity';

/** The version of a code in force on `date` (ISO): effective on or before it, not retired on or before it. */
export function versionOn<T extends Pick<ReferenceCode, 'effectiveFrom' | 'retiredOn'>>(versions: readonly T[], date: string): T | undefined {
  return versions.find((version) => version.effectiveFrom <= date && (version.retiredOn === null || version.retiredOn > date));
}

/** Why no version is in force on `date`: not yet effective, retired, or never in any release. */
export function whyNotValid(code: string, title: string, latest: Pick<ReferenceCode, 'effectiveFrom' | 'retiredOn'> | undefined, date: string): string {
  if (!latest) return `${code} is in no imported ${title} release`;
  return latest.effectiveFrom > date ? `${code} takes effect on ${latest.effectiveFrom}, after ${date}` : `${code} was retired on ${latest.retiredOn}, on or before ${date}`;
}

/** The prefix and suffix of temporary upload names, which listings skip. */
export const PART_PREFIX = '.';
/** See {@link PART_PREFIX}. */
export const PART_SUFFIX = '.part';

/** The temporary name a file is uploaded under before it is renamed to `fileName`. */
export function partName(fileName: string): string {
  return `${PART_PREFIX}${fileName}${PART_SUFFIX}`;
}

/** Whether a listed name is one of the temporary uploads (or another hidden file). */
export function isHidden(name: string): boolean {
  return name.startsWith(PART_PREFIX);
}

/** The name a file moved into a directory that already holds `name` gets: `name` with a timestamp prefix. */
export function timestampedName(name: string, now: Date, attempt: number): string {
  return `${now.getTime()}${attempt === 0 ? '' : `-${attempt}`}-${name}`;
}

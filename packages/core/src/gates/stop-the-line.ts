/** One recorded failure of a check: which record, and when. */
export interface DefectOccurrence {
  readonly recordType: string;
  readonly recordId: string;
  readonly at: Date;
}

/** What the stop-the-line rule concludes for a defect just recorded. */
export interface StopTheLineVerdict {
  /** The line stops: open an upstream-defect work item for the check (or note the open one). */
  readonly repeated: boolean;
  /** Distinct records that failed the check within the window, the current one included. */
  readonly distinctRecords: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The start of the window of `windowDays` days that ends at `at`. */
export function windowStart(at: Date, windowDays: number): Date {
  return new Date(at.getTime() - windowDays * DAY_MS);
}

/**
 * The stop-the-line rule (DESIGN §2: the same defect category twice within the window). A defect counts once per
 * record: a person retrying the same encounter is one defect, not two, so the occurrences counted are the distinct
 * records that failed the check within the window. The line stops when the current defect brings a record not seen
 * in the window and that makes at least two; a repeat of a record already counted changes nothing.
 */
export function stopTheLine(earlier: readonly DefectOccurrence[], current: DefectOccurrence, windowDays: number): StopTheLineVerdict {
  const from = windowStart(current.at, windowDays).getTime();
  const keyOf = (occurrence: DefectOccurrence) => `${occurrence.recordType}\u0000${occurrence.recordId}`;
  const seen = new Set(earlier.filter((occurrence) => occurrence.at.getTime() >= from && occurrence.at.getTime() <= current.at.getTime()).map(keyOf));
  const isNew = !seen.has(keyOf(current));
  seen.add(keyOf(current));
  return { repeated: isNew && seen.size >= 2, distinctRecords: seen.size };
}

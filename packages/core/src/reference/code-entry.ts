/** One code of a release file, whatever its format. */
export interface CodeEntry {
  readonly code: string;
  readonly description: string;
}

/** A code and the line of the release file it came from. */
export interface LocatedCodeEntry extends CodeEntry {
  readonly lineNumber: number;
}

/** What a reader knows about the release it reads (a code terminated before the effective date is left out). */
export interface ReleaseInfo {
  /** The release's effective date, ISO `YYYY-MM-DD`. */
  readonly effectiveDate: string;
}

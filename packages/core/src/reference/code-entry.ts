/** One code of a release file, whatever its format. */
export interface CodeEntry {
  readonly code: string;
  readonly description: string;
}

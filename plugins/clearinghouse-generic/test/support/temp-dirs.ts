import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary directory with `outbox`, `inbox` and `archive` under it. */
export interface TempBoxes {
  readonly root: string;
  readonly outbox: string;
  readonly inbox: string;
  readonly archive: string;
  /** The names in a directory, hidden ones included, sorted. */
  names(directory: string): string[];
  remove(): void;
}

/** Makes a fresh temporary root with the three directories. */
export function tempBoxes(): TempBoxes {
  const root = mkdtempSync(join(tmpdir(), 'openrcm-ch-'));
  const [outbox, inbox, archive] = ['outbox', 'inbox', 'archive'].map((name) => join(root, name)) as [string, string, string];
  for (const directory of [outbox, inbox, archive]) mkdirSync(directory);
  return { root, outbox, inbox, archive, names: (directory) => readdirSync(directory).sort(), remove: () => rmSync(root, { recursive: true, force: true }) };
}

import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary directory with the named sub-directories. */
export interface TempRoot {
  readonly root: string;
  /** `<root>/<name>`. */
  path(name: string): string;
  /** The names in `<root>/<name>`, hidden ones included, sorted. */
  names(name: string): string[];
  remove(): void;
}

/** Makes a temporary root holding `directories`. */
export function tempRoot(directories: readonly string[]): TempRoot {
  const root = mkdtempSync(join(tmpdir(), 'openrcm-ft-'));
  for (const name of directories) mkdirSync(join(root, name));
  return {
    root,
    path: (name) => join(root, name),
    names: (name) => readdirSync(join(root, name)).sort(),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

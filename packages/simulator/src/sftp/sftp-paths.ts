import { join, posix } from 'node:path';

/**
 * What an SFTP folder server shows: folders directly under its root (no sub-folders), the ones clients may upload
 * into (the others are read-only: listed, read, renamed and removed only), and the folder pairs a file may be moved
 * between by a rename (renames within a folder are always allowed).
 */
export interface SftpFolderLayout {
  /** The folders served at the root, each `<root>/<name>` locally, e.g. `['outbox', 'inbox']`. */
  readonly folders: readonly string[];
  /** The folders clients may upload into. */
  readonly uploads: readonly string[];
  /** `[from, to]` pairs of folders a file may be renamed across. */
  readonly moves?: readonly (readonly [from: string, to: string])[];
}

/** The payer's layout, from the practice's point of view: uploads into `/outbox`, answers from `/inbox`. */
export const PAYER_SFTP_LAYOUT: SftpFolderLayout = { folders: ['outbox', 'inbox'], uploads: ['outbox'] };

/** Where a client path points: the root, one of the folders, or a file in one of them. */
export type SftpTarget =
  | { readonly kind: 'root'; readonly path: '/' }
  | { readonly kind: 'folder'; readonly path: string; readonly folder: string }
  | { readonly kind: 'file'; readonly path: string; readonly folder: string; readonly name: string };

/** The client path made absolute and normal (`.`, `..` and repeated slashes resolved, never above `/`). */
export function normalSftpPath(path: string): string {
  return posix.resolve('/', path || '.');
}

/**
 * What a client path means, or undefined for anything outside `/`, the layout's folders and the files directly in
 * them (no sub-folders, no hidden files but uploads in progress, `.<file>.part`).
 */
export function sftpTarget(path: string, layout: SftpFolderLayout): SftpTarget | undefined {
  const normal = normalSftpPath(path);
  if (normal === '/') return { kind: 'root', path: '/' };
  const [, folder, name, ...rest] = normal.split('/');
  if (folder === undefined || !layout.folders.includes(folder)) return undefined;
  if (name === undefined) return { kind: 'folder', path: normal, folder };
  if (rest.length > 0 || (name.startsWith('.') && !name.endsWith('.part'))) return undefined;
  return { kind: 'file', path: normal, folder, name };
}

/** Whether a file may be renamed from folder `from` into folder `to`. */
export function mayMove(layout: SftpFolderLayout, from: string, to: string): boolean {
  return from === to || (layout.moves ?? []).some(([a, b]) => a === from && b === to);
}

/** `/a`, `/a and /b`, `/a, /b and /c`. */
export function folderList(folders: readonly string[]): string {
  const paths = folders.map((folder) => `/${folder}`);
  return paths.length < 2 ? paths.join('') : `${paths.slice(0, -1).join(', ')} and ${paths[paths.length - 1]}`;
}

/** The local path of a target under the server's root. */
export function localPath(root: string, target: SftpTarget): string {
  if (target.kind === 'root') return root;
  return target.kind === 'folder' ? join(root, target.folder) : join(root, target.folder, target.name);
}

import { posix } from 'node:path';
import { join } from 'node:path';

/** The two folders the SFTP server shows, from the practice's point of view. */
export type SftpFolder = 'outbox' | 'inbox';

/** Where a client path points: the root, one of the two folders, or a file in one of them. */
export type SftpTarget =
  | { readonly kind: 'root'; readonly path: '/' }
  | { readonly kind: 'folder'; readonly path: string; readonly folder: SftpFolder }
  | { readonly kind: 'file'; readonly path: string; readonly folder: SftpFolder; readonly name: string };

/** The client path made absolute and normal (`.`, `..` and repeated slashes resolved, never above `/`). */
export function normalSftpPath(path: string): string {
  return posix.resolve('/', path || '.');
}

/**
 * What a client path means, or undefined for anything outside `/`, `/outbox`, `/inbox` and the files directly in
 * them (no sub-folders, no hidden files but uploads in progress, `.<file>.part`).
 */
export function sftpTarget(path: string): SftpTarget | undefined {
  const normal = normalSftpPath(path);
  if (normal === '/') return { kind: 'root', path: '/' };
  const [, folder, name, ...rest] = normal.split('/');
  if (folder !== 'outbox' && folder !== 'inbox') return undefined;
  if (name === undefined) return { kind: 'folder', path: normal, folder };
  if (rest.length > 0 || (name.startsWith('.') && !name.endsWith('.part'))) return undefined;
  return { kind: 'file', path: normal, folder, name };
}

/** The local path of a target under the server's root. */
export function localPath(root: string, target: SftpTarget): string {
  if (target.kind === 'root') return root;
  return target.kind === 'folder' ? join(root, target.folder) : join(root, target.folder, target.name);
}

import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { utils } from 'ssh2';
import type { Attributes, FileEntry, SFTPWrapper } from 'ssh2';
import { folderList, localPath, mayMove, sftpTarget } from './sftp-paths';
import type { SftpFolderLayout, SftpTarget } from './sftp-paths';

const { OPEN_MODE, STATUS_CODE } = utils.sftp;

type OpenFile = { kind: 'file'; fh: FileHandle; target: Extract<SftpTarget, { kind: 'file' }>; writing: boolean; temporary?: string };
type OpenDir = { kind: 'dir'; target: SftpTarget; listed: boolean };

/** Called when a file has been uploaded into an upload folder (closed after writing, or renamed there). */
export type UploadHandler = (localFile: string, name: string) => Promise<void>;

function attrsOf(s: Stats): Attributes {
  return { mode: s.mode, uid: 0, gid: 0, size: s.size, atime: Math.floor(s.atimeMs / 1000), mtime: Math.floor(s.mtimeMs / 1000) };
}

function longname(name: string, s: Stats): string {
  const type = s.isDirectory() ? 'drwxr-xr-x' : '-rw-r--r--';
  return `${type} 1 sim sim ${String(s.size).padStart(10)} ${new Date(s.mtimeMs).toISOString().slice(0, 16).replace('T', ' ')} ${name}`;
}

/** Files a listing hides: hidden files and uploads in progress. */
function hidden(name: string): boolean {
  return name.startsWith('.');
}

/**
 * One SFTP session over the server's root, as the layout says: the upload folders take uploads (files only, no
 * sub-folders), the others serve files for download; all allow listing, reading, renaming and removing files, and
 * renames across folders follow the layout's moves. Everything else is refused with PERMISSION_DENIED (paths outside
 * the folders, writes into a read-only folder, making anything but a served folder that went missing). An upload is
 * written under a hidden temporary name and handed to `onUpload` when closed (a file renamed into an upload folder is
 * handed over too). The payer's layout is `/outbox` for uploads and `/inbox` for answers.
 */
export class SftpSession {
  private readonly handles = new Map<number, OpenFile | OpenDir>();
  private nextHandle = 1;

  constructor(
    private readonly sftp: SFTPWrapper,
    private readonly root: string,
    private readonly layout: SftpFolderLayout,
    private readonly onUpload: UploadHandler,
  ) {
    sftp.on('REALPATH', (id: number, p: string) => this.run(id, async () => this.realpath(id, p)));
    sftp.on('STAT', (id: number, p: string) => this.run(id, async () => this.stat(id, p)));
    sftp.on('LSTAT', (id: number, p: string) => this.run(id, async () => this.stat(id, p)));
    sftp.on('FSTAT', (id: number, h: Buffer) => this.run(id, async () => this.fstat(id, h)));
    sftp.on('OPENDIR', (id: number, p: string) => this.run(id, async () => this.opendir(id, p)));
    sftp.on('READDIR', (id: number, h: Buffer) => this.run(id, async () => this.readdir(id, h)));
    sftp.on('OPEN', (id: number, p: string, flags: number) => this.run(id, async () => this.open(id, p, flags)));
    sftp.on('READ', (id: number, h: Buffer, offset: number, length: number) => this.run(id, async () => this.read(id, h, offset, length)));
    sftp.on('WRITE', (id: number, h: Buffer, offset: number, data: Buffer) => this.run(id, async () => this.write(id, h, offset, data)));
    sftp.on('CLOSE', (id: number, h: Buffer) => this.run(id, async () => this.close(id, h)));
    sftp.on('REMOVE', (id: number, p: string) => this.run(id, async () => this.remove(id, p)));
    sftp.on('RENAME', (id: number, from: string, to: string) => this.run(id, async () => this.rename(id, from, to)));
    sftp.on('SETSTAT', (id: number) => sftp.status(id, STATUS_CODE.OK));
    sftp.on('FSETSTAT', (id: number) => sftp.status(id, STATUS_CODE.OK));
    sftp.on('MKDIR', (id: number, p: string) => this.run(id, async () => this.mkdir(id, p)));
    for (const refused of ['RMDIR', 'SYMLINK']) sftp.on(refused, (id: number) => sftp.status(id, STATUS_CODE.PERMISSION_DENIED));
    sftp.on('READLINK', (id: number) => sftp.status(id, STATUS_CODE.OP_UNSUPPORTED));
    sftp.on('close', () => void this.closeAll());
  }

  private run(id: number, work: () => Promise<void>): void {
    work().catch((e: NodeJS.ErrnoException) => this.sftp.status(id, e.code === 'ENOENT' ? STATUS_CODE.NO_SUCH_FILE : STATUS_CODE.FAILURE, e.message));
  }

  private target(id: number, path: string): SftpTarget | undefined {
    const t = sftpTarget(path, this.layout);
    if (!t) this.sftp.status(id, STATUS_CODE.PERMISSION_DENIED, `${path}: only ${folderList(this.layout.folders)} are served`);
    return t;
  }

  private handle(entry: OpenFile | OpenDir): Buffer {
    const n = this.nextHandle++;
    this.handles.set(n, entry);
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  }

  private entry(id: number, h: Buffer): OpenFile | OpenDir | undefined {
    const found = h.length === 4 ? this.handles.get(h.readUInt32BE(0)) : undefined;
    if (!found) this.sftp.status(id, STATUS_CODE.FAILURE, 'invalid handle');
    return found;
  }

  private async realpath(id: number, p: string): Promise<void> {
    const t = this.target(id, p);
    if (t) this.sftp.name(id, [{ filename: t.path, longname: t.path, attrs: {} as Attributes }]);
  }

  private async stat(id: number, p: string): Promise<void> {
    const t = this.target(id, p);
    if (t) this.sftp.attrs(id, attrsOf(await stat(localPath(this.root, t))));
  }

  private async fstat(id: number, h: Buffer): Promise<void> {
    const e = this.entry(id, h);
    if (e) this.sftp.attrs(id, attrsOf(e.kind === 'file' ? await e.fh.stat() : await stat(localPath(this.root, e.target))));
  }

  private async opendir(id: number, p: string): Promise<void> {
    const t = this.target(id, p);
    if (!t) return;
    if (t.kind === 'file') return this.sftp.status(id, STATUS_CODE.FAILURE, `${t.path} is not a folder`);
    this.sftp.handle(id, this.handle({ kind: 'dir', target: t, listed: false }));
  }

  private async readdir(id: number, h: Buffer): Promise<void> {
    const e = this.entry(id, h);
    if (!e || e.kind !== 'dir') return e && this.sftp.status(id, STATUS_CODE.FAILURE, 'not a folder handle');
    if (e.listed) return this.sftp.status(id, STATUS_CODE.EOF);
    e.listed = true;
    const dir = localPath(this.root, e.target);
    const names = e.target.kind === 'root' ? [...this.layout.folders].sort() : (await readdir(dir)).filter((n) => !hidden(n)).sort();
    const entries: FileEntry[] = [];
    for (const name of names) {
      const s = await stat(join(dir, name)).catch(() => undefined);
      if (s) entries.push({ filename: name, longname: longname(name, s), attrs: attrsOf(s) });
    }
    if (entries.length === 0) return this.sftp.status(id, STATUS_CODE.EOF);
    this.sftp.name(id, entries);
  }

  private async open(id: number, p: string, flags: number): Promise<void> {
    const t = this.target(id, p);
    if (!t) return;
    if (t.kind !== 'file') return this.sftp.status(id, STATUS_CODE.FAILURE, `${t.path} is not a file`);
    const writing = (flags & (OPEN_MODE.WRITE | OPEN_MODE.APPEND | OPEN_MODE.CREAT | OPEN_MODE.TRUNC)) !== 0;
    if (!writing) return void this.sftp.handle(id, this.handle({ kind: 'file', fh: await open(localPath(this.root, t), 'r'), target: t, writing }));
    if (!this.layout.uploads.includes(t.folder)) {
      return this.sftp.status(id, STATUS_CODE.PERMISSION_DENIED, `uploads go to ${folderList(this.layout.uploads)}; /${t.folder} is read-only`);
    }
    const temporary = join(this.root, t.folder, `.${t.name}.${this.nextHandle}.upload`);
    this.sftp.handle(id, this.handle({ kind: 'file', fh: await open(temporary, 'w'), target: t, writing, temporary }));
  }

  private async read(id: number, h: Buffer, offset: number, length: number): Promise<void> {
    const e = this.entry(id, h);
    if (!e || e.kind !== 'file') return e && this.sftp.status(id, STATUS_CODE.FAILURE, 'not a file handle');
    const buffer = Buffer.alloc(Math.min(length, 256 * 1024));
    const { bytesRead } = await e.fh.read(buffer, 0, buffer.length, offset);
    if (bytesRead === 0) return this.sftp.status(id, STATUS_CODE.EOF);
    this.sftp.data(id, buffer.subarray(0, bytesRead));
  }

  private async write(id: number, h: Buffer, offset: number, data: Buffer): Promise<void> {
    const e = this.entry(id, h);
    if (!e || e.kind !== 'file' || !e.writing) return e && this.sftp.status(id, STATUS_CODE.PERMISSION_DENIED, 'not opened for writing');
    await e.fh.write(data, 0, data.length, offset);
    this.sftp.status(id, STATUS_CODE.OK);
  }

  private async close(id: number, h: Buffer): Promise<void> {
    const e = this.entry(id, h);
    if (!e) return;
    this.handles.delete(h.readUInt32BE(0));
    if (e.kind === 'file') {
      await e.fh.close();
      if (e.temporary) {
        const final = localPath(this.root, e.target);
        await rename(e.temporary, final);
        // A hidden name is an upload in progress (`.<file>.part`): it is handed over when renamed to its real name.
        if (!hidden(e.target.name)) await this.onUpload(final, e.target.name);
      }
    }
    this.sftp.status(id, STATUS_CODE.OK);
  }

  /** Only a folder of the layout may be made (again, when it was removed); it fails when it exists. */
  private async mkdir(id: number, p: string): Promise<void> {
    const t = this.target(id, p);
    if (!t) return;
    if (t.kind !== 'folder') return this.sftp.status(id, STATUS_CODE.PERMISSION_DENIED, 'only the served folders may be made');
    await mkdir(localPath(this.root, t));
    this.sftp.status(id, STATUS_CODE.OK);
  }

  private async remove(id: number, p: string): Promise<void> {
    const t = this.target(id, p);
    if (!t) return;
    if (t.kind !== 'file') return this.sftp.status(id, STATUS_CODE.PERMISSION_DENIED, `${t.path} is not a file`);
    await unlink(localPath(this.root, t));
    this.sftp.status(id, STATUS_CODE.OK);
  }

  private async rename(id: number, from: string, to: string): Promise<void> {
    const a = this.target(id, from);
    const b = a && this.target(id, to);
    if (!a || !b) return;
    if (a.kind !== 'file' || b.kind !== 'file' || !mayMove(this.layout, a.folder, b.folder)) {
      return this.sftp.status(id, STATUS_CODE.PERMISSION_DENIED, `files are renamed within their folder${this.layout.moves?.length ? ' or along the moves the server allows' : ''}`);
    }
    await rename(localPath(this.root, a), localPath(this.root, b));
    if (this.layout.uploads.includes(b.folder) && !hidden(b.name)) await this.onUpload(localPath(this.root, b), b.name);
    this.sftp.status(id, STATUS_CODE.OK);
  }

  private async closeAll(): Promise<void> {
    for (const e of this.handles.values()) {
      if (e.kind !== 'file') continue;
      await e.fh.close().catch(() => undefined);
      if (e.temporary) await unlink(e.temporary).catch(() => undefined);
    }
    this.handles.clear();
  }
}

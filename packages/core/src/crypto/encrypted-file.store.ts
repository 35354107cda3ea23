import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { blobKeyId, decryptBlob, encryptBlob } from './encrypted-blob';
import type { KeyRing } from './key-ring';

const NAME_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.[a-z0-9]{1,16})?\.enc$/;
const PURPOSE_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * A folder of PHI files (archived X12, the embedded email outbox) kept encrypted with the key ring. Names are
 * random UUIDs plus an optional kind (`<uuid>.x12.enc`): never a patient name, claim number or date. Each file is
 * bound to its folder's purpose and its own name, so a file moved between stores or renamed fails to decrypt.
 * Writes are atomic; files are created with mode 0600 in a 0700 folder.
 */
export class EncryptedFileStore {
  constructor(
    /** The folder. */
    readonly directory: string,
    private readonly keyRing: KeyRing,
    /** What the folder holds, e.g. `x12-archive` or `email-outbox`. */
    readonly purpose: string,
  ) {
    if (!PURPOSE_PATTERN.test(purpose)) throw new Error(`file store purpose "${purpose}" must be lower-case letters, digits and dashes`);
  }

  /** Encrypts and stores `data`; returns the new file's name. `kind` (e.g. `x12`, `eml`) becomes part of the name. */
  async write(data: Buffer | string, kind?: string): Promise<string> {
    if (kind !== undefined && !/^[a-z0-9]{1,16}$/.test(kind)) throw new Error(`file kind "${kind}" must be 1-16 lower-case letters or digits`);
    const name = `${randomUUID()}${kind ? `.${kind}` : ''}.enc`;
    const plaintext = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    mkdirSync(this.directory, { recursive: true, mode: 0o700 });
    writeFileAtomic(this.pathOf(name), encryptBlob(this.keyRing, plaintext, this.context(name)), 0o600);
    return name;
  }

  /** The decrypted contents of a stored file. */
  async read(name: string): Promise<Buffer> {
    return decryptBlob(this.keyRing, await readFile(this.pathOf(name)), this.context(name));
  }

  /** Removes a stored file (no error when it is already gone). */
  async remove(name: string): Promise<void> {
    await rm(this.pathOf(name), { force: true });
  }

  /** The names of the stored files. */
  async list(): Promise<string[]> {
    const names = await readdir(this.directory).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    return names.filter((name) => NAME_PATTERN.test(name)).sort();
  }

  /** Re-encrypts a file under the current key if an older key wrote it; says whether it did. */
  async reencrypt(name: string): Promise<boolean> {
    const blob = await readFile(this.pathOf(name));
    if (blobKeyId(blob, this.context(name)) === this.keyRing.currentKeyId) return false;
    const plaintext = decryptBlob(this.keyRing, blob, this.context(name));
    writeFileAtomic(this.pathOf(name), encryptBlob(this.keyRing, plaintext, this.context(name)), 0o600);
    return true;
  }

  private pathOf(name: string): string {
    if (!NAME_PATTERN.test(name)) throw new Error(`"${name.slice(0, 80)}" is not a file name of this store`);
    return join(this.directory, name);
  }

  private context(name: string): string {
    return `${this.purpose}/${name}`;
  }
}

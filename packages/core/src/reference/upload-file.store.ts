import { PayloadTooLargeException } from '@nestjs/common';
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The largest release file the import API takes (ICD-10-CM is about 7 MB, HCPCS about 4 MB). */
export const REFERENCE_UPLOAD_LIMIT_BYTES = 64 * 1024 * 1024;

/** An uploaded file written to a private temporary directory, and how to remove it. */
export interface StoredUpload {
  readonly file: string;
  dispose(): Promise<void>;
}

function tooLarge(limitBytes: number): PayloadTooLargeException {
  return new PayloadTooLargeException(`a release file may be at most ${limitBytes / 1024 / 1024} MB`);
}

/**
 * Streams a request body to `<temp dir>/<name>` without holding it in memory, refusing more than
 * `limitBytes` (default {@link REFERENCE_UPLOAD_LIMIT_BYTES}); a gzip body (by its magic bytes) gets a `.gz` name so readers unpack it.
 */
export async function storeUpload(body: Readable, name: string, declaredLength?: number, limitBytes = REFERENCE_UPLOAD_LIMIT_BYTES): Promise<StoredUpload> {
  if (declaredLength !== undefined && declaredLength > limitBytes) throw tooLarge(limitBytes);
  const directory = await mkdtemp(join(tmpdir(), 'openrcm-import-'));
  const dispose = () => rm(directory, { recursive: true, force: true });
  try {
    let file = join(directory, name);
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(size > limitBytes ? tooLarge(limitBytes) : null, chunk);
      },
    });
    await pipeline(body, limit, createWriteStream(file, { mode: 0o600 }));
    if (!file.endsWith('.gz') && (await isGzip(file))) {
      await rename(file, `${file}.gz`);
      file = `${file}.gz`;
    }
    return { file, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** Media types a release file may be sent as: the file itself, never JSON or a form. */
export const REFERENCE_UPLOAD_TYPES = ['text/plain', 'text/csv', 'text/tab-separated-values', 'application/octet-stream', 'application/gzip'] as const;

/** Whether a request's `Content-Type` is one a release file may be sent as. */
export function isReferenceUploadType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return (REFERENCE_UPLOAD_TYPES as readonly string[]).includes(type);
}

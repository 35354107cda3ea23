import { PayloadTooLargeException } from '@nestjs/common';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { isReferenceUploadType, storeUpload } from './upload-file.store';

const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith('openrcm-import-')).length;

describe('uploaded release files', () => {
  it('stores a body under its name, and removes it on dispose', async () => {
    const stored = await storeUpload(Readable.from([Buffer.from('11\tOffice\n'), Buffer.from('12\tHome\n')]), 'pos.txt');
    expect(basename(stored.file)).toBe('pos.txt');
    expect(readFileSync(stored.file, 'utf8')).toBe('11\tOffice\n12\tHome\n');
    await stored.dispose();
    expect(existsSync(dirname(stored.file))).toBe(false);
  });

  it('names a gzip body .gz so the readers unpack it', async () => {
    const stored = await storeUpload(Readable.from([gzipSync('E119    Type 2 diabetes\n')]), 'icd10cm.txt');
    expect(basename(stored.file)).toBe('icd10cm.txt.gz');
    await stored.dispose();
  });

  it('refuses a body over the limit, declared or streamed, leaving no file behind', async () => {
    const before = leftovers();
    await expect(storeUpload(Readable.from([Buffer.from('x')]), 'a.txt', 11, 10)).rejects.toThrow(PayloadTooLargeException);
    await expect(storeUpload(Readable.from([Buffer.alloc(6), Buffer.alloc(6)]), 'a.txt', undefined, 10)).rejects.toThrow(PayloadTooLargeException);
    expect(leftovers()).toBe(before);
  });

  it.each([
    ['text/plain; charset=utf-8', true],
    ['application/octet-stream', true],
    ['text/csv', true],
    ['application/json', false],
    ['multipart/form-data; boundary=x', false],
    [undefined, false],
  ])('accepts %p as a file body: %p', (type, accepted) => {
    expect(isReferenceUploadType(type)).toBe(accepted);
  });
});

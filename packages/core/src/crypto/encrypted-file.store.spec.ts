import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DecryptionError } from './crypto.errors';
import { EncryptedFileStore } from './encrypted-file.store';
import { KeyRing } from './key-ring';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const X12 = 'ISA*00*          *00*          *ZZ*SUBMITTER*ZZ*RECEIVER~NM1*IL*1*DOE*JANE****MI*W123456789~';

describe('EncryptedFileStore', () => {
  const directory = () => join(mkdtempSync(join(tmpdir(), 'openrcm-files-')), 'x12-archive');

  it('stores files encrypted under names without PHI and reads them back', async () => {
    const store = new EncryptedFileStore(directory(), new KeyRing([k1], 'k1'), 'x12-archive');
    const name = await store.write(X12, 'x12');
    expect(name).toMatch(/^[0-9a-f-]{36}\.x12\.enc$/);
    const raw = readFileSync(join(store.directory, name));
    expect(raw.subarray(0, 8).toString()).toBe('ORCMENC1');
    expect(raw.toString('latin1')).not.toContain('DOE');
    expect(raw.toString('latin1')).not.toContain('W123456789');
    expect(statSync(join(store.directory, name)).mode & 0o777).toBe(0o600);
    expect(statSync(store.directory).mode & 0o777).toBe(0o700);
    expect((await store.read(name)).toString()).toBe(X12);
    expect(await store.list()).toEqual([name]);
    expect(readdirSync(store.directory)).toEqual([name]);
    await store.remove(name);
    expect(await store.list()).toEqual([]);
  });

  it('refuses a file moved to another store or renamed, a tampered file, and names outside the store', async () => {
    const ring = new KeyRing([k1], 'k1');
    const archive = new EncryptedFileStore(directory(), ring, 'x12-archive');
    const outbox = new EncryptedFileStore(directory(), ring, 'email-outbox');
    const name = await archive.write(X12);
    const other = await archive.write('another file');
    await outbox.write('placeholder');
    copyFileSync(join(archive.directory, name), join(outbox.directory, name));
    await expect(outbox.read(name)).rejects.toThrow(DecryptionError);
    copyFileSync(join(archive.directory, name), join(archive.directory, other));
    await expect(archive.read(other)).rejects.toThrow(/failed authentication/);
    await expect(archive.read('../../etc/passwd')).rejects.toThrow(/is not a file name of this store/);
    const error = await archive.read(other).catch((caught: Error) => caught);
    expect(String(error)).not.toContain('DOE');
  });

  it('reads files written before a rotation and re-encrypts them under the current key', async () => {
    const folder = directory();
    const name = await new EncryptedFileStore(folder, new KeyRing([k1], 'k1'), 'email-outbox').write('Subject: statement', 'eml');
    const rotated = new EncryptedFileStore(folder, new KeyRing([k1, k2], 'k2'), 'email-outbox');
    expect((await rotated.read(name)).toString()).toBe('Subject: statement');
    expect(await rotated.reencrypt(name)).toBe(true);
    expect(await rotated.reencrypt(name)).toBe(false);
    expect((await new EncryptedFileStore(folder, new KeyRing([k2], 'k2'), 'email-outbox').read(name)).toString()).toBe('Subject: statement');
  });
});

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderTransport, TransportError } from '../src';
import { tempRoot, type TempRoot } from './temp-root';

describe('the folder transport', () => {
  let dirs: TempRoot;
  beforeEach(() => {
    dirs = tempRoot(['out', 'in']);
  });
  afterEach(() => dirs.remove());

  const open = async () => {
    const session = await folderTransport().open();
    return { session, out: session.directory(dirs.path('out'), 'outbound'), inbox: session.directory(dirs.path('in'), 'inbound') };
  };

  it('writes a file whole under its name, through a hidden temporary name, and leaves nothing else', async () => {
    const { out } = await open();
    await out.write('placement-1.csv', 'a,b\r\n');
    await out.write('bytes.bin', new Uint8Array([0, 255, 10]));
    expect(dirs.names('out')).toEqual(['bytes.bin', 'placement-1.csv']);
    expect(readFileSync(join(dirs.path('out'), 'placement-1.csv'), 'utf8')).toBe('a,b\r\n');
    expect([...readFileSync(join(dirs.path('out'), 'bytes.bin'))]).toEqual([0, 255, 10]);
  });

  it('lists regular files sorted, skipping hidden files and directories, and reads them as bytes', async () => {
    writeFileSync(join(dirs.path('in'), 'b.csv'), 'two');
    writeFileSync(join(dirs.path('in'), 'a.csv'), 'one');
    writeFileSync(join(dirs.path('in'), '.a.csv.part'), 'half');
    mkdirSync(join(dirs.path('in'), 'processed'));
    const { inbox } = await open();
    expect(await inbox.list()).toEqual(['a.csv', 'b.csv']);
    expect((await inbox.read('b.csv')).toString('utf8')).toBe('two');
  });

  it('moves a file into a directory it creates, and never replaces a file there', async () => {
    const { session, inbox } = await open();
    const processed = session.directory(join(dirs.root, 'processed'), 'processed');
    writeFileSync(join(dirs.path('in'), 'activity.csv'), 'first');
    expect(await session.move(inbox, 'activity.csv', processed)).toBe('activity.csv');
    writeFileSync(join(dirs.path('in'), 'activity.csv'), 'second');
    const second = await session.move(inbox, 'activity.csv', processed);
    expect(second).toMatch(/^\d{13}-activity\.csv$/);
    expect(dirs.names('in')).toEqual([]);
    expect(readFileSync(join(dirs.root, 'processed', 'activity.csv'), 'utf8')).toBe('first');
    expect(readFileSync(join(dirs.root, 'processed', second), 'utf8')).toBe('second');
  });

  it('answers a missing directory with a final TransportError that names the directory by its label, not its path', async () => {
    const session = await folderTransport().open();
    const missing = session.directory(join(dirs.root, 'nope'), 'inbound');
    await expect(missing.list()).rejects.toEqual(new TransportError('listing the inbound directory failed (ENOENT)', false));
    await expect(missing.read('a.csv')).rejects.toMatchObject({ message: 'reading a.csv from the inbound directory failed (ENOENT)', retryable: false });
    await expect(missing.write('a.csv', 'x')).rejects.toMatchObject({ message: 'writing a.csv to the inbound directory failed (ENOENT)', retryable: false });
  });

  it('joins paths the platform way', () => {
    const transport = folderTransport();
    expect(transport.join('/srv/agency', 'processed')).toBe(join('/srv/agency', 'processed'));
    expect(transport.dirname('/srv/agency/inbound')).toBe('/srv/agency');
  });
});

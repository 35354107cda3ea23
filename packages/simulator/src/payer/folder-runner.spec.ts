import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read277, read999 } from '@openrcm/x12';
import { adaClaim, balancedRemittances, batchOf, quietRules, x837 } from '../../test/payer-fixtures';
import { startFolderRunner } from './folder-runner';
import type { FolderRunner } from './folder-runner';
import type { ReceiveResult } from './payer-exchange';

describe('the folder runner', () => {
  let folder: string;
  let runner: FolderRunner | undefined;
  let clock: Date;
  const results: [string, ReceiveResult['kind']][] = [];

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'openrcm-sim-'));
    clock = new Date('2026-11-30T10:00:00Z');
    results.length = 0;
  });
  afterEach(async () => {
    await runner?.close();
    runner = undefined;
    await rm(folder, { recursive: true, force: true });
  });

  const start = async (delayMs: number) => startFolderRunner({
    folder, rules: quietRules(), seed: 4, delayMs, pollMs: 60_000, clock: () => clock, onResult: (f, r) => results.push([f, r.kind]),
  });
  const outbox = async () => (await readdir(join(folder, 'outbox'))).sort();

  it('answers an 837P in the inbox with the 999 and 277CA at once and the 835 after the delay, once', async () => {
    runner = await start(5_000);
    await writeFile(join(folder, 'inbox', 'batch-1.837'), x837([batchOf([adaClaim('E1'), adaClaim('E2')])], 345));
    await runner.poll();
    expect(await outbox()).toEqual([]);
    await runner.poll();
    expect(await outbox()).toEqual(['000000345.277CA.x12', '000000345.999.x12']);
    expect(read999(await readFile(join(folder, 'outbox', '000000345.999.x12'))).transactions[0]!.groupStatus).toBe('A');
    expect(read277(await readFile(join(folder, 'outbox', '000000345.277CA.x12'))).transactions[0]!.claims).toHaveLength(2);
    clock = new Date('2026-11-30T10:00:05Z');
    await runner.poll();
    expect(await outbox()).toEqual(['000000345.277CA.x12', '000000345.835.x12', '000000345.999.x12']);
    const [remit] = balancedRemittances(await readFile(join(folder, 'outbox', '000000345.835.x12'), 'utf8'));
    expect(remit!.claims.map((c) => c.patientControlNumber)).toEqual(['E1', 'E2']);
    // The same bytes under another name are not answered again.
    await writeFile(join(folder, 'inbox', 'batch-1-copy.837'), await readFile(join(folder, 'inbox', 'batch-1.837')));
    await runner.poll();
    await runner.poll();
    expect(results).toEqual([['batch-1.837', 'answered'], ['batch-1-copy.837', 'duplicate']]);
    expect(await outbox()).toHaveLength(3);
  });

  it('answers with no result callback given', async () => {
    runner = await startFolderRunner({ folder, rules: quietRules(), seed: 4, delayMs: 0, pollMs: 60_000, clock: () => clock });
    await writeFile(join(folder, 'inbox', 'batch-2.837'), x837([batchOf([adaClaim('E3')])], 346));
    await runner.poll();
    await runner.poll();
    expect(await outbox()).toEqual(expect.arrayContaining(['000000346.277CA.x12', '000000346.999.x12']));
  });

  it('keeps the pending 835 and the answered hashes across a restart, and never reuses a control number', async () => {
    runner = await start(5_000);
    const input = x837([batchOf([adaClaim('R1')])], 7);
    await writeFile(join(folder, 'inbox', 'a.837'), input);
    await runner.poll();
    await runner.poll();
    await runner.close();
    clock = new Date('2026-11-30T10:01:00Z');
    runner = await start(5_000);
    await runner.poll();
    await runner.poll();
    expect(await outbox()).toEqual(['000000007.277CA.x12', '000000007.835.x12', '000000007.999.x12']);
    // After the restart the file is read again and recognized by its hash.
    expect(results).toEqual([['a.837', 'answered'], ['a.837', 'duplicate']]);
    await writeFile(join(folder, 'inbox', 'b.837'), x837([batchOf([adaClaim('R2')])], 8));
    await runner.poll();
    await runner.poll();
    const isa13 = async (name: string) => (await readFile(join(folder, 'outbox', name), 'utf8')).slice(90, 99);
    const numbers = await Promise.all(['000000007.999.x12', '000000007.277CA.x12', '000000007.835.x12', '000000008.999.x12', '000000008.277CA.x12'].map(isa13));
    expect(new Set(numbers).size).toBe(5);
  });

  it('writes a refusal for a file that is not X12, once', async () => {
    runner = await start(0);
    await writeFile(join(folder, 'inbox', 'notes.txt'), 'not an interchange');
    await runner.poll();
    await runner.poll();
    await runner.poll();
    expect(await outbox()).toEqual(['notes.txt.rejected.txt']);
    expect(await readFile(join(folder, 'outbox', 'notes.txt.rejected.txt'), 'utf8')).toMatch(/^notes\.txt: not an X12 interchange/);
    expect(results).toEqual([['notes.txt', 'unreadable']]);
  });
});

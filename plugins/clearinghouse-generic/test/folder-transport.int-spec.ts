import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimBatch } from '@openrcm/sdk';
import { connectorHarness, crashOnce } from './support/connector-harness';
import { tempBoxes, type TempBoxes } from './support/temp-dirs';
import { ta1, x271, x277, x277ca, x835, x837, x999 } from './support/x12-fixtures';

const NOW = new Date('2026-01-15T15:00:00Z');
const batch = (isa13: number, fileName = `837P-${isa13}.x12`): ClaimBatch => ({ batchId: `batch-${isa13}`, fileName, x12: x837(isa13), claimIds: ['c1', 'c2'] });

describe('clearinghouse-generic over the folder transport', () => {
  let boxes: TempBoxes;
  let settings: { transport: { type: 'folder'; outbox: string; inbox: string; archive?: string } };
  beforeEach(() => {
    boxes = tempBoxes();
    settings = { transport: { type: 'folder', outbox: boxes.outbox, inbox: boxes.inbox } };
  });
  afterEach(() => boxes.remove());

  it('writes the 837P under its file name, leaves no temporary file, and records delivery', async () => {
    const { harness, connector } = await connectorHarness({ settings, now: NOW });
    expect(await connector.submitBatch(harness.context, batch(101))).toEqual({ status: 'SUCCESS', value: { reference: '837P-101.x12', submittedAt: NOW } });
    expect(boxes.names(boxes.outbox)).toEqual(['837P-101.x12']);
    expect(readFileSync(join(boxes.outbox, '837P-101.x12'), 'utf8')).toBe(x837(101));
    expect(harness.state.get('submission:batch-101')).toMatchObject({ phase: 'delivered', fileName: '837P-101.x12', isa13: '000000101', deliveredBy: 'uploaded' });
  });

  it('answers a retried batch with the stored receipt and writes nothing more', async () => {
    const { harness, connector } = await connectorHarness({ settings, now: NOW });
    const first = await connector.submitBatch(harness.context, batch(102));
    writeFileSync(join(boxes.outbox, 'marker'), '');
    renameSync(join(boxes.outbox, '837P-102.x12'), join(boxes.archive, 'taken-by-receiver.x12'));
    expect(await connector.submitBatch(harness.context, batch(102))).toEqual(first);
    expect(boxes.names(boxes.outbox)).toEqual(['marker']);
  });

  it('after a crash before the upload, sends the batch once on retry', async () => {
    const { harness, connector } = await connectorHarness({ settings, now: NOW }, { afterIntent: crashOnce() });
    await expect(connector.submitBatch(harness.context, batch(103))).rejects.toThrow('simulated crash');
    expect(harness.state.get('submission:batch-103')).toMatchObject({ phase: 'intent', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(boxes.names(boxes.outbox)).toEqual([]);
    expect(await connector.submitBatch(harness.context, batch(103))).toMatchObject({ status: 'SUCCESS', value: { reference: '837P-103.x12' } });
    expect(boxes.names(boxes.outbox)).toEqual(['837P-103.x12']);
  });

  it('after a crash between the upload and its record, finds the file by name and records it without writing again', async () => {
    const { harness, connector } = await connectorHarness({ settings, now: NOW }, { afterUpload: crashOnce() });
    await expect(connector.submitBatch(harness.context, batch(104))).rejects.toThrow('simulated crash');
    expect(harness.state.get('submission:batch-104')).toMatchObject({ phase: 'intent' });
    const before = statSync(join(boxes.outbox, '837P-104.x12')).ino;
    expect(await connector.submitBatch(harness.context, batch(104))).toMatchObject({ status: 'SUCCESS', value: { reference: '837P-104.x12' } });
    expect(boxes.names(boxes.outbox)).toEqual(['837P-104.x12']);
    expect(statSync(join(boxes.outbox, '837P-104.x12')).ino).toBe(before);
    expect(harness.state.get('submission:batch-104')).toMatchObject({ phase: 'delivered', deliveredBy: 'found' });
  });

  it('after such a crash, finds the file the receiver renamed by its ISA13', async () => {
    const { harness, connector } = await connectorHarness({ settings, now: NOW }, { afterUpload: crashOnce() });
    await expect(connector.submitBatch(harness.context, batch(105))).rejects.toThrow('simulated crash');
    writeFileSync(join(boxes.outbox, 'ACK-PENDING-1.edi'), `${x837(105)}\n`);
    renameSync(join(boxes.outbox, '837P-105.x12'), join(boxes.root, 'gone.x12'));
    expect(await connector.submitBatch(harness.context, batch(105))).toMatchObject({ status: 'SUCCESS', value: { reference: 'ACK-PENDING-1.edi' } });
    expect(boxes.names(boxes.outbox)).toEqual(['ACK-PENDING-1.edi']);
  });

  it('refuses a batch id submitted again with other content, and never overwrites another file of the same name', async () => {
    const { harness, connector } = await connectorHarness({ settings, now: NOW });
    await connector.submitBatch(harness.context, batch(106));
    expect(await connector.submitBatch(harness.context, { ...batch(106), x12: x837(107) })).toEqual({
      status: 'EXCEPTION', message: 'batch batch-106 was already submitted with different content; build a new batch', retryable: false,
    });
    writeFileSync(join(boxes.outbox, '837P-108.x12'), 'someone else\'s file');
    expect(await connector.submitBatch(harness.context, batch(108))).toEqual({
      status: 'EXCEPTION', message: 'the outbox already holds a different file named 837P-108.x12; refusing to overwrite it', retryable: false,
    });
    expect(readFileSync(join(boxes.outbox, '837P-108.x12'), 'utf8')).toBe('someone else\'s file');
  });

  it('answers a missing outbox directory as a non-retryable exception', async () => {
    const { harness, connector } = await connectorHarness({ settings: { transport: { ...settings.transport, outbox: join(boxes.root, 'nope') } } });
    expect(await connector.submitBatch(harness.context, batch(109))).toEqual({ status: 'EXCEPTION', message: 'listing the outbox directory failed (ENOENT)', retryable: false });
  });

  it('brings back each new inbox file once, with its kind, skipping files seen by hash and files that are not answers', async () => {
    const { harness, connector } = await connectorHarness({ settings, now: NOW });
    const files: [string, string][] = [['a.999', x999(1)], ['b.ta1', ta1(2)], ['c.277', x277ca(3)], ['d.277', x277(4)], ['e.835', x835(5)], ['f.271', x271(6)], ['g.837', x837(7)]];
    for (const [name, text] of files) writeFileSync(join(boxes.inbox, name), text);
    const first = await connector.fetchInbound!(harness.context);
    if (first.status !== 'SUCCESS') throw new Error(JSON.stringify(first));
    expect(first.value.map((d) => [d.reference.split('#')[0], d.kind])).toEqual([['a.999', '999'], ['b.ta1', 'TA1'], ['c.277', '277CA'], ['d.277', '277'], ['e.835', '835'], ['f.271', '271']]);
    expect(first.value[0]).toEqual({ reference: expect.stringMatching(/^a\.999#[0-9a-f]{64}$/), kind: '999', x12: x999(1), receivedAt: NOW });
    expect(harness.logs).toContainEqual({ level: 'warn', message: 'inbound file is not a 999, TA1, 277CA, 277, 835 or 271; skipped', fields: { file: 'g.837', sha256: expect.any(String) } });
    writeFileSync(join(boxes.inbox, 'a-copy.999'), x999(1));
    writeFileSync(join(boxes.inbox, 'h.999'), x999(8));
    const second = await connector.fetchInbound!(harness.context);
    expect(second.status === 'SUCCESS' && second.value.map((d) => d.reference.split('#')[0])).toEqual(['h.999']);
    expect(boxes.names(boxes.inbox)).toHaveLength(9);
  });

  it('moves files to the archive on the poll after the one that returned them, and deletes nothing', async () => {
    const { harness, connector } = await connectorHarness({ settings: { transport: { ...settings.transport, archive: boxes.archive } }, now: NOW });
    writeFileSync(join(boxes.inbox, 'a.999'), x999(1));
    expect((await connector.fetchInbound!(harness.context)).status).toBe('SUCCESS');
    expect(boxes.names(boxes.inbox)).toEqual(['a.999']);
    const next = await connector.fetchInbound!(harness.context);
    expect(next).toEqual({ status: 'SUCCESS', value: [] });
    expect(boxes.names(boxes.inbox)).toEqual([]);
    expect(readFileSync(join(boxes.archive, 'a.999'), 'utf8')).toBe(x999(1));
  });
});

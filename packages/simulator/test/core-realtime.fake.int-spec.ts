import { read271, write270 } from '@openrcm/x12';
import { REALTIME_SCENARIOS, startCoreRealtimeFake, type CoreRealtimeFake } from '../src';
import { readFormData, writeFormData } from '../src/realtime/core-mime.codec';

const X12 = write270([REALTIME_SCENARIOS[0]!.inquiry], { sender: { qualifier: 'ZZ', id: 'OPENRCM' }, receiver: { qualifier: 'ZZ', id: 'SIMCLEARING' } }, { interchange: 1, group: 1, transaction: 1 });
const ENVELOPE = {
  PayloadType: 'X12_270_Request_005010X279A1', ProcessingMode: 'RealTime', PayloadID: 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6',
  TimeStamp: '2026-01-15T15:00:00Z', SenderID: 'OPENRCM', ReceiverID: 'SIMCLEARING', CORERuleVersion: '2.2.0', Payload: X12,
};
const BASIC = `Basic ${Buffer.from('clinic:pw').toString('base64')}`;

async function post(fake: CoreRealtimeFake, fields: Record<string, string>, headers: Record<string, string> = { authorization: BASIC }) {
  const response = await fetch(fake.url, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=t', ...headers }, body: writeFormData(fields, 't') });
  const body = await response.text();
  return { status: response.status, headers: response.headers, fields: readFormData(body, response.headers.get('content-type') ?? undefined) };
}

describe('startCoreRealtimeFake', () => {
  let fake: CoreRealtimeFake;
  beforeAll(async () => {
    fake = await startCoreRealtimeFake({ credentials: { username: 'clinic', password: 'pw' }, now: () => new Date('2026-01-15T15:00:00Z') });
  });
  afterAll(() => fake.close());

  it('answers a 270 with a 271 envelope addressed back to the sender', async () => {
    const { status, fields } = await post(fake, ENVELOPE);
    expect(status).toBe(200);
    expect(fields).toMatchObject({ PayloadType: 'X12_271_Response_005010X279A1', ProcessingMode: 'RealTime', SenderID: 'SIMCLEARING', ReceiverID: 'OPENRCM', CORERuleVersion: '2.2.0', ErrorCode: 'Success' });
    const sub = read271(fields!['Payload']!).transactions[0]!.subscribers[0]!;
    expect(sub.benefits[0]).toMatchObject({ info: '1', planDescription: 'SIM GOLD PPO' });
    expect(fake.requests.at(-1)!.fields['PayloadID']).toBe('f81d4fae-7dec-11d0-a765-00a0c91e6bf6');
  });

  it('accepts CORE envelope credentials instead of the Authorization header', async () => {
    expect((await post(fake, { ...ENVELOPE, UserName: 'clinic', Password: 'pw' }, {})).fields?.['ErrorCode']).toBe('Success');
  });

  it('answers an envelope error in a CoreEnvelopeError envelope, without payload', async () => {
    const { status, fields } = await post(fake, { ...ENVELOPE, CORERuleVersion: '2.0.0' });
    expect(status).toBe(200);
    expect(fields).toMatchObject({ PayloadType: 'CoreEnvelopeError', ErrorCode: 'VersionMismatch' });
    expect(fields?.['Payload']).toBeUndefined();
  });

  it('answers PayloadIllegal when the payload holds no 270', async () => {
    expect((await post(fake, { ...ENVELOPE, Payload: 'hello' })).fields).toMatchObject({ ErrorCode: 'PayloadIllegal' });
  });

  it('refuses wrong credentials (401), other methods (405) and bodies that are not multipart (400)', async () => {
    expect((await post(fake, ENVELOPE, { authorization: 'Basic bm9wZTpub3Bl' })).status).toBe(401);
    expect((await fetch(fake.url)).status).toBe(405);
    expect((await fetch(fake.url, { method: 'POST', headers: { authorization: BASIC }, body: 'x' })).status).toBe(400);
  });

  it('takes an answer function in place of the member table', async () => {
    const own = await startCoreRealtimeFake({ credentials: { token: 'tk' }, answer: (x12) => `ANSWER TO ${x12.length} CHARACTERS` });
    try {
      const { fields } = await post(own, ENVELOPE, { authorization: 'Bearer tk' });
      expect(fields?.['Payload']).toBe(`ANSWER TO ${X12.length} CHARACTERS`);
    } finally {
      await own.close();
    }
  });

  it('closes with a slow answer pending', async () => {
    const slow = await startCoreRealtimeFake({ credentials: { token: 'tk' }, slowMs: 60_000 });
    const slowX12 = write270([REALTIME_SCENARIOS.find((s) => s.name === 'slow answer')!.inquiry], { sender: { qualifier: 'ZZ', id: 'A' }, receiver: { qualifier: 'ZZ', id: 'B' } }, { interchange: 1, group: 1, transaction: 1 });
    const pending = post(slow, { ...ENVELOPE, Payload: slowX12 }, { authorization: 'Bearer tk' }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await slow.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await pending).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
  });
});

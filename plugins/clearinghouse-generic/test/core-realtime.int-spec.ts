import { createPluginHarness, forwardHttp, type PluginHarness } from '@openrcm/sdk/testing';
import { REALTIME_SCENARIOS, startCoreRealtimeFake, type CoreRealtimeFake, type RealtimeScenario } from '@openrcm/simulator';
import { read270, read271, write270 } from '@openrcm/x12';
import { plugin } from '../src';

const ENVELOPE = { sender: { qualifier: 'ZZ', id: 'OPENRCM' }, receiver: { qualifier: 'ZZ', id: 'SIMCLEARING' }, usage: 'T' as const };
const ENV = { CORE_PASSWORD: 's3cret', CORE_TOKEN: 'tok-1' };

function x12Of(scenario: RealtimeScenario): string {
  return write270([scenario.inquiry], ENVELOPE, { interchange: 7, group: 7, transaction: 1 });
}

function scenario(name: string): RealtimeScenario {
  const found = REALTIME_SCENARIOS.find((s) => s.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}

async function harnessFor(fake: CoreRealtimeFake, overrides: Record<string, unknown> = {}): Promise<PluginHarness> {
  return createPluginHarness(plugin, {
    settings: { endpointUrl: fake.url, senderId: 'OPENRCM', receiverId: 'SIMCLEARING', auth: { type: 'basic', username: 'clinic', password: { env: 'CORE_PASSWORD' } }, ...overrides },
    env: ENV, http: forwardHttp, now: new Date('2026-01-15T15:00:00Z'),
  });
}

async function check(harness: PluginHarness, x12: string) {
  const [connector] = harness.contributions('clearinghouse-connector');
  if (!connector?.checkEligibility) throw new Error('no real-time connector contributed');
  return connector.checkEligibility(harness.context, x12);
}

describe('clearinghouse-generic against the simulator\'s CORE real-time fake', () => {
  let fake: CoreRealtimeFake;
  beforeAll(async () => {
    fake = await startCoreRealtimeFake({ credentials: { username: 'clinic', password: 's3cret' }, slowMs: 3_000 });
  });
  afterAll(() => fake.close());

  it('sends the 270 in a CORE vC2.2.0 envelope and answers the 271 of active coverage', async () => {
    const harness = await harnessFor(fake);
    const x12 = x12Of(scenario('active subscriber'));
    const result = await check(harness, x12);
    expect(result.status).toBe('SUCCESS');
    const answer = read271(result.status === 'SUCCESS' ? result.value : '');
    expect(answer.errors).toEqual([]);
    expect(answer.transactions[0]!.subscribers[0]!.benefits[0]).toMatchObject({ info: '1', planDescription: 'SIM GOLD PPO' });
    const sent = fake.requests.at(-1)!;
    expect(sent.fields).toMatchObject({
      PayloadType: 'X12_270_Request_005010X279A1', ProcessingMode: 'RealTime', TimeStamp: '2026-01-15T15:00:00Z',
      SenderID: 'OPENRCM', ReceiverID: 'SIMCLEARING', CORERuleVersion: '2.2.0', Payload: x12,
    });
    expect(sent.fields['PayloadID']).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.headers.authorization).toBe(`Basic ${Buffer.from('clinic:s3cret').toString('base64')}`);
    expect(read270(sent.fields['Payload']!).transactions).toEqual([scenario('active subscriber').inquiry]);
  });

  it.each([
    ['unknown member', 'subscriber', '75'], ['malformed member id', 'subscriber', '72'], ['wrong subscriber name', 'subscriber', '73'],
    ['birth date does not match', 'subscriber', '71'], ['birth date missing', 'subscriber', '58'], ['payer unavailable', 'source', '42'],
  ])('%s: answers the 271 carrying the payer\'s rejection (level %s, AAA03 %s) for the core provider to map', async (name, level, code) => {
    const result = await check(await harnessFor(fake), x12Of(scenario(name)));
    if (result.status !== 'SUCCESS') throw new Error(`expected the 271, got ${JSON.stringify(result)}`);
    const response = read271(result.value).transactions[0]!;
    const errors = level === 'source' ? response.source.errors : response.subscribers[0]!.errors;
    expect(errors.map((e) => e.rejectReason)).toEqual([code]);
  });

  it('sends CORE envelope credentials (UserName/Password) when configured so', async () => {
    const harness = await harnessFor(fake, { auth: { type: 'envelope', username: 'clinic', password: { env: 'CORE_PASSWORD' } }, checksum: true });
    expect((await check(harness, x12Of(scenario('active subscriber')))).status).toBe('SUCCESS');
    const sent = fake.requests.at(-1)!;
    expect(sent.headers.authorization).toBeUndefined();
    expect(sent.fields).toMatchObject({ UserName: 'clinic', Password: 's3cret' });
    expect(sent.fields['Checksum']).toMatch(/^[0-9a-f]{40}$/);
  });

  it('answers an envelope error as a non-retryable EXCEPTION naming the ErrorCode', async () => {
    const harness = await harnessFor(fake, { receiverId: 'SOMEONE-ELSE' });
    expect(await check(harness, x12Of(scenario('active subscriber')))).toEqual({
      status: 'EXCEPTION', message: 'the clearinghouse refused the envelope: ErrorCode ReceiverIDIllegal', retryable: false,
    });
  });

  it('answers refused credentials as a non-retryable EXCEPTION', async () => {
    const harness = await createPluginHarness(plugin, {
      settings: { endpointUrl: fake.url, senderId: 'OPENRCM', receiverId: 'SIMCLEARING', auth: { type: 'bearer', token: { env: 'CORE_TOKEN' } } },
      env: ENV, http: forwardHttp,
    });
    expect(await check(harness, x12Of(scenario('active subscriber')))).toEqual({ status: 'EXCEPTION', message: 'the clearinghouse refused the credentials (HTTP 401)', retryable: false });
  });

  it('honours HTTP 429 with its Retry-After', async () => {
    expect(await check(await harnessFor(fake), x12Of(scenario('rate limited')))).toEqual({
      status: 'EXCEPTION', message: 'the clearinghouse is rate limiting (HTTP 429)', retryable: true, retryAfterMs: 7_000,
    });
  });

  it('answers HTTP 500 as a retryable EXCEPTION', async () => {
    expect(await check(await harnessFor(fake), x12Of(scenario('server error')))).toEqual({ status: 'EXCEPTION', message: 'the clearinghouse failed (HTTP 500)', retryable: true });
  });

  it('gives up after the configured timeout with a retryable EXCEPTION', async () => {
    const started = Date.now();
    const result = await check(await harnessFor(fake, { timeoutMs: 1_000 }), x12Of(scenario('slow answer')));
    expect(result).toMatchObject({ status: 'EXCEPTION', retryable: true });
    expect(result.status === 'EXCEPTION' && result.message).toMatch(/timed out/);
    expect(Date.now() - started).toBeLessThan(2_900);
  });
});

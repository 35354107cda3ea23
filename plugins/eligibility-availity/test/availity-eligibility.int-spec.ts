import type { EligibilityProvider, EligibilityRequest, PluginHttpRequest, PluginHttpResponse } from '@openrcm/sdk';
import { createPluginHarness, forwardHttp, type PluginHarness } from '@openrcm/sdk/testing';
import { DEFAULT_AVAILITY_CLIENT, startAvailityFake, type AvailityFake, type AvailityFakeOptions } from '@openrcm/simulator';
import { plugin } from '../src/eligibility-availity.plugin';

const ADA: EligibilityRequest = {
  payerId: 'payer-simulated-ppo',
  providerNpi: '1234567893',
  providerName: 'Harness Clinic',
  memberId: 'SIM100001',
  patient: { firstName: 'Ada', lastName: 'Testperson', birthDate: '1980-04-12' },
  serviceTypeCode: '30',
  asOfDate: '2026-03-02',
};
const PHI = ['Ada', 'Testperson', '1980-04-12', 'SIM100001', '2014-09-03'];

let fake: AvailityFake;
afterEach(async () => fake?.close());

async function setUp(settings: Record<string, unknown> = {}, fakeOptions: AvailityFakeOptions = {}, http = forwardHttp) {
  fake = await startAvailityFake(fakeOptions);
  const harness = await harnessOn(fake, settings, http);
  return { harness, provider: providerOf(harness) };
}

async function harnessOn(server: AvailityFake, settings: Record<string, unknown> = {}, http: (url: string, request: PluginHttpRequest) => Promise<PluginHttpResponse> = forwardHttp) {
  return createPluginHarness(plugin, {
    settings: {
      baseUrl: server.url,
      clientId: DEFAULT_AVAILITY_CLIENT.clientId,
      clientSecret: { env: 'AVAILITY_CLIENT_SECRET' },
      payerIdMap: { 'payer-simulated-ppo': 'SIMPAYER1' },
      pollIntervalMs: 10,
      pollMaxIntervalMs: 40,
      pollDeadlineMs: 3_000,
      requestTimeoutMs: 2_000,
      ...settings,
    },
    env: { AVAILITY_CLIENT_SECRET: DEFAULT_AVAILITY_CLIENT.clientSecret },
    http,
  });
}

function providerOf(harness: PluginHarness): EligibilityProvider {
  const [provider] = harness.contributions('eligibility-provider');
  if (!provider) throw new Error('the plugin contributed no eligibility provider');
  return provider;
}

const coveragePosts = () => fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/coverages'));
const polls = () => fake.requests.filter((r) => r.method === 'GET');

describe('eligibility-availity against the simulator', () => {
  it('complete → SUCCESS with normalised benefits and the raw document, sending Availity\'s field names', async () => {
    const { harness, provider } = await setUp();
    const result = await provider.check(harness.context, ADA);
    expect(result.status).toBe('SUCCESS');
    if (result.status !== 'SUCCESS') return;
    expect(result.value).toEqual({
      active: true,
      planBeginDate: '2026-01-01',
      planEndDate: '2026-12-31',
      planName: 'Simulated PPO Gold',
      copayCents: 2500,
      coinsuranceBasisPoints: 2000,
      deductible: { totalCents: 150000, remainingCents: 90000, inNetwork: true },
      outOfPocket: { totalCents: 500000, remainingCents: 410000, inNetwork: true },
      messages: [],
      raw: expect.objectContaining({ statusCode: '4', id: expect.any(String) }),
    });
    const [post] = coveragePosts();
    expect(post?.path).toBe('/v1/coverages');
    expect(post?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(post?.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(post?.form).toEqual({
      payerId: 'SIMPAYER1',
      providerNpi: '1234567893',
      providerLastName: 'Harness Clinic',
      memberId: 'SIM100001',
      patientFirstName: 'Ada',
      patientLastName: 'Testperson',
      patientBirthDate: '1980-04-12',
      subscriberRelationship: '18',
      serviceType: '30',
      asOfDate: '2026-03-02',
    });
    const token = fake.requests.find((r) => r.path === '/v1/token');
    expect(token?.form).toEqual({ grant_type: 'client_credentials', client_id: 'openrcm-simulator', client_secret: 'simulator-secret', scope: 'healthcare-hipaa-transactions' });
  });

  it('sends a dependent under the subscriber\'s member id with the relationship, and unmapped payer ids as they are', async () => {
    const { harness, provider } = await setUp();
    const child: EligibilityRequest = {
      ...ADA,
      payerId: 'SIMPAYER1',
      patient: { firstName: 'Ben', lastName: 'Testperson', birthDate: '2014-09-03' },
      subscriber: ADA.patient,
      relationshipCode: '19',
    };
    const result = await provider.check(harness.context, child);
    expect(result.status === 'SUCCESS' && result.value.copayCents).toBe(1500);
    expect(coveragePosts()[0]?.form).toMatchObject({ payerId: 'SIMPAYER1', memberId: 'SIM100001', patientFirstName: 'Ben', subscriberRelationship: '19' });
  });

  it('uses the /availity/v1 paths when configured so', async () => {
    const { harness, provider } = await setUp({ tokenPath: '/availity/v1/token', coveragesPath: '/availity/v1/coverages', mockScenarioId: 'in-progress' });
    expect((await provider.check(harness.context, ADA)).status).toBe('SUCCESS');
    expect(fake.requests.map((r) => `${r.method} ${r.path.replace(/\d+$/, '{id}')}`)).toEqual([
      'POST /availity/v1/token',
      'POST /availity/v1/coverages',
      'GET /availity/v1/coverages/{id}',
      'GET /availity/v1/coverages/{id}',
    ]);
  });

  it('inactive coverage → FAILURE with the plan status code and the plan dates in the value', async () => {
    const { harness, provider } = await setUp();
    const result = await provider.check(harness.context, { ...ADA, memberId: 'SIM100003', patient: { firstName: 'Dev', lastName: 'Example', birthDate: '1975-02-17' } });
    expect(result).toMatchObject({ status: 'FAILURE', code: '6', value: { active: false, planEndDate: '2026-06-30' } });
    expect(result.status === 'FAILURE' && result.reason).toMatch(/inactive/);
  });

  it('member not found → FAILURE with the payer\'s reject reason and code', async () => {
    const { harness, provider } = await setUp();
    const result = await provider.check(harness.context, { ...ADA, memberId: 'NOSUCH1' });
    expect(result).toMatchObject({ status: 'FAILURE', code: '75', reason: 'the payer found no such subscriber', value: { active: false } });
    const wrongBirthDate = await provider.check(harness.context, { ...ADA, patient: { ...ADA.patient, birthDate: '1980-04-13' } });
    expect(wrongBirthDate).toMatchObject({ status: 'FAILURE', code: '71' });
  });

  it.each(['in-progress', 'retrying'])('%s → polls by id until complete → SUCCESS', async (scenario) => {
    const { harness, provider } = await setUp({ mockScenarioId: scenario }, { pollsUntilComplete: 3, retryingPolls: 3 });
    const result = await provider.check(harness.context, ADA);
    expect(result.status).toBe('SUCCESS');
    expect(polls()).toHaveLength(3);
    expect(polls().every((r) => r.headers['x-api-mock-scenario-id'] === scenario)).toBe(true);
  });

  it('a 202 whose body has no status is followed by its Location header', async () => {
    const bodiless = async (url: string, request: PluginHttpRequest) => {
      const response = await forwardHttp(url, request);
      return response.status === 202 ? { ...response, body: '' } : response;
    };
    const { harness, provider } = await setUp({ mockScenarioId: 'in-progress' }, { pollsUntilComplete: 2 }, bodiless);
    expect((await provider.check(harness.context, ADA)).status).toBe('SUCCESS');
    expect(polls()).toHaveLength(2);
  });

  it('still in progress past the deadline → PENDING with the coverage id; followUp continues to SUCCESS', async () => {
    const { harness, provider } = await setUp({ mockScenarioId: 'in-progress', pollIntervalMs: 100, pollMaxIntervalMs: 1_000, pollDeadlineMs: 250 }, { pollsUntilComplete: 4 });
    const pending = await provider.check(harness.context, ADA);
    expect(pending.status).toBe('PENDING');
    if (pending.status !== 'PENDING') return;
    expect(pending.reference).toMatch(/^\d+$/);
    expect(pending.retryAt?.getTime()).toBeGreaterThan(new Date('2026-01-15T15:00:00Z').getTime());
    const later = providerOf(await harnessOn(fake, { mockScenarioId: 'in-progress', pollDeadlineMs: 3_000 }));
    const done = await later.followUp?.(harness.context, pending.reference);
    expect(done?.status).toBe('SUCCESS');
    expect(coveragePosts()).toHaveLength(1);
    expect(polls().length).toBeGreaterThanOrEqual(2);
    expect(polls().every((r) => r.path === `/v1/coverages/${pending.reference}`)).toBe(true);
  });

  it('payer error (3) → EXCEPTION retryable; request error (19) → EXCEPTION not retryable naming the fields', async () => {
    const first = await setUp({ mockScenarioId: 'payer-error' });
    expect(await first.provider.check(first.harness.context, ADA)).toMatchObject({ status: 'EXCEPTION', retryable: true, message: expect.stringContaining('status 3') });
    await fake.close();
    const { harness, provider } = await setUp({ mockScenarioId: 'request-error' });
    const requestError = await provider.check(harness.context, ADA);
    expect(requestError).toMatchObject({ status: 'EXCEPTION', retryable: false });
    expect(requestError.status === 'EXCEPTION' && requestError.message).toMatch(/status 19.*providerNpi \(51\).*patientBirthDate \(58\)/);
  });

  it.each(['7', '13', '14', '15'])('communication error %s → EXCEPTION retryable, never inactive', async (code) => {
    const { harness, provider } = await setUp({ mockScenarioId: `communication-error-${code}` });
    const result = await provider.check(harness.context, ADA);
    expect(result).toMatchObject({ status: 'EXCEPTION', retryable: true });
    expect(result.status === 'EXCEPTION' && result.message).toContain(`status ${code}`);
  });

  it('a 429 is waited out for its Retry-After and the check succeeds', async () => {
    const { harness, provider } = await setUp({ mockScenarioId: 'rate-limited' }, { rateLimitedResponses: 1, retryAfterSeconds: 1 });
    const started = Date.now();
    expect((await provider.check(harness.context, ADA)).status).toBe('SUCCESS');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(coveragePosts()).toHaveLength(2);
  });

  it('a 429 whose Retry-After passes the deadline → EXCEPTION retryable with retryAfterMs', async () => {
    const { harness, provider } = await setUp({ mockScenarioId: 'rate-limited', pollDeadlineMs: 500 }, { retryAfterSeconds: 2 });
    expect(await provider.check(harness.context, ADA)).toEqual({ status: 'EXCEPTION', message: expect.stringContaining('429'), retryable: true, retryAfterMs: 2000 });
  });

  it('slow past the request timeout → EXCEPTION retryable', async () => {
    const { harness, provider } = await setUp({ mockScenarioId: 'slow', requestTimeoutMs: 200 }, { slowDelayMs: 1000 });
    expect(await provider.check(harness.context, ADA)).toMatchObject({ status: 'EXCEPTION', retryable: true, message: expect.stringContaining('timed out') });
  });

  it('a token expiring mid-poll (401) is refreshed once and the poll retried → SUCCESS', async () => {
    const { harness, provider } = await setUp({ mockScenarioId: 'token-expiry' });
    expect((await provider.check(harness.context, ADA)).status).toBe('SUCCESS');
    expect(fake.tokensIssued()).toBe(2);
    expect(polls().map((r) => r.headers.authorization === polls()[0]?.headers.authorization)).toEqual([true, false]);
  });

  it('reuses the cached token across checks, and fetches a new one when it is due', async () => {
    const { harness, provider } = await setUp();
    await provider.check(harness.context, ADA);
    await provider.check(harness.context, ADA);
    expect(fake.tokensIssued()).toBe(1);
    expect(harness.state.get('availity-token')).toMatchObject({ clientId: 'openrcm-simulator', accessToken: expect.any(String) });
    await fake.close();

    const shortLived = await setUp({}, { tokenLifetimeSeconds: 1 });
    await shortLived.provider.check(shortLived.harness.context, ADA);
    await new Promise((resolve) => setTimeout(resolve, 950));
    expect((await shortLived.provider.check(shortLived.harness.context, ADA)).status).toBe('SUCCESS');
    expect(fake.tokensIssued()).toBe(2);
    expect(coveragePosts().map((r) => r.headers.authorization === coveragePosts()[0]?.headers.authorization)).toEqual([true, false]);
  });

  it('refused credentials → EXCEPTION not retryable, without the secret in the message', async () => {
    fake = await startAvailityFake({ clients: [{ clientId: 'openrcm-simulator', clientSecret: 'another-secret' }] });
    const harness = await harnessOn(fake);
    const result = await providerOf(harness).check(harness.context, ADA);
    expect(result).toMatchObject({ status: 'EXCEPTION', retryable: false });
    expect(JSON.stringify(result)).not.toContain('simulator-secret');
  });

  it('5xx from Availity → EXCEPTION retryable', async () => {
    const { harness, provider } = await setUp({}, {}, async () => ({ status: 503, headers: {}, body: '' }));
    expect(await provider.check(harness.context, ADA)).toMatchObject({ status: 'EXCEPTION', retryable: true, message: expect.stringContaining('503') });
  });

  it('an incomplete request → EXCEPTION naming the fields, nothing sent', async () => {
    const { harness, provider } = await setUp();
    const result = await provider.check(harness.context, { ...ADA, providerNpi: '12', patient: { ...ADA.patient, birthDate: '12/04/1980' } });
    expect(result).toMatchObject({ status: 'EXCEPTION', retryable: false });
    expect(result.status === 'EXCEPTION' && result.message).toMatch(/providerNpi.*patient\.birthDate/);
    expect(fake.requests).toHaveLength(0);
  });

  it('logs and results of failures carry no patient data', async () => {
    const { harness, provider } = await setUp({ mockScenarioId: 'request-error' });
    const results = [await provider.check(harness.context, ADA), await provider.check(harness.context, { ...ADA, memberId: 'SIM999' })];
    const text = JSON.stringify([harness.logs, results.filter((r) => r.status === 'EXCEPTION')]);
    for (const value of PHI) expect(text).not.toContain(value);
    expect(harness.logs.length).toBeGreaterThan(0);
  });
});

import { createRoster } from '../roster/roster';
import { startAvailityFake, type AvailityFake, type AvailityFakeOptions } from './availity-fake';
import { DEFAULT_AVAILITY_CLIENT } from './fake-tokens';

const ADA = {
  payerId: 'SIMPAYER1', providerNpi: '1234567893', providerLastName: 'Clinic', memberId: 'SIM100001',
  patientFirstName: 'Ada', patientLastName: 'Testperson', patientBirthDate: '1980-04-12', serviceType: '30', asOfDate: '2026-03-02',
};
// Responses are read loosely: the assertions say what the shape must be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded' };

let fake: AvailityFake;
async function start(options: AvailityFakeOptions = {}) {
  fake = await startAvailityFake(options);
}
afterEach(async () => fake?.close());

async function token(path = '/v1/token', secret = DEFAULT_AVAILITY_CLIENT.clientSecret): Promise<Response> {
  const body = form({ grant_type: 'client_credentials', client_id: DEFAULT_AVAILITY_CLIENT.clientId, client_secret: secret, scope: 'hipaa' });
  return fetch(`${fake.url}${path}`, { method: 'POST', headers: FORM_HEADERS, body });
}
async function bearer(): Promise<string> {
  return ((await (await token()).json()) as { access_token: string }).access_token;
}
async function post(fields: Record<string, string>, scenario?: string, accessToken?: string, path = '/availity/v1/coverages') {
  const headers: Record<string, string> = { ...FORM_HEADERS, authorization: `Bearer ${accessToken ?? (await bearer())}` };
  if (scenario) headers['x-api-mock-scenario-id'] = scenario;
  const response = await fetch(`${fake.url}${path}`, { method: 'POST', headers, body: form(fields) });
  return { response, json: (await response.json()) as Loose };
}
async function poll(id: string, accessToken: string) {
  const response = await fetch(`${fake.url}/v1/coverages/${id}`, { headers: { authorization: `Bearer ${accessToken}` } });
  return { response, json: (await response.json()) as Loose };
}

describe('Availity fake: tokens', () => {
  it('issues client-credentials tokens on both documented paths and refuses a wrong secret', async () => {
    await start();
    expect((await token('/v1/token')).status).toBe(200);
    const body = (await (await token('/availity/v1/token')).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    expect((await token('/v1/token', 'wrong')).status).toBe(401);
    expect(fake.tokensIssued()).toBe(2);
  });

  it('answers 401 without a token and after the token lifetime', async () => {
    await start({ tokenLifetimeSeconds: 1 });
    expect((await post(ADA, undefined, 'not-a-token')).response.status).toBe(401);
    const accessToken = await bearer();
    expect((await post(ADA, undefined, accessToken)).response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await post(ADA, undefined, accessToken)).response.status).toBe(401);
  });
});

describe('Availity fake: answers from the roster', () => {
  it('answers complete and active with plan dates, copay, coinsurance and accumulators in cents-exact decimals', async () => {
    await start();
    const { response, json } = await post(ADA, undefined, undefined, '/v1/coverages');
    expect(response.status).toBe(200);
    expect(json).toMatchObject({ statusCode: '4', status: 'Complete', payer: { payerId: 'SIMPAYER1' } });
    const plan = json.plans[0];
    expect(plan).toMatchObject({ statusCode: '1', planName: 'Simulated PPO Gold', coverageStartDate: '2026-01-01T00:00:00.000+0000', coverageEndDate: '2026-12-31T00:00:00.000+0000' });
    expect(plan.benefits[0].amounts).toEqual({
      coPayment: { inNetwork: [expect.objectContaining({ amount: '25.00' })] },
      coInsurance: { inNetwork: [expect.objectContaining({ amount: '20', units: 'Percent' })] },
      deductibles: { inNetwork: [expect.objectContaining({ level: 'Individual', total: '1500.00', remaining: '900.00' })] },
      outOfPocket: { inNetwork: [expect.objectContaining({ total: '5000.00', remaining: '4100.00' })] },
    });
  });

  it('answers a dependent with the subscriber named, and out-of-network only benefits for an out-of-network member', async () => {
    await start();
    const child = await post({ ...ADA, patientFirstName: 'Ben', patientBirthDate: '2014-09-03' });
    expect(child.json.subscriber).toMatchObject({ firstName: 'Ada', memberId: 'SIM100001' });
    expect(child.json.patient).toMatchObject({ firstName: 'Ben', subscriberRelationshipCode: '19' });
    const eve = await post({ ...ADA, memberId: 'SIM100004', patientBirthDate: '1968-07-21' });
    expect(Object.keys(eve.json.plans[0].benefits[0].amounts.deductibles)).toEqual(['outOfNetwork']);
  });

  it('answers an inactive member complete with inactive coverage, an unknown one with the payer reject reason', async () => {
    await start();
    const dev = await post({ ...ADA, memberId: 'SIM100003', patientBirthDate: '1975-02-17' });
    expect(dev.json.statusCode).toBe('4');
    expect(dev.json.plans[0]).toMatchObject({ statusCode: '6', coverageEndDate: '2026-06-30T00:00:00.000+0000' });
    const nobody = await post({ ...ADA, memberId: 'NOBODY' });
    expect(nobody.json).toMatchObject({ statusCode: '4', plans: [], validationMessages: [{ code: '75', field: 'memberId' }] });
    const wrongBirth = await post({ ...ADA, patientBirthDate: '1980-04-13' });
    expect(wrongBirth.json.validationMessages).toEqual([expect.objectContaining({ code: '71' })]);
  });

  it('answers from a roster the test built', async () => {
    const roster = createRoster({ members: [] });
    await start({ roster });
    expect((await post(ADA)).json.validationMessages[0].code).toBe('75');
  });

  it('refuses missing, malformed and unknown fields with 400 naming each', async () => {
    await start();
    const { memberId: _memberId, ...withoutMember } = ADA;
    const { response, json } = await post({ ...withoutMember, providerNpi: '123', patientDob: '1980-04-12' });
    expect(response.status).toBe(400);
    expect(json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['memberId', 'patientDob', 'providerNpi']);
  });
});

describe('Availity fake: mock scenarios', () => {
  it('in progress then complete after the configured polls, marking mock responses', async () => {
    await start({ pollsUntilComplete: 2 });
    const accessToken = await bearer();
    const created = await post(ADA, 'in-progress', accessToken);
    expect([created.response.status, created.json.statusCode]).toEqual([202, '0']);
    expect(created.response.headers.get('x-api-mock-response')).toBe('true');
    expect(created.response.headers.get('location')).toBe(`/availity/v1/coverages/${created.json.id}`);
    expect((await poll(created.json.id, accessToken)).json.statusCode).toBe('0');
    const done = await poll(created.json.id, accessToken);
    expect([done.response.status, done.json.statusCode, done.json.plans[0].statusCode]).toEqual([200, '4', '1']);
  });

  it('retrying (R1) for a while, then complete', async () => {
    await start({ retryingPolls: 2 });
    const accessToken = await bearer();
    const created = await post(ADA, 'retrying', accessToken);
    expect(created.json.statusCode).toBe('R1');
    expect((await poll(created.json.id, accessToken)).json.statusCode).toBe('R1');
    expect((await poll(created.json.id, accessToken)).json.statusCode).toBe('4');
  });

  it.each([
    ['payer-error', '3'],
    ['request-error', '19'],
    ['communication-error-7', '7'],
    ['communication-error-13', '13'],
    ['communication-error-14', '14'],
    ['communication-error-15', '15'],
  ])('%s answers statusCode %s with messages and no plans', async (scenario, statusCode) => {
    await start();
    const { json } = await post(ADA, scenario);
    expect(json).toMatchObject({ statusCode, plans: [] });
    expect(json.validationMessages.length).toBeGreaterThan(0);
  });

  it('member-not-found and inactive override the roster', async () => {
    await start();
    expect((await post(ADA, 'member-not-found')).json.validationMessages[0].code).toBe('75');
    expect((await post(ADA, 'inactive')).json.plans[0].statusCode).toBe('6');
  });

  it('rate limited: 429 with Retry-After, then the next request passes', async () => {
    await start({ rateLimitedResponses: 1, retryAfterSeconds: 2 });
    const accessToken = await bearer();
    const limited = await post(ADA, 'rate-limited', accessToken);
    expect(limited.response.status).toBe(429);
    expect(limited.response.headers.get('retry-after')).toBe('2');
    expect((await post(ADA, 'rate-limited', accessToken)).response.status).toBe(200);
  });

  it('slow: answers after the delay', async () => {
    await start({ slowDelayMs: 300 });
    const accessToken = await bearer();
    const started = Date.now();
    expect((await post(ADA, 'slow', accessToken)).json.statusCode).toBe('4');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('token expiry: the first poll expires the token (401); a new token gets the complete answer', async () => {
    await start();
    const first = await bearer();
    const created = await post(ADA, 'token-expiry', first);
    expect(created.response.status).toBe(202);
    expect((await poll(created.json.id, first)).response.status).toBe(401);
    expect((await poll(created.json.id, first)).response.status).toBe(401);
    expect((await poll(created.json.id, await bearer())).json.statusCode).toBe('4');
  });

  it('refuses an unknown scenario and an unknown coverage id', async () => {
    await start();
    const accessToken = await bearer();
    expect((await post(ADA, 'no-such-scenario', accessToken)).response.status).toBe(400);
    expect((await poll('999', accessToken)).response.status).toBe(404);
  });

  it('records every request with its path, headers and form', async () => {
    await start();
    await post(ADA, 'complete');
    const coverage = fake.requests.find((r) => r.path === '/availity/v1/coverages');
    expect(coverage?.form).toEqual(ADA);
    expect(coverage?.headers['x-api-mock-scenario-id']).toBe('complete');
  });
});

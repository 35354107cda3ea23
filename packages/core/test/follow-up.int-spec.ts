import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { definePlugin, OperationResults, type ClaimBatch as SdkClaimBatch, type OperationResult, type PluginDefinition, type RequestContext } from '@openrcm/sdk';
import { z } from 'zod';
import { FollowUpScheduler } from '../src/follow-up/follow-up.scheduler';
import { addDays, calendarDate } from '../src/time/calendar-date';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { eventually, startTestServer, testConfig } from './support/test-app';
import { test835 } from './support/remittance-835';
import { write277Answer } from './support/x12-277.fixture';

const DAY = 86_400_000;

/** What the fake clearinghouses saw and will answer: the next receipt's submission time, the 276s, the 277 statuses by CLM01. */
const clearinghouse = {
  submittedAt: new Date(),
  inquiries: [] as string[],
  answers: new Map<string, { category: string; code: string; entity?: string; payerClaimNumber?: string }>(),
  failures: [] as OperationResult<string>[],
};

const submitBatch = async (_context: RequestContext, batch: SdkClaimBatch) => OperationResults.success({ reference: `CH-${batch.fileName}`, submittedAt: clearinghouse.submittedAt });

/** A clearinghouse that answers 276s with a 277 echoing the trace (TRN*1 → TRN*2) and CLM01 (REF*EJ). */
const statusClearinghouse = definePlugin({
  id: 'status-clearinghouse',
  version: '1.0.0',
  sdk: '^1.3.0',
  settings: z.object({}),
  register(ctx) {
    ctx.contribute('clearinghouse-connector', {
      id: 'realtime',
      capabilities: { submitClaims: true, receiveDocuments: false, realTimeEligibility: false, claimStatus: true },
      submitBatch,
      checkClaimStatus: async (_context: RequestContext, x12: string) => {
        clearinghouse.inquiries.push(x12);
        const failure = clearinghouse.failures.shift();
        if (failure) return failure;
        const trace = /~?TRN\*1\*([^*~]+)/.exec(x12)?.[1] ?? '';
        const patientControlNumber = /REF\*EJ\*([^*~]+)/.exec(x12)?.[1] ?? '';
        const status = clearinghouse.answers.get(patientControlNumber) ?? { category: 'P1', code: '20' };
        const chargeCents = Math.round(Number(/AMT\*T3\*([^*~]+)/.exec(x12)?.[1] ?? '0') * 100);
        return OperationResults.success(
          write277Answer([{ traceNumber: trace, patientControlNumber, status, effectiveDate: '2026-11-20', chargeCents, ...(status.payerClaimNumber ? { payerClaimNumber: status.payerClaimNumber } : {}) }], 700 + clearinghouse.inquiries.length),
        );
      },
    });
  },
});

/** A clearinghouse that only submits. */
const plainClearinghouse = definePlugin({
  id: 'plain-clearinghouse',
  version: '1.0.0',
  sdk: '^1.3.0',
  settings: z.object({}),
  register(ctx) {
    ctx.contribute('clearinghouse-connector', { id: 'batch-only', capabilities: { submitClaims: true, receiveDocuments: false, realTimeEligibility: false, claimStatus: false }, submitBatch });
  },
});

const PLUGINS: Record<string, PluginDefinition> = { 'status-clearinghouse': statusClearinghouse, 'plain-clearinghouse': plainClearinghouse };

/**
 * Issue #9 item 6: claims the payer has not answered within its follow-up days go on the A/R worklist once, by the
 * daily job or on demand; a claim status inquiry (276/277) goes through the claim's connector when it can, is stored,
 * and noted on the claim's item; next-action dates on work items.
 */
describe('A/R follow-up', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;
  let practice: { locationId: string; groupId: string; doctorId: string; acmeId: string; slowId: string };
  type ClaimRef = { id: string; patientControlNumber: string };
  const claims = {} as Record<'acmeOld' | 'acmeRecent' | 'slowOld' | 'slowMid' | 'unsent', ClaimRef>;

  const DATE_OF_SERVICE = '2026-03-02';
  const post = (path: string, body: object = {}) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const put = (path: string, body: object) => admin.agent.put(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const patch = (path: string, body: object) => admin.agent.patch(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const get = (path: string) => admin.agent.get(`${base}${path}`);
  const upload = (path: string, contentType: string, body: string) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).set('content-type', contentType).send(body);
  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);
  const today = () => calendarDate(new Date(), 'America/Chicago');

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'status-clearinghouse' }, { module: 'plain-clearinghouse' }] } });
    app = await startTestServer(config, { loadPluginModule: (module) => ({ plugin: PLUGINS[module] }) });
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    await admin.agent.patch(`/api/organizations/${admin.organizationId}`).set('x-csrf-token', admin.csrf).send({ x12SubmitterId: 'RIVERSIDE01' }).expect(200);
    await upload('/reference-imports/icd10cm?effectiveDate=2025-10-01', 'text/plain', 'E119    Type 2 diabetes mellitus without complications\nI10     Essential (primary) hypertension\n').expect(201);
    await upload('/reference-imports/cpt?effectiveDate=2026-01-01', 'text/csv', 'code,description\n99213,office visit established low\n').expect(201);
    const location = await post('/locations', { name: 'Main', npi: null, addressLine1: '100 Main St', addressLine2: null, city: 'Springfield', state: 'IL', zip: '62701-1234', phone: '2175550100', placeOfServiceCode: '11', active: true }).expect(201);
    const group = await post('/providers', { kind: 'organization', name: 'Riverside Family Medicine', npi: '1234567893', taxId: '12-3456789' }).expect(201);
    const doctor = await post('/providers', { kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1679576722', taxonomy: '207Q00000X' }).expect(201);
    const acme = await post('/payers', { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI', clearinghousePluginId: 'status-clearinghouse' }).expect(201);
    expect(acme.body.followUpDays).toBe(30);
    const slow = await post('/payers', { name: 'Slow Mutual', payerId: 'SLOW1', claimFilingIndicator: 'CI', clearinghousePluginId: 'plain-clearinghouse', followUpDays: 45 }).expect(201);
    expect(slow.body.followUpDays).toBe(45);
    for (const payer of [acme, slow]) await put(`/payers/${payer.body.id}/enrollments`, { providerId: group.body.id, transaction: '837P', status: 'enrolled', effectiveFrom: '2025-01-01' }).expect(200);
    practice = { locationId: location.body.id, groupId: group.body.id, doctorId: doctor.body.id, acmeId: acme.body.id, slowId: slow.body.id };
    const master = await post('/fee-schedules', { name: 'Charge master 2026', effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    await upload(`/fee-schedules/${master.body.id}/entries/import`, 'text/csv', 'code,modifier,amount\n99213,,125.00\n').expect(200);

    // Claims delivered 40 and 10 days ago to Acme (30 days), 50 and 40 days ago to Slow Mutual (45 days), one scrubbed and never sent.
    claims.acmeOld = await submitted('Alvarez', practice.acmeId, 40);
    claims.slowOld = await submitted('Brown', practice.slowId, 50);
    claims.acmeRecent = await submitted('Chen', practice.acmeId, 10);
    claims.slowMid = await submitted('Dubois', practice.slowId, 40);
    claims.unsent = await readyClaim('Evans', practice.acmeId, false);
  });

  afterAll(async () => {
    await app.close();
  });

  /** A visit to ready-to-bill, its claim built, scrubbed and (unless told not to) released. */
  async function readyClaim(lastName: string, payerRecordId: string, release = true): Promise<ClaimRef> {
    const patient = await post('/patients', { firstName: 'Maria', lastName, birthDate: '1985-04-12', sex: 'F' }).expect(201);
    const patientId = patient.body.id as string;
    await put(`/patients/${patientId}/guarantor`, { relationship: 'self' }).expect(200);
    const coverage = await post(`/patients/${patientId}/coverages`, { payerRecordId, order: 'primary', subscriberRelationship: '18', memberId: `M${lastName.toUpperCase()}1`, effectiveFrom: '2026-01-01' }).expect(201);
    const encounter = await post('/encounters', { patientId, locationId: practice.locationId, billingProviderId: practice.groupId, renderingProviderId: practice.doctorId, dateOfService: DATE_OF_SERVICE }).expect(201);
    const encounterId = encounter.body.id as string;
    await post(`/encounters/${encounterId}/transitions`, { event: 'check-in' }).expect(200);
    await put(`/encounters/${encounterId}/patient-responsibility`, { estimateCents: 3000, method: 'verbal' }).expect(200);
    await put(`/encounters/${encounterId}/diagnoses`, { codes: ['E11.9', 'I10'] }).expect(200);
    await post(`/encounters/${encounterId}/charges`, { procedureCode: '99213', units: 1, diagnosisPointers: [1, 2] }).expect(201);
    await post(`/encounters/${encounterId}/transitions`, { event: 'document' }).expect(200);
    await put(`/encounters/${encounterId}/documentation`, { providerId: practice.doctorId, signedAt: `${DATE_OF_SERVICE}T16:00:00Z` }).expect(200);
    await post(`/encounters/${encounterId}/transitions`, { event: 'code' }).expect(200);
    await post(`/patients/${patientId}/eligibility-checks`, { coverageId: coverage.body.id, asOfDate: DATE_OF_SERVICE, method: 'portal', outcome: 'active' }).expect(201);
    await post(`/encounters/${encounterId}/transitions`, { event: 'mark-ready' }).expect(200);
    const built = await post('/claims/build', { encounterId }).expect(201);
    const claim = built.body.claims[0] as ClaimRef;
    await post(`/claims/${claim.id}/transitions`, { event: 'scrub' }).expect(200);
    if (release) await post(`/claims/${claim.id}/transitions`, { event: 'release' }).expect(200);
    return claim;
  }

  /** A ready claim submitted through its payer's clearinghouse, which receipts it `daysAgo` days ago. */
  async function submitted(lastName: string, payerRecordId: string, daysAgo: number): Promise<ClaimRef> {
    const claim = await readyClaim(lastName, payerRecordId);
    clearinghouse.submittedAt = new Date(Date.now() - daysAgo * DAY);
    const summary = await post('/claims/submit-ready').expect(200);
    expect(summary.body.batches).toHaveLength(1);
    await eventually(async () => ((await get(`/claims/${claim.id}`).expect(200)).body.state === 'submitted' ? true : undefined));
    return claim;
  }

  const itemsOf = async (claimId: string) => {
    const list = await get('/work-items').query({ recordType: 'claim', recordId: claimId, kind: 'follow-up' }).expect(200);
    return Promise.all(list.body.items.map(async (item: { id: string }) => (await get(`/work-items/${item.id}`).expect(200)).body));
  };

  it('opens nothing as of a date before any claim is past its payer’s follow-up days', async () => {
    const run = await post('/follow-up/run', { asOf: new Date(Date.now() - 15 * DAY).toISOString() }).expect(200);
    expect(run.body.opened).toEqual([]);
    expect((await get('/follow-up').expect(200)).body.total).toBe(0);
    const future = await post('/follow-up/run', { asOf: new Date(Date.now() + 2 * DAY).toISOString() }).expect(400);
    expect(future.body.errors).toEqual([{ field: 'asOf', message: 'an instant not later than now (ISO 8601)' }]);
  });

  it('the daily job puts only the claims past their payer’s days on the worklist, and asks the payer (276) where the connector can', async () => {
    clearinghouse.answers.set(claims.acmeOld.patientControlNumber, { category: 'F2', code: '88', entity: 'PR', payerClaimNumber: 'ICN-4711' });
    expect(await app.get(FollowUpScheduler).queueToday()).toBeGreaterThanOrEqual(1);
    const [job] = await eventually(async () => {
      const found = await rows<{ status: string; idempotency_key: string }>(`select status, idempotency_key from job_record where name = 'claims.follow-up' and organization_id = ?`, [admin.organizationId]);
      return found[0]?.status === 'completed' ? found : undefined;
    });
    expect(job!.idempotency_key).toBe(`follow-up:${today()}`);

    const [acmeItem] = await itemsOf(claims.acmeOld.id);
    expect(acmeItem).toMatchObject({
      kind: 'follow-up',
      category: 'claim-no-answer',
      ownerRole: 'ar',
      state: 'open',
      nextActionDate: today(),
      dueDate: addDays(today(), 7),
      title: `Claim ${claims.acmeOld.patientControlNumber}: no answer from Acme Health 40 days after submission`,
    });
    expect(acmeItem.notes[0].body).toContain('Acme Health expects an answer within 30 days and no remittance has come');
    const [slowItem] = await itemsOf(claims.slowOld.id);
    expect(slowItem).toMatchObject({ category: 'claim-no-answer', title: `Claim ${claims.slowOld.patientControlNumber}: no answer from Slow Mutual 50 days after submission` });
    // 10 days (Acme, 30) and 40 days (Slow Mutual, 45) are within the payer's days; the unsent claim is not waiting.
    for (const claim of [claims.acmeRecent, claims.slowMid, claims.unsent]) expect(await itemsOf(claim.id)).toEqual([]);

    // The 276 went to Acme's connector only, about the claim as sent, and its 277 was stored and noted.
    expect(clearinghouse.inquiries).toHaveLength(1);
    expect(clearinghouse.inquiries[0]).toContain(`REF*EJ*${claims.acmeOld.patientControlNumber}~`);
    expect(clearinghouse.inquiries[0]).toContain('AMT*T3*125~');
    expect(clearinghouse.inquiries[0]).toContain('NM1*IL*1*Alvarez*Maria****MI*MALVAREZ1~');
    const stored = await rows<{ outcome: string; status_category: string; status_code: string; status_entity: string; effective_date: string; payer_claim_number: string; trace_number: string; request_file_id: string; response_file_id: string }>(
      `select * from claim_status_inquiry where claim_id = ?`,
      [claims.acmeOld.id],
    );
    expect(stored).toEqual([
      expect.objectContaining({ outcome: 'answered', status_category: 'F2', status_code: '88', status_entity: 'PR', effective_date: '2026-11-20', payer_claim_number: 'ICN-4711' }),
    ]);
    const files = await rows<{ id: string; direction: string; kind: string; content: string; processed_at: Date | null }>(`select id, direction, kind, content, processed_at from x12_file where id in (?, ?) order by direction`, [
      stored[0]!.request_file_id,
      stored[0]!.response_file_id,
    ]);
    expect(files.map((file) => [file.direction, file.kind])).toEqual([['in', '277'], ['out', '276']]);
    expect(files[0]!.processed_at).not.toBeNull();
    expect(files[1]!.content).not.toContain(`TRN*1*${stored[0]!.trace_number}`); // encrypted at rest
    const [acmeAfter] = await itemsOf(claims.acmeOld.id);
    expect(acmeAfter.notes).toHaveLength(2);
    expect(acmeAfter.notes[1].body).toContain('F2 finalized/denial: the claim has been denied — status code 88 (payer); effective 2026-11-20; payer claim number ICN-4711.');
    expect(acmeAfter.notes[1].body).toContain('The payer reports the claim denied; the claim stays as it is');
    // Information only: the claim's workflow does not move on a 277.
    expect((await get(`/claims/${claims.acmeOld.id}`).expect(200)).body.state).toBe('submitted');
    expect(slowItem.notes).toHaveLength(1);
  });

  it('opens each item once, whether by the job or the route, however often it runs', async () => {
    expect(await app.get(FollowUpScheduler).queueToday()).toBe(0);
    const again = await post('/follow-up/run').expect(200);
    expect(again.body.opened).toEqual([]);
    const counts = await rows<{ record_id: string; n: string | number }>(
      `select record_id, count(*) as n from work_item where organization_id = ? and category = 'claim-no-answer' group by record_id order by record_id`,
      [admin.organizationId],
    );
    expect(counts.map((row) => [row.record_id, Number(row.n)])).toEqual([[claims.acmeOld.id, 1], [claims.slowOld.id, 1]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    expect(clearinghouse.inquiries).toHaveLength(1);
  });

  it('lists the worklist by age, filtered by payer, with the last inquiry in words', async () => {
    const list = await get('/follow-up').expect(200);
    expect(list.body).toMatchObject({ total: 2, limit: 50, nextCursor: null });
    expect(list.body.items.map((row: { claimId: string }) => row.claimId)).toEqual([claims.slowOld.id, claims.acmeOld.id]);
    expect(list.body.items[0]).toMatchObject({ payerName: 'Slow Mutual', followUpDays: 45, daysSinceSubmission: 50, claimState: 'submitted', totalChargeCents: 12500, lastInquiry: null });
    expect(list.body.items[1]).toMatchObject({
      payerRecordId: practice.acmeId,
      daysSinceSubmission: 40,
      nextActionDate: today(),
      lastInquiry: { outcome: 'answered', statusCategory: 'F2', statusCode: '88', meaning: 'denied', effectiveDate: '2026-11-20' },
    });
    const youngest = await get('/follow-up').query({ sort: 'age' }).expect(200);
    expect(youngest.body.items.map((row: { claimId: string }) => row.claimId)).toEqual([claims.acmeOld.id, claims.slowOld.id]);
    const acmeOnly = await get('/follow-up').query({ payerRecordId: practice.acmeId }).expect(200);
    expect(acmeOnly.body).toMatchObject({ total: 1, items: [{ claimId: claims.acmeOld.id }] });
    const first = await get('/follow-up').query({ limit: 1 }).expect(200);
    expect(first.body).toMatchObject({ total: 2, items: [{ claimId: claims.slowOld.id }], nextCursor: expect.any(String) });
    const paged = await get('/follow-up').query({ limit: 1, after: first.body.nextCursor }).expect(200);
    expect(paged.body).toMatchObject({ total: 2, items: [{ claimId: claims.acmeOld.id }], nextCursor: null });
    const badSort = await get('/follow-up').query({ sort: 'patient' }).expect(400);
    expect(badSort.body.errors).toEqual([{ field: 'sort', message: "'patient' is not sortable; sort by age, nextActionDate, dueDate" }]);
  });

  it('asks about a claim on demand, notes the answer on its one item, and records a refusal of the clearinghouse', async () => {
    const asked = await post(`/claims/${claims.acmeOld.id}/status-inquiries`).expect(201);
    expect(asked.body).toMatchObject({ outcome: 'answered', statusCategory: 'F2', meaning: 'denied', pluginId: 'status-clearinghouse', payerClaimNumber: 'ICN-4711' });
    clearinghouse.failures.push(OperationResults.failure('payer ACME1 does not answer 276s on weekends', { code: 'NA' }));
    const refused = await post(`/claims/${claims.acmeOld.id}/status-inquiries`).expect(201);
    expect(refused.body).toMatchObject({ outcome: 'failed', statusCategory: null, error: 'the clearinghouse refused the inquiry: payer ACME1 does not answer 276s on weekends (NA)', responseFileId: null });
    const items = await itemsOf(claims.acmeOld.id);
    expect(items).toHaveLength(1);
    expect(items[0].id).toBe(asked.body.workItemId);
    expect(items[0].notes).toHaveLength(4);
    expect(items[0].notes[3].body).toMatch(/no status\. the clearinghouse refused the inquiry: payer ACME1 does not answer 276s on weekends \(NA\)$/);
    const history = await get(`/claims/${claims.acmeOld.id}/status-inquiries`).expect(200);
    expect(history.body.items.map((inquiry: { outcome: string }) => inquiry.outcome)).toEqual(['failed', 'answered', 'answered']);

    // A claim asked about before it is past its days gets its follow-up item with the answer.
    clearinghouse.answers.set(claims.acmeRecent.patientControlNumber, { category: 'P1', code: '20' });
    const pending = await post(`/claims/${claims.acmeRecent.id}/status-inquiries`).expect(201);
    expect(pending.body).toMatchObject({ outcome: 'answered', statusCategory: 'P1', meaning: 'pending', description: 'P1 pending: in process — accepted for processing' });
    const [recentItem] = await itemsOf(claims.acmeRecent.id);
    expect(recentItem.notes[1].body).toContain('P1 pending: in process — accepted for processing; effective 2026-11-20.');
  });

  it('refuses an inquiry the claim’s connector cannot send, or about a claim never sent, naming why', async () => {
    const calls = clearinghouse.inquiries.length;
    const refused = await post(`/claims/${claims.slowOld.id}/status-inquiries`).expect(409);
    expect(refused.body.detail).toBe(
      'clearinghouse connector batch-only of plugin plain-clearinghouse does not answer claim status inquiries (276/277): ask the payer by phone or portal and note the answer on the follow-up item',
    );
    const unsent = await post(`/claims/${claims.unsent.id}/status-inquiries`).expect(409);
    expect(unsent.body.detail).toBe(`claim ${claims.unsent.patientControlNumber} has not been delivered to a clearinghouse: there is no status to ask for`);
    expect(clearinghouse.inquiries.length).toBe(calls);
    expect(await rows(`select id from claim_status_inquiry where claim_id in (?, ?)`, [claims.slowOld.id, claims.unsent.id])).toEqual([]);

    // A run puts such a claim on the worklist all the same, and says why it asked nothing.
    const late = await submitted('Fischer', practice.slowId, 46);
    const run = await post('/follow-up/run').expect(200);
    expect(run.body.opened).toEqual([
      {
        workItemId: expect.any(String),
        claimId: late.id,
        patientControlNumber: late.patientControlNumber,
        payerName: 'Slow Mutual',
        submittedAt: expect.any(String),
        inquiryRefused: expect.stringContaining('clearinghouse connector batch-only of plugin plain-clearinghouse does not answer claim status inquiries (276/277)'),
      },
    ]);
    expect(clearinghouse.inquiries.length).toBe(calls);
    expect(await itemsOf(late.id)).toHaveLength(1);
  });

  it('sets, filters by and clears the next-action date of a work item', async () => {
    const [item] = await itemsOf(claims.slowOld.id);
    const set = await patch(`/work-items/${item.id}`, { nextActionDate: '2026-12-15' }).expect(200);
    expect(set.body).toMatchObject({ id: item.id, nextActionDate: '2026-12-15', state: 'open' });
    const before16 = await get('/work-items').query({ nextActionBefore: '2026-12-16', recordId: claims.slowOld.id }).expect(200);
    expect(before16.body.items.map((row: { id: string }) => row.id)).toEqual([item.id]);
    const before15 = await get('/work-items').query({ nextActionBefore: '2026-12-15', recordId: claims.slowOld.id }).expect(200);
    expect(before15.body.total).toBe(0);
    const bySort = await get('/follow-up').query({ sort: '-nextActionDate' }).expect(200);
    expect(bySort.body.items[0]).toMatchObject({ claimId: claims.slowOld.id, nextActionDate: '2026-12-15' });
    const bad = await patch(`/work-items/${item.id}`, { nextActionDate: '2026-02-30' }).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'nextActionDate', message: expect.any(String) }]);
    const cleared = await patch(`/work-items/${item.id}`, { nextActionDate: null }).expect(200);
    expect(cleared.body.nextActionDate).toBeNull();
    const badFilter = await get('/work-items').query({ nextActionBefore: 'soon' }).expect(400);
    expect(badFilter.body.errors).toEqual([{ field: 'nextActionBefore', message: expect.any(String) }]);
  });

  it('resolves a claim’s follow-up item when a remittance posts a payment of the claim, naming the remittance', async () => {
    const [before] = await itemsOf(claims.acmeOld.id);
    expect(before.state).toBe('open');
    const refused = await post(`/work-items/${before.id}/transitions`, { event: 'answer', note: 'paid' }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'event', message: expect.stringContaining('Invalid option') }]);
    const view = await get(`/claims/${claims.acmeOld.id}`).expect(200);
    const x12 = test835({
      trace: 'EFT-FOLLOWUP-1',
      claims: [{ pcn: claims.acmeOld.patientControlNumber, charge: 12500, paid: 10000, lines: [{ control: view.body.lines[0].lineItemControlNumber, code: '99213', charge: 12500, paid: 10000, cas: [['CO', '45', 2500]] }] }],
    });
    const posted = await upload('/remittances', 'text/plain', x12).expect(200);
    expect(posted.body.postings).toEqual([expect.objectContaining({ outcome: 'posted', claimPayments: 1 })]);
    const remittanceId = posted.body.postings[0].remittanceId as string;

    const [after] = await itemsOf(claims.acmeOld.id);
    const answer = `The payer answered: remittance EFT-FOLLOWUP-1 from ACME HEALTH (received ${today()}, id ${remittanceId}) posted a claim payment of claim ${claims.acmeOld.patientControlNumber} with status 1.`;
    expect(after).toMatchObject({ id: before.id, state: 'resolved', resolutionNote: answer });
    expect(after.notes.at(-1).body).toBe(`[answer] ${answer}`);
    expect((await get('/follow-up').expect(200)).body.items.map((row: { claimId: string }) => row.claimId)).not.toContain(claims.acmeOld.id);
    // The other claims' items wait on.
    const [slow] = await itemsOf(claims.slowOld.id);
    expect(slow.state).toBe('open');
  });

  it('keeps the worklist and the inquiries to their organization', async () => {
    const other = await signInAsNewAdmin(app);
    const otherBase = `/api/organizations/${other.organizationId}`;
    expect((await other.agent.get(`${otherBase}/follow-up`).expect(200)).body.total).toBe(0);
    await other.agent.post(`${otherBase}/claims/${claims.acmeOld.id}/status-inquiries`).set('x-csrf-token', other.csrf).expect(404);
    await other.agent.get(`${otherBase}/claims/${claims.acmeOld.id}/status-inquiries`).expect(404);
  });
});

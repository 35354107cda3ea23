import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { definePlugin, OperationResults, type ClaimBatch as SdkClaimBatch, type InboundDocument, type OperationResult, type RequestContext, type SubmissionReceipt } from '@openrcm/sdk';
import { write277CA, write999, type Acknowledgment999, type ClaimAcknowledgmentItem, type EnvelopeOptions } from '@openrcm/x12';
import { z } from 'zod';
import { runInAuditScope } from '../src/audit/audit-scope';
import { ClaimSubmissionService } from '../src/submissions/claim-submission.service';
import { InboundFetchScheduler } from '../src/submissions/inbound-fetch.scheduler';
import { index837P } from '../src/submissions/x12-837p.index';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { eventually, startTestServer, testConfig } from './support/test-app';

/** The fake clearinghouse: idempotent per batch id like a real connector, failing on demand, with an inbox the test fills. */
const clearinghouse = {
  delivered: new Map<string, { fileName: string; x12: string; receipt: SubmissionReceipt }>(),
  calls: [] as string[],
  failures: [] as OperationResult<SubmissionReceipt>[],
  inbox: [] as InboundDocument[],
};

const fakeClearinghouse = definePlugin({
  id: 'fake-clearinghouse',
  version: '1.0.0',
  sdk: '^1.3.0',
  settings: z.object({}),
  register(ctx) {
    ctx.contribute('clearinghouse-connector', {
      id: 'fake',
      capabilities: { submitClaims: true, receiveDocuments: true, realTimeEligibility: false, claimStatus: false },
      submitBatch: async (_context: RequestContext, batch: SdkClaimBatch) => {
        clearinghouse.calls.push(batch.batchId);
        const failure = clearinghouse.failures.shift();
        if (failure) return failure;
        const known = clearinghouse.delivered.get(batch.batchId);
        if (known) return OperationResults.success(known.receipt);
        const receipt = { reference: `CH-${batch.fileName}`, submittedAt: new Date('2026-11-30T10:00:00Z') };
        clearinghouse.delivered.set(batch.batchId, { fileName: batch.fileName, x12: batch.x12, receipt });
        return OperationResults.success(receipt);
      },
      fetchInbound: async () => OperationResults.success(clearinghouse.inbox.splice(0)),
    });
  },
});

const ENVELOPE: EnvelopeOptions = { sender: { qualifier: 'ZZ', id: 'ACME1' }, receiver: { qualifier: 'ZZ', id: 'RIVERSIDE01' }, date: '2026-11-30', time: '10:30' };
let nextNumber = 500;
const numbers = () => ({ interchange: ++nextNumber, group: nextNumber, transaction: 1 });

/**
 * Issue #8 items 3 and 5: ready claims submitted as one 837P batch per payer through a clearinghouse connector (once,
 * with retries), and the 999 and 277CA taken in and applied to the claims, with work items naming what to fix.
 */
describe('claim submission and acknowledgments', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;
  let practice: { locationId: string; groupIds: string[]; doctorId: string; payerId: string; manualPayerId: string };

  const DATE_OF_SERVICE = '2026-03-02';
  const post = (path: string, body: object = {}) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const put = (path: string, body: object) => admin.agent.put(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const get = (path: string) => admin.agent.get(`${base}${path}`);
  const upload = (path: string, contentType: string, body: string) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).set('content-type', contentType).send(body);
  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'fake-clearinghouse' }] } });
    app = await startTestServer(config, { loadPluginModule: () => ({ plugin: fakeClearinghouse }) });
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    await admin.agent.patch(`/api/organizations/${admin.organizationId}`).set('x-csrf-token', admin.csrf).send({ x12SubmitterId: 'RIVERSIDE01' }).expect(200);
    await upload('/reference-imports/icd10cm?effectiveDate=2025-10-01', 'text/plain', 'E119    Type 2 diabetes mellitus without complications\nI10     Essential (primary) hypertension\n').expect(201);
    await upload('/reference-imports/cpt?effectiveDate=2026-01-01', 'text/csv', 'code,description\n99213,office visit established low\n').expect(201);
    const location = await post('/locations', { name: 'Main', npi: null, addressLine1: '100 Main St', addressLine2: null, city: 'Springfield', state: 'IL', zip: '62701-1234', phone: '2175550100', placeOfServiceCode: '11', active: true }).expect(201);
    const groupA = await post('/providers', { kind: 'organization', name: 'Riverside Family Medicine', npi: '1234567893', taxId: '12-3456789' }).expect(201);
    const groupB = await post('/providers', { kind: 'organization', name: 'Riverside Physical Therapy', npi: '1245319599', taxId: '98-7654321' }).expect(201);
    const doctor = await post('/providers', { kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1679576722', taxonomy: '207Q00000X' }).expect(201);
    const payer = await post('/payers', { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI', clearinghousePluginId: 'fake-clearinghouse' }).expect(201);
    const manual = await post('/payers', { name: 'Local Mutual', payerId: 'LOCAL1', claimFilingIndicator: 'CI' }).expect(201);
    for (const group of [groupA, groupB]) {
      for (const payerRow of [payer, manual]) await put(`/payers/${payerRow.body.id}/enrollments`, { providerId: group.body.id, transaction: '837P', status: 'enrolled', effectiveFrom: '2025-01-01' }).expect(200);
    }
    practice = { locationId: location.body.id, groupIds: [groupA.body.id, groupB.body.id], doctorId: doctor.body.id, payerId: payer.body.id, manualPayerId: manual.body.id };
    const master = await post('/fee-schedules', { name: 'Charge master 2026', effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    await upload(`/fee-schedules/${master.body.id}/entries/import`, 'text/csv', 'code,modifier,amount\n99213,,125.00\n').expect(200);
  });

  afterAll(async () => {
    await app.close();
  });

  /** A visit to ready-to-bill, its claim built, scrubbed and released: the claim, ready. */
  async function readyClaim(lastName: string, options: { group?: number; payerRecordId?: string; release?: boolean } = {}): Promise<{ id: string; patientControlNumber: string }> {
    const patient = await post('/patients', { firstName: 'Maria', lastName, birthDate: '1985-04-12', sex: 'F' }).expect(201);
    const patientId = patient.body.id as string;
    await put(`/patients/${patientId}/guarantor`, { relationship: 'self' }).expect(200);
    const coverage = await post(`/patients/${patientId}/coverages`, {
      payerRecordId: options.payerRecordId ?? practice.payerId,
      order: 'primary',
      subscriberRelationship: '18',
      memberId: `ACM${Math.random().toString().slice(2, 11)}`,
      effectiveFrom: '2026-01-01',
    }).expect(201);
    const encounter = await post('/encounters', {
      patientId,
      locationId: practice.locationId,
      billingProviderId: practice.groupIds[options.group ?? 0],
      renderingProviderId: practice.doctorId,
      dateOfService: DATE_OF_SERVICE,
    }).expect(201);
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
    const claim = built.body.claims[0] as { id: string; patientControlNumber: string };
    if (options.release !== false) {
      await post(`/claims/${claim.id}/transitions`, { event: 'scrub' }).expect(200);
      await post(`/claims/${claim.id}/transitions`, { event: 'release' }).expect(200);
    }
    return claim;
  }

  const claimOf = async (id: string) => (await get(`/claims/${id}`).expect(200)).body;
  const itemsOf = async (claimId: string) => {
    const list = await get('/work-items').query({ recordType: 'claim', recordId: claimId }).expect(200);
    return Promise.all(list.body.items.map(async (item: { id: string }) => (await get(`/work-items/${item.id}`).expect(200)).body));
  };
  const batchSubmitted = (batchId: string) => eventually(async () => {
    const batch = (await get(`/claim-batches/${batchId}`).expect(200)).body;
    return batch.state === 'pending' ? undefined : batch;
  });

  let claims: { a1: { id: string; patientControlNumber: string }; a2: { id: string; patientControlNumber: string }; b1: { id: string; patientControlNumber: string } };
  let batch: { id: string; groupControlNumber: string; fileName: string };

  it('submits the ready claims as one batch per payer, reports the payer without a clearinghouse, and moves the claims to submitted', async () => {
    claims = { a1: await readyClaim('Alvarez'), a2: await readyClaim('Brown'), b1: await readyClaim('Chen', { group: 1 }) };
    const manual = await readyClaim('Dubois', { payerRecordId: practice.manualPayerId });
    const draft = await readyClaim('Evans', { release: false });

    const summary = await post('/claims/submit-ready').expect(200);
    expect(summary.body.batches).toHaveLength(1);
    expect(summary.body.batches[0]).toMatchObject({ payerRecordId: practice.payerId, payerName: 'Acme Health', pluginId: 'fake-clearinghouse', claimCount: 3 });
    expect(summary.body.notSubmitted).toEqual([
      { payerRecordId: practice.manualPayerId, payerName: 'Local Mutual', claimIds: [manual.id], reason: 'payer Local Mutual has no clearinghouse: set its clearinghousePluginId' },
    ]);
    // A second call before the job ran (or after) writes no second batch of the same claims.
    const again = await post('/claims/submit-ready').expect(200);
    expect(again.body.batches).toEqual([]);

    batch = await batchSubmitted(summary.body.batches[0].batchId);
    expect(batch).toMatchObject({ state: 'submitted', reference: `CH-${batch.fileName}`, submittedAt: '2026-11-30T10:00:00.000Z', lastError: null });
    expect(batch.fileName).toBe(`${(batch as unknown as { interchangeControlNumber: string }).interchangeControlNumber}.837p.x12`);
    const sent = clearinghouse.delivered.get(batch.id);
    const index = index837P(sent!.x12);
    expect(index.groupControlNumber).toBe(batch.groupControlNumber);
    expect(index.transactions.flatMap((set) => set.patientControlNumbers).sort()).toEqual([claims.a1, claims.a2, claims.b1].map((claim) => claim.patientControlNumber).sort());
    expect(index.transactions).toHaveLength(2);
    for (const claim of Object.values(claims)) expect((await claimOf(claim.id)).state).toBe('submitted');
    expect((await claimOf(manual.id)).state).toBe('ready');
    expect((await claimOf(draft.id)).state).toBe('draft');

    const [archived] = await rows<{ sha256: string; content: string; kind: string; byte_size: number }>(`select sha256, content, kind, byte_size from x12_file where batch_id = ? and direction = 'out'`, [batch.id]);
    expect(archived).toMatchObject({ kind: '837P', byte_size: Buffer.byteLength(sent!.x12) });
    expect(archived!.content).not.toContain('Alvarez');
    const listed = await get('/claim-batches').query({ state: 'submitted' }).expect(200);
    expect(listed.body).toMatchObject({ total: 1, items: [{ id: batch.id }] });
  }, 120_000);

  it('sends a batch once however often its job runs', async () => {
    const calls = clearinghouse.calls.length;
    const submissions = app.get(ClaimSubmissionService);
    const context: RequestContext = { organizationId: admin.organizationId, actor: { type: 'system', id: 'test' }, roles: [], correlationId: 'rerun' };
    const outcome = await app.get(MikroORM).em.fork().transactional(() => runInAuditScope(context, null, () => submissions.sendBatch(context, batch.id)));
    expect(outcome).toBe('already-done');
    expect(clearinghouse.calls.length).toBe(calls);
    expect([...clearinghouse.delivered.keys()].filter((id) => id === batch.id)).toHaveLength(1);
  });

  it('retries a retryable exception and fails the batch on a refusal, leaving its claims ready with a work item', async () => {
    const retried = await readyClaim('Fischer');
    clearinghouse.failures.push(OperationResults.exception('connection reset', true));
    const first = await post('/claims/submit-ready').expect(200);
    const done = await batchSubmitted(first.body.batches[0].batchId);
    expect(done.state).toBe('submitted');
    expect(clearinghouse.calls.filter((id) => id === done.id)).toHaveLength(2);
    const [job] = await rows<{ attempts: number; status: string }>(`select attempts, status from job_record where name = 'claims.submit-batch' and idempotency_key = ?`, [done.id]);
    expect(job).toEqual({ attempts: 2, status: 'completed' });
    expect((await claimOf(retried.id)).state).toBe('submitted');

    const refused = await readyClaim('Garcia');
    clearinghouse.failures.push(OperationResults.failure('submitter id RIVERSIDE01 is not enrolled', { code: 'ENR' }));
    const second = await post('/claims/submit-ready').expect(200);
    const failed = await batchSubmitted(second.body.batches[0].batchId);
    expect(failed).toMatchObject({ state: 'failed', lastError: 'the clearinghouse refused the batch: submitter id RIVERSIDE01 is not enrolled (ENR)' });
    expect((await claimOf(refused.id)).state).toBe('ready');
    const items = await get('/work-items').query({ recordType: 'claim-batch', recordId: failed.id }).expect(200);
    expect(items.body.items).toMatchObject([{ kind: 'follow-up', ownerRole: 'biller', title: `Claim batch ${failed.fileName} to Acme Health was not submitted` }]);
  });

  it("applies a 999: the accepted set's claims acknowledged, the rejected set's claims rejected with a work item naming the field", async () => {
    const index = index837P(clearinghouse.delivered.get(batch.id)!.x12);
    const setOf = (number: string) => index.transactions.find((set) => set.patientControlNumbers.includes(number))!.controlNumber;
    const ack: Acknowledgment999 = {
      controlNumber: '0001',
      group: { functionalId: 'HC', controlNumber: batch.groupControlNumber, version: '005010X222A1' },
      transactions: [
        { setId: '837', controlNumber: setOf(claims.a1.patientControlNumber), segmentErrors: [], status: 'A', statusLabel: 'accepted', errorCodes: [], claimIds: [] },
        {
          setId: '837',
          controlNumber: setOf(claims.b1.patientControlNumber),
          segmentErrors: [
            { segmentId: 'NM1', position: 20, loopId: '2010BA', code: '8', contexts: [{ name: 'CLM01', value: claims.b1.patientControlNumber }], elementErrors: [{ position: 9, code: '6', badValue: 'ACM#1', contexts: [] }] },
          ],
          status: 'R',
          statusLabel: 'rejected',
          errorCodes: ['5'],
          claimIds: [claims.b1.patientControlNumber],
        },
      ],
      groupStatus: 'P',
      groupStatusLabel: 'partially-accepted',
      includedCount: 2,
      receivedCount: 2,
      acceptedCount: 1,
      groupErrorCodes: [],
    };
    const x12 = write999([ack], ENVELOPE, numbers());
    clearinghouse.inbox.push({ reference: 'a.999', kind: '999', x12, receivedAt: new Date() });
    const fetched = await post('/claims/fetch-inbound').expect(200);
    expect(fetched.body.connectors).toEqual([{ pluginId: 'fake-clearinghouse', status: 'SUCCESS', received: 1, duplicates: 0 }]);
    expect(fetched.body.files).toMatchObject([{ kind: '999', fileName: 'a.999', outcome: 'applied' }]);
    expect((await claimOf(claims.a1.id)).state).toBe('acknowledged');
    expect((await claimOf(claims.a2.id)).state).toBe('acknowledged');
    expect((await claimOf(claims.b1.id)).state).toBe('rejected');
    const [item] = await itemsOf(claims.b1.id);
    expect(item).toMatchObject({ kind: 'follow-up', category: 'claim-rejection', ownerRole: 'biller', title: `Claim ${claims.b1.patientControlNumber} rejected by the clearinghouse (999)` });
    expect(item.notes[0].body).toContain('subscriber member id — NM109 in loop 2010BA at segment 20: invalid character in data element (value sent: "ACM#1")');
    expect(await itemsOf(claims.a1.id)).toEqual([]);

    // The same file again (another name, same content) is ignored.
    clearinghouse.inbox.push({ reference: 'a-again.999', kind: '999', x12, receivedAt: new Date() });
    const duplicate = await post('/claims/fetch-inbound').expect(200);
    expect(duplicate.body).toEqual({ connectors: [{ pluginId: 'fake-clearinghouse', status: 'SUCCESS', received: 0, duplicates: 1 }], files: [] });
    expect(await itemsOf(claims.b1.id)).toHaveLength(1);
  });

  it("applies a 277CA: A2 accepts with the payer's claim number, A7 rejects with a work item naming the field to fix", async () => {
    const item = (claim: { patientControlNumber: string }, status: ClaimAcknowledgmentItem['status'], extra: Partial<ClaimAcknowledgmentItem> = {}): ClaimAcknowledgmentItem => ({
      patientControlNumber: claim.patientControlNumber,
      patient: { lastName: 'Patient', memberId: 'ACM1' },
      status,
      chargeCents: 12500,
      serviceDate: DATE_OF_SERVICE,
      ...extra,
    });
    const x12 = write277CA(
      [
        {
          referenceId: 'R1',
          createdDate: '2026-11-30',
          createdTime: '11:00',
          payer: { name: 'Acme Health', id: 'ACME1' },
          receiver: { name: 'Riverside', id: 'RIVERSIDE01' },
          provider: { name: 'Riverside Family Medicine', npi: '1234567893' },
          receivedDate: '2026-11-30',
          claims: [
            item(claims.a1, { category: 'A2', code: '20' }, { payerClaimControlNumber: 'PCN-777' }),
            item(claims.a2, { category: 'A7', code: '164', entity: 'IL' }, { message: '2010BA NM109 member id not found' }),
          ],
        },
      ],
      ENVELOPE,
      numbers(),
    );
    clearinghouse.inbox.push({ reference: 'a.277ca', kind: '277CA', x12, receivedAt: new Date() });
    await post('/claims/fetch-inbound').expect(200);
    expect(await claimOf(claims.a1.id)).toMatchObject({ state: 'accepted', payerClaimNumber: 'PCN-777' });
    expect((await claimOf(claims.a2.id)).state).toBe('rejected');
    const [rejection] = await itemsOf(claims.a2.id);
    expect(rejection.title).toBe(`Claim ${claims.a2.patientControlNumber} rejected by the payer (277CA): fix the subscriber's member id on the coverage (837P 2010BA NM109)`);
    expect(rejection.notes[0].body).toContain("A7 rejected for invalid information: entity's contract/member number (subscriber)");
    expect(rejection.notes[0].body).toContain("Payer's message: 2010BA NM109 member id not found.");
  });

  it('keeps an unreadable file with its error, and an 835 with no transaction with its own', async () => {
    clearinghouse.inbox.push({ reference: 'broken.999', kind: '999', x12: 'this is not X12', receivedAt: new Date() });
    clearinghouse.inbox.push({ reference: 'pay.835', kind: '835', x12: 'ISA*00*          *00*          *ZZ*ACME1          *ZZ*RIVERSIDE01    *261130*1200*^*00501*000000901*0*P*:~IEA*0*000000901~', receivedAt: new Date() });
    const fetched = await post('/claims/fetch-inbound').expect(200);
    expect(fetched.body.files).toMatchObject([
      { kind: '999', fileName: 'broken.999', outcome: 'unreadable' },
      { kind: '835', fileName: 'pay.835', outcome: 'unreadable' },
    ]);
    const files = await rows<{ file_name: string; processed_at: Date | null; processing_error: string | null }>(
      `select file_name, processed_at, processing_error from x12_file where direction = 'in' and file_name in ('broken.999', 'pay.835') order by file_name`,
    );
    expect(files[0]).toMatchObject({ file_name: 'broken.999', processed_at: null });
    expect(files[0]!.processing_error).toMatch(/^999: /);
    expect(files[1]).toMatchObject({ file_name: 'pay.835', processed_at: null });
    expect(files[1]!.processing_error).toContain('no 835 transaction (ST*835) in the file');
  });

  it('queues one inbound fetch per organization and five-minute slot, however often it is asked', async () => {
    const scheduler = app.get(InboundFetchScheduler);
    const slot = new Date('2026-11-30T10:01:00Z');
    expect(await scheduler.queueSlot(slot)).toBeGreaterThanOrEqual(1);
    expect(await scheduler.queueSlot(new Date('2026-11-30T10:04:59Z'))).toBe(0);
    const jobs = await rows<{ idempotency_key: string }>(`select idempotency_key from job_record where name = 'claims.fetch-inbound' and organization_id = ?`, [admin.organizationId]);
    expect(jobs).toEqual([{ idempotency_key: 'fetch:2026-11-30T10:00:00.000Z' }]);
    expect(await scheduler.queueSlot(new Date('2026-11-30T10:05:00Z'))).toBeGreaterThanOrEqual(1);
  });

  it('lists claims not submitted within the window as late, and keeps batches to their organization', async () => {
    const late = await get('/claims/late-submissions').expect(200);
    expect(late.body.submitWithinHours).toBe(72);
    const states = late.body.items.map((claim: { state: string }) => claim.state);
    expect(states.length).toBeGreaterThanOrEqual(2);
    expect(states.every((state: string) => ['draft', 'scrubbed', 'ready'].includes(state))).toBe(true);
    expect(late.body.items[0]).toMatchObject({ dateOfService: DATE_OF_SERVICE });
    expect(late.body.items[0].hoursSinceService).toBeGreaterThan(72);

    const other = await signInAsNewAdmin(app);
    await other.agent.get(`/api/organizations/${other.organizationId}/claim-batches/${batch.id}`).expect(404);
    expect((await other.agent.get(`/api/organizations/${other.organizationId}/claim-batches`).expect(200)).body.total).toBe(0);
  });
});

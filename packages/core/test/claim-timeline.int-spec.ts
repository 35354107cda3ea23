import type { INestApplication } from '@nestjs/common';
import { definePlugin, OperationResults, type ClaimBatch as SdkClaimBatch, type SubmissionReceipt } from '@openrcm/sdk';
import { write277CA, write999, type ClaimAcknowledgmentItem, type EnvelopeOptions } from '@openrcm/x12';
import { z } from 'zod';
import { index837P } from '../src/submissions/x12-837p.index';
import { BillingPractice, DATE_OF_SERVICE, type SubmittedClaim } from './support/billing-practice';
import { test835 } from './support/remittance-835';
import { eventually, startTestServer, testConfig } from './support/test-app';

/** A clearinghouse that takes every batch and keeps what it was sent; its answers are uploaded by the test. */
const sent = new Map<string, string>();
const clearinghouse = definePlugin({
  id: 'timeline-clearinghouse',
  version: '1.0.0',
  sdk: '^1.3.0',
  settings: z.object({}),
  register(ctx) {
    ctx.contribute('clearinghouse-connector', {
      id: 'timeline',
      capabilities: { submitClaims: true, receiveDocuments: false, realTimeEligibility: false, claimStatus: false },
      submitBatch: async (_context, batch: SdkClaimBatch) => {
        sent.set(batch.batchId, batch.x12);
        return OperationResults.success<SubmissionReceipt>({ reference: `CH-${batch.fileName}`, submittedAt: new Date() });
      },
    });
  },
});

const ENVELOPE: EnvelopeOptions = { sender: { qualifier: 'ZZ', id: 'ACME1' }, receiver: { qualifier: 'ZZ', id: 'RIVERSIDE01' }, date: '2026-11-30', time: '10:30' };
let interchange = 700;
/** Each test drives visits through build, batch, acknowledgments and posting over the API. */
const FLOW_TIMEOUT = 120_000;
const numbers = () => ({ interchange: ++interchange, group: interchange, transaction: 1 });

interface Entry {
  kind: string;
  at: string;
  [field: string]: unknown;
}

/**
 * Issue #10: a claim's timeline, assembled from its transitions, files, remittances and ledger entries, newest first;
 * and the rejected claim worked to a corrected new original.
 */
describe('claim timeline', () => {
  let app: INestApplication;
  let practice: BillingPractice;

  const uploadAcknowledgment = (x12: string, fileName: string) =>
    practice.admin.agent.post(`${practice.base}/claims/acknowledgments`).query({ fileName }).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(x12);
  const timelineOf = async (claimId: string): Promise<Entry[]> => (await practice.get(`/claims/${claimId}/timeline`).expect(200)).body.entries;

  /** A ready claim submitted through the clearinghouse: the claim and its batch's group control number and set of the claim. */
  async function submitThroughBatch(lastName: string): Promise<{ claim: SubmittedClaim; group: string; set: string }> {
    const claim = await practice.submittedClaim(lastName, { submit: false });
    const summary = await practice.post('/claims/submit-ready').expect(200);
    const batchId = summary.body.batches[0].batchId as string;
    const batch = await eventually(async () => {
      const body = (await practice.get(`/claim-batches/${batchId}`).expect(200)).body;
      return body.state === 'submitted' ? body : undefined;
    });
    const set = index837P(sent.get(batchId)!).transactions.find((candidate) => candidate.patientControlNumbers.includes(claim.patientControlNumber))!.controlNumber;
    return { claim, group: batch.groupControlNumber, set };
  }

  const accepted999 = (group: string, set: string) =>
    write999(
      [
        {
          controlNumber: '0001',
          group: { functionalId: 'HC', controlNumber: group, version: '005010X222A1' },
          transactions: [{ setId: '837', controlNumber: set, segmentErrors: [], status: 'A', statusLabel: 'accepted', errorCodes: [], claimIds: [] }],
          groupStatus: 'A',
          groupStatusLabel: 'accepted',
          includedCount: 1,
          receivedCount: 1,
          acceptedCount: 1,
          groupErrorCodes: [],
        },
      ],
      ENVELOPE,
      numbers(),
    );

  const claim277CA = (claim: SubmittedClaim, status: ClaimAcknowledgmentItem['status'], extra: Partial<ClaimAcknowledgmentItem> = {}) =>
    write277CA(
      [
        {
          referenceId: `R-${claim.patientControlNumber}`,
          createdDate: '2026-11-30',
          createdTime: '11:00',
          payer: { name: 'Acme Health', id: 'ACME1' },
          receiver: { name: 'Riverside', id: 'RIVERSIDE01' },
          provider: { name: 'Riverside Family Medicine', npi: '1234567893' },
          receivedDate: '2026-11-30',
          claims: [{ patientControlNumber: claim.patientControlNumber, patient: { lastName: 'Patient', memberId: 'M1' }, status, chargeCents: 36500, serviceDate: DATE_OF_SERVICE, ...extra }],
        },
      ],
      ENVELOPE,
      numbers(),
    );

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'timeline-clearinghouse' }] } });
    app = await startTestServer(config, { loadPluginModule: () => ({ plugin: clearinghouse }) });
    practice = await BillingPractice.create(app);
    await practice.admin.agent.patch(`${practice.base}/payers/${practice.ids.payerId}`).set('x-csrf-token', practice.admin.csrf).send({ clearinghousePluginId: 'timeline-clearinghouse' }).expect(200);
  }, 180_000);

  afterAll(async () => {
    await app.close();
  });

  it('tells a claim from its build through the 837P, 999, 277CA and 835 payment, newest first', async () => {
    const { claim, group, set } = await submitThroughBatch('Timeline');
    const ack = await uploadAcknowledgment(accepted999(group, set), 'batch.999').expect(200);
    expect(ack.body).toMatchObject({ kind: '999', fileName: 'batch.999', outcome: 'applied' });
    await uploadAcknowledgment(accepted999(group, set), 'again.999').expect(200);
    await uploadAcknowledgment(claim277CA(claim, { category: 'A2', code: '20' }, { payerClaimControlNumber: 'ICN-77' }), 'claims.277ca').expect(200);
    const [first, second] = claim.lines as [SubmittedClaim['lines'][number], SubmittedClaim['lines'][number]];
    const remittance = test835({
      trace: 'TL1001',
      claims: [
        {
          pcn: claim.patientControlNumber,
          charge: 36500,
          paid: 20000,
          patientResponsibility: 5000,
          lines: [
            { control: first.lineItemControlNumber, code: '99213', charge: 12500, paid: 8000, allowed: 10000, cas: [['CO', '45', 2500], ['PR', '2', 2000]] },
            { control: second.lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 12000, cas: [['CO', '45', 9000], ['PR', '2', 3000]] },
          ],
        },
      ],
    });
    await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(remittance).expect(200);
    expect(await practice.stateOf(claim.id)).toBe('paid');

    const entries = await timelineOf(claim.id);
    const times = entries.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    const transitions = entries.filter((entry) => entry.kind === 'transition');
    expect(transitions.map((entry) => entry.event)).toEqual(['pay', 'adjudicate', 'accept', 'acknowledge', 'submit', 'release', 'scrub']);
    expect(transitions.find((entry) => entry.event === 'scrub')).toMatchObject({ from: 'draft', to: 'scrubbed', actor: { type: 'user', name: expect.any(String) } });
    expect(transitions.find((entry) => entry.event === 'acknowledge')).toMatchObject({ from: 'submitted', to: 'acknowledged' });

    // The story, newest first: paid by the 835, accepted by the 277CA, acknowledged by the 999, sent in an 837P, charged at build.
    const story = entries.filter((entry) => entry.kind !== 'ledger' || entry.entryKind === 'charge').map((entry) => (entry.kind === 'transition' ? `transition:${entry.event}` : entry.kind === 'file-received' ? `file-received:${entry.fileKind}` : entry.kind === 'ledger' ? 'ledger:charge' : entry.kind));
    const milestones = ['transition:pay', 'file-received:277CA', 'file-received:999', 'transition:submit', 'transition:release', 'transition:scrub', 'ledger:charge'].map((label) => story.indexOf(label));
    expect(milestones.every((position) => position >= 0)).toBe(true);
    expect(milestones).toEqual([...milestones].sort((a, b) => a - b));
    expect(story.indexOf('remittance')).toBeLessThan(story.indexOf('file-received:277CA'));
    expect(story.indexOf('transition:accept')).toBeLessThan(story.indexOf('file-received:999'));
    expect(story.indexOf('file-sent')).toBeLessThan(story.indexOf('transition:release'));

    expect(entries.filter((entry) => entry.kind === 'file-received')).toEqual([
      expect.objectContaining({ fileKind: '277CA', fileName: 'claims.277ca', outcome: 'accepted' }),
      expect.objectContaining({ fileKind: '999', fileName: 'batch.999', outcome: 'acknowledged' }),
    ]);
    expect(entries.filter((entry) => entry.kind === 'file-sent')).toEqual([expect.objectContaining({ fileKind: '837P', state: 'submitted', reference: expect.stringMatching(/^CH-/) })]);
    expect(entries.filter((entry) => entry.kind === 'remittance')).toEqual([
      expect.objectContaining({ traceNumber: 'TL1001', payerName: 'ACME HEALTH', statusCode: '1', chargeCents: 36500, paymentCents: 20000, patientResponsibilityCents: 5000 }),
    ]);
    const ledger = entries.filter((entry) => entry.kind === 'ledger');
    expect(ledger.filter((entry) => entry.entryKind === 'charge').map((entry) => entry.amountCents).sort()).toEqual([12500, 24000]);
    expect(ledger.filter((entry) => entry.entryKind === 'payment').reduce((sum, entry) => sum + (entry.amountCents as number), 0)).toBe(-20000);
    expect(ledger.filter((entry) => entry.entryKind === 'adjustment').map((entry) => `${entry.groupCode}-${entry.reasonCode}`)).toEqual(['CO-45', 'CO-45']);
    expect(ledger.filter((entry) => entry.entryKind === 'transfer').length).toBeGreaterThan(0);
  }, FLOW_TIMEOUT);

  it('shows a 277CA rejection with its work item, and the corrected new original that follows it', async () => {
    const { claim } = await submitThroughBatch('Rejected');
    await uploadAcknowledgment(claim277CA(claim, { category: 'A7', code: '164', entity: 'IL' }, { message: 'member id not found' }), 'reject.277ca').expect(200);
    expect(await practice.stateOf(claim.id)).toBe('rejected');
    const [item] = (await practice.get('/work-items').query({ recordType: 'claim', recordId: claim.id }).expect(200)).body.items;
    expect(item).toMatchObject({ kind: 'follow-up', category: 'claim-rejection', state: 'open' });

    await practice.post(`/claims/${claim.id}/transitions`, { event: 'correct' }).expect(400);
    const corrected = await practice.post(`/claims/${claim.id}/correct`).expect(201);
    expect(corrected.body).toMatchObject({ frequency: '1', replacesClaimId: claim.id, payerClaimNumber: null, state: 'draft', totalChargeCents: 36500 });
    expect(corrected.body.patientControlNumber).not.toBe(claim.patientControlNumber);
    expect(await practice.stateOf(claim.id)).toBe('corrected');
    await practice.post(`/claims/${claim.id}/correct`).expect(409);

    const entries = await timelineOf(claim.id);
    expect(entries.slice(0, 2).map((entry) => entry.kind).sort()).toEqual(['related-claim', 'transition']);
    expect(entries.find((entry) => entry.kind === 'related-claim')).toMatchObject({ relation: 'superseded-by', claimId: corrected.body.id, frequency: '1', state: 'draft' });
    expect(entries.filter((entry) => entry.kind === 'transition').map((entry) => entry.event)).toEqual(['correct', 'reject', 'submit', 'release', 'scrub']);
    expect(entries.find((entry) => entry.kind === 'file-received')).toMatchObject({ fileKind: '277CA', outcome: 'rejected', detail: expect.stringContaining('A7') });
    expect(entries.find((entry) => entry.kind === 'work-item')).toMatchObject({ workItemId: item.id, category: 'claim-rejection' });

    // The biller works the item to resolved: assigned with a due date, started, resolved with what was done.
    const work = (body: object) => practice.post(`/work-items/${item.id}/transitions`, body);
    const [member] = (await practice.get('/users/assignable').expect(200)).body;
    await work({ event: 'assign', assigneeUserId: member.userId }).expect(201);
    await practice.admin.agent.patch(`${practice.base}/work-items/${item.id}`).set('x-csrf-token', practice.admin.csrf).send({ dueDate: '2026-12-04', priority: 'urgent' }).expect(200);
    await work({ event: 'start' }).expect(201);
    const resolution = `member id fixed; sent again as ${corrected.body.patientControlNumber}`; // a ";" once cost PGlite its row count
    const resolved = await work({ event: 'resolve', note: resolution }).expect(201);
    expect(resolved.body).toMatchObject({ state: 'resolved', dueDate: '2026-12-04', priority: 'urgent', resolutionNote: resolution });

    // The new original's own timeline names the claim it corrects and shows the charges posted at the first build.
    const successor = await timelineOf(corrected.body.id);
    expect(successor.find((entry) => entry.kind === 'related-claim')).toMatchObject({ relation: 'supersedes', claimId: claim.id });
    expect(successor.filter((entry) => entry.kind === 'ledger' && entry.entryKind === 'charge')).toHaveLength(2);
  }, FLOW_TIMEOUT);

  it('refuses an acknowledgment upload that is no 999 or 277CA, and the same file twice', async () => {
    const wrong = await uploadAcknowledgment(test835({ trace: 'TL-NOT-ACK', claims: [] }), 'x.835').expect(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'body', message: expect.stringContaining('expected a 999 or a 277CA') });
    const { claim } = await submitThroughBatch('Twice');
    const file = claim277CA(claim, { category: 'A2', code: '20' });
    await uploadAcknowledgment(file, 'once.277ca').expect(200);
    const again = await uploadAcknowledgment(file, 'twice.277ca').expect(409);
    expect(again.body.detail).toContain('received before');
  }, FLOW_TIMEOUT);

  it('answers 404 for the timeline of a claim of no one', async () => {
    await practice.get('/claims/00000000-0000-4000-8000-000000000000/timeline').expect(404);
  });
});

import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { ApiKeyService } from '../src/identity/api-key.service';
import { verifyLedger } from '../src/ledger/ledger.verifier';
import { BillingPractice, type SubmittedClaim } from './support/billing-practice';
import { test835 } from './support/remittance-835';
import { startTestServer, testConfig } from './support/test-app';

/**
 * Issue #9 item 7, manual remittances: a paper EOB keyed in through the API posts exactly as the same 835 would (the
 * same ledger entries, dispositions, variances and claim state), is a duplicate when keyed twice, is refused with
 * each bad field named, and carries its scanned image, encrypted at rest.
 */
describe('manual remittances (paper EOBs)', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  let garcia: SubmittedClaim;
  let hughes: SubmittedClaim;
  let eobRemittanceId: string;

  const line = (claim: SubmittedClaim, index: number) => claim.lines[index] as SubmittedClaim['lines'][number];
  const postEob = (body: object) => practice.post('/remittances/manual', body);
  /** The payment both claims get: 99213 paid to the contract, 97110 underpaid; coinsurance to the patient. */
  const eobOf = (claim: SubmittedClaim, checkNumber: string) => ({
    checkNumber,
    checkDate: '2026-04-01',
    payerRecordId: practice.ids.payerId,
    paymentCents: 20000,
    claims: [
      {
        patientControlNumber: claim.patientControlNumber,
        statusCode: '1',
        chargeCents: 36500,
        paymentCents: 20000,
        patientResponsibilityCents: 5000,
        payerClaimNumber: `ICN-${claim.patientControlNumber}`,
        adjustments: [],
        lines: [
          { lineItemControlNumber: line(claim, 0).lineItemControlNumber, procedureCode: '99213', modifiers: [], chargeCents: 12500, paymentCents: 8000, allowedCents: 10000, serviceDate: '2026-03-02', adjustments: [{ groupCode: 'CO', reasonCode: '45', amountCents: 2500 }, { groupCode: 'PR', reasonCode: '2', amountCents: 2000 }] },
          { lineItemControlNumber: line(claim, 1).lineItemControlNumber, procedureCode: '97110', modifiers: ['GP'], chargeCents: 24000, paymentCents: 12000, serviceDate: '2026-03-02', adjustments: [{ groupCode: 'CO', reasonCode: '45', amountCents: 9000 }, { groupCode: 'PR', reasonCode: '2', amountCents: 3000 }] },
        ],
      },
    ],
  });
  /** The posted entries of a patient's claim, with ids replaced by what they mean (procedure, party, trace). */
  const postedEntries = async (claim: SubmittedClaim, trace: string) => {
    const rows = await practice.rows<{ kind: string; amount_cents: string; party: string; charge_id: string; coverage_id: string | null; group_code: string | null; reason_code: string | null; reference: string | null; effective_date: string; source: string }>(
      `select kind, amount_cents::text as amount_cents, party, charge_id, coverage_id, group_code, reason_code, reference, effective_date, source
         from ledger_entry where patient_id = ? and kind <> 'charge'`,
      [claim.patientId],
    );
    return rows
      .map((row) => ({
        kind: row.kind,
        amountCents: Number(row.amount_cents),
        party: row.party,
        procedure: claim.lines.find((candidate) => candidate.chargeId === row.charge_id)?.procedureCode,
        coverage: row.coverage_id === claim.coverageIds.primary ? 'primary' : row.coverage_id,
        groupCode: row.group_code,
        reasonCode: row.reason_code,
        reference: row.reference === trace ? 'the check' : row.reference,
        effectiveDate: row.effective_date,
        source: row.source,
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  };
  const postedRecord = async (remittanceId: string) => {
    const detail = (await practice.get(`/remittances/${remittanceId}`).expect(200)).body;
    return detail.claims.map((claim: { statusCode: string; paymentCents: number; match: string; adjustments: { groupCode: string; reasonCode: string; amountCents: number; disposition: string }[]; lines: { procedureCode: string; matchMethod: string; contractAllowedCents: number; expectedPaymentCents: number; varianceStatus: string }[] }) => ({
      statusCode: claim.statusCode,
      paymentCents: claim.paymentCents,
      match: claim.match,
      adjustments: claim.adjustments.map((adjustment) => [adjustment.groupCode, adjustment.reasonCode, adjustment.amountCents, adjustment.disposition]),
      lines: claim.lines.map((posted) => [posted.procedureCode, posted.matchMethod, posted.contractAllowedCents, posted.expectedPaymentCents, posted.varianceStatus]),
    }));
  };

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    practice = await BillingPractice.create(app);
    garcia = await practice.submittedClaim('Garcia');
    hughes = await practice.submittedClaim('Hughes');
  });

  afterAll(async () => {
    await app.close();
  });

  it('posts a paper EOB exactly as the same 835 posts: entries, dispositions, variances and the claim state', async () => {
    const asX12 = eobOf(garcia, 'CHK-835');
    const x12 = test835({
      trace: 'CHK-835',
      claims: asX12.claims.map((claim) => ({
        pcn: claim.patientControlNumber,
        charge: claim.chargeCents,
        paid: claim.paymentCents,
        patientResponsibility: claim.patientResponsibilityCents,
        lines: claim.lines.map((service) => ({
          control: service.lineItemControlNumber,
          code: service.procedureCode,
          modifiers: service.modifiers,
          charge: service.chargeCents,
          paid: service.paymentCents,
          ...(service.allowedCents !== undefined ? { allowed: service.allowedCents } : {}),
          cas: service.adjustments.map((cas) => [cas.groupCode, cas.reasonCode, cas.amountCents] as const),
        })),
      })),
    });
    const byX12 = await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(x12).expect(200);
    const byHand = await postEob(eobOf(hughes, 'EOB-2001')).expect(200);
    const x12Posting = byX12.body.postings[0];
    eobRemittanceId = byHand.body.remittanceId;

    expect(byHand.body).toMatchObject({ outcome: 'posted', traceNumber: 'EOB-2001', paymentCents: 20000, claimPayments: 1, unmatched: 0 });
    expect(byHand.body.warnings.map((warning: { code: string }) => warning.code)).toEqual(x12Posting.warnings.map((warning: { code: string }) => warning.code));
    const manualEntries = await postedEntries(hughes, 'EOB-2001');
    expect(manualEntries).toHaveLength(8);
    expect(manualEntries).toEqual(await postedEntries(garcia, 'CHK-835'));
    expect(await postedRecord(eobRemittanceId)).toEqual(await postedRecord(x12Posting.remittanceId));
    expect(await practice.stateOf(hughes.id)).toBe('paid');
    expect(await practice.stateOf(garcia.id)).toBe('paid');
    expect((await practice.get(`/claims/${hughes.id}`).expect(200)).body.payerClaimNumber).toBe(`ICN-${hughes.patientControlNumber}`);

    const remittance = (await practice.get(`/remittances/${eobRemittanceId}`).expect(200)).body.remittance;
    expect(remittance).toMatchObject({ source: 'manual', traceNumber: 'EOB-2001', traceOriginator: 'ACME1', payerIdentifier: 'ACME1', payerRecordId: practice.ids.payerId, paymentDate: '2026-04-01', method: 'CHK', x12FileId: null });
    const verification = await verifyLedger(app.get(MikroORM).em.fork() as never, practice.admin.organizationId);
    expect(verification.violations).toEqual([]);
  });

  it('reports the same check keyed again as a duplicate and changes nothing', async () => {
    const count = async () => Number((await practice.rows<{ count: string }>('select count(*)::text as count from ledger_entry where patient_id = ?', [hughes.patientId]))[0]?.count);
    const before = await count();
    const again = await postEob(eobOf(hughes, 'EOB-2001')).expect(200);
    expect(again.body).toMatchObject({ outcome: 'duplicate', remittanceId: eobRemittanceId });
    expect(await count()).toBe(before);
  });

  it('names every bad field with its path, and refuses amounts that do not balance with the figures', async () => {
    const good = eobOf(hughes, 'EOB-2002');
    const [claim] = good.claims as [(typeof good.claims)[number]];
    const broken = {
      ...good,
      checkNumber: '',
      paymentCents: 200.5,
      claims: [
        claim,
        { ...claim, statusCode: '7', lines: [{ ...claim.lines[0], adjustments: [claim.lines[0]?.adjustments[0], claim.lines[0]?.adjustments[1], { groupCode: 'XX', reasonCode: '45', amountCents: 1 }] }] },
      ],
    };
    const refused = await postEob(broken).expect(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['checkNumber', 'claims[1].lines[0].adjustments[2].groupCode', 'claims[1].statusCode', 'paymentCents']);
    expect(refused.body.errors.find((error: { field: string }) => error.field === 'paymentCents').message).toBe('a whole number of cents');

    const unbalanced = {
      ...good,
      paymentCents: 19000,
      claims: [{ ...claim, lines: [claim.lines[0], { ...claim.lines[1], paymentCents: 12500 }] }],
    };
    const figures = await postEob(unbalanced).expect(400);
    expect(figures.body.errors).toEqual([
      { field: 'claims[0].lines[1].paymentCents', message: 'the line does not balance: charge 24000 − adjustments 12000 = 12000 cents, but 12500 is paid' },
      { field: 'paymentCents', message: 'the check does not balance: claims paid 20000 − provider-level adjustments 0 = 20000 cents, but the check is 19000' },
    ]);
    const claimOff = await postEob({ ...good, claims: [{ ...claim, chargeCents: 36000 }] }).expect(400);
    expect(claimOff.body.errors).toEqual([
      { field: 'claims[0].paymentCents', message: 'the claim does not balance: charge 36000 − claim adjustments 0 − line adjustments 16500 = 19500 cents, but 20000 is paid' },
    ]);
    const unknownPayer = await postEob({ ...good, payerRecordId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(unknownPayer.body.errors).toEqual([{ field: 'payerRecordId', message: 'no payer 00000000-0000-4000-8000-000000000000 in this organization' }]);
    expect((await practice.get('/remittances?traceNumber=EOB-2002').expect(200)).body.total).toBe(0);
  });

  it('lets a payment poster key an EOB, and refuses the front desk', async () => {
    const ito = await practice.submittedClaim('Ito');
    const keys = app.get(ApiKeyService);
    const context = { organizationId: practice.admin.organizationId, actor: { type: 'user' as const, id: 'manual-remittances-test' }, roles: ['admin' as const], correlationId: 'poster-role' };
    const poster = await keys.create(context, 'payment posting desk', ['poster']);
    const frontDesk = await keys.create(context, 'front desk kiosk', ['front-desk']);
    const path = `/api/organizations/${practice.admin.organizationId}/remittances/manual`;
    const http = request(app.getHttpServer());
    await http.post(path).set('authorization', `Bearer ${frontDesk.secret}`).send(eobOf(ito, 'CHK-FRONT-DESK')).expect(403);
    const posted = await http.post(path).set('authorization', `Bearer ${poster.secret}`).send(eobOf(ito, 'CHK-POSTER')).expect(200);
    expect(posted.body).toMatchObject({ outcome: 'posted', claimPayments: 1, unmatched: 0 });
  });

  it('attaches the scanned EOB, stores it encrypted with its hash, and gives it back with its content type', async () => {
    const scan = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR scanned EOB of HUGHES MARIA, check EOB-2001'.repeat(50), 'latin1')]);
    const upload = (bytes: Buffer, type: string, remittanceId = eobRemittanceId) =>
      practice.admin.agent.post(`${practice.base}/remittances/${remittanceId}/image`).set('x-csrf-token', practice.admin.csrf).set('content-type', type).send(bytes);

    const attached = await upload(scan, 'image/png').expect(201);
    const sha256 = createHash('sha256').update(scan).digest('hex');
    expect(attached.body).toMatchObject({ remittanceId: eobRemittanceId, contentType: 'image/png', byteSize: scan.length, sha256 });

    const download = await practice.get(`/remittances/${eobRemittanceId}/image`).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(download.body as Buffer, scan)).toBe(0);

    const [stored] = await practice.rows<{ content: Buffer | Uint8Array; sha256: string }>('select content, sha256 from remittance_image where remittance_id = ?', [eobRemittanceId]);
    const atRest = Buffer.from(stored?.content as Uint8Array);
    expect(stored?.sha256).toBe(sha256);
    expect(atRest.subarray(0, 8).toString('ascii')).toBe('ORCMENC1');
    expect(atRest.includes(Buffer.from('HUGHES MARIA', 'latin1'))).toBe(false);

    expect((await upload(scan, 'image/png').expect(201)).body.id).toBe(attached.body.id);
    await upload(Buffer.from('%PDF-1.7 another scan'), 'application/pdf').expect(409);
    const notPng = await upload(Buffer.from('GIF89a not a png'), 'image/png').expect(400);
    expect(notPng.body.errors).toEqual([{ field: 'body', message: 'the file is not a image/png file (its first bytes do not match)' }]);
    const wrongType = await upload(Buffer.from('GIF89a'), 'image/gif').expect(400);
    expect(wrongType.body.errors).toEqual([{ field: 'body', message: 'send the file as image/png or image/jpeg or application/pdf (got image/gif)' }]);
    await upload(Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(20 * 1024 * 1024)]), 'application/pdf').expect(400);
    await upload(scan, 'image/png', '00000000-0000-4000-8000-000000000000').expect(404);
    await practice.get('/remittances/00000000-0000-4000-8000-000000000000/image').expect(404);
  });
});

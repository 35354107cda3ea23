import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { read837P, validate837P } from '@openrcm/x12';
import { runInAuditScope } from '../src/audit/audit-scope';
import { ApiKeyService } from '../src/identity/api-key.service';
import { patientControlNumberOf } from '../src/claims/claim-number.sequence';
import { Claim837PWriter } from '../src/claims/claim-837p.writer';
import { ClaimScrubFindingService } from '../src/claims/claim-scrub-finding.service';
import { ClaimService } from '../src/claims/claim.service';
import request from 'supertest';
import { pyx12Available, pyx12Validate } from './support/pyx12';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

/**
 * Issue #8 (claim build): encounters driven to ready-to-bill through the API, then built into claims (one per
 * encounter, split past 50 lines), listed, viewed and previewed as 837P; replacement and void of accepted claims and
 * the refusals of the others; self-pay; the scrub guard; tenant isolation.
 */
describe('claims', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;
  let practice: { locationId: string; groupId: string; doctorId: string; payerId: string };
  let context: RequestContext;

  const DATE_OF_SERVICE = '2026-03-02';
  const HOME = { line1: '12 Elm St', city: 'Springfield', state: 'IL', postalCode: '62704' };
  const post = (path: string, body: object = {}) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const put = (path: string, body: object) => admin.agent.put(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const get = (path: string) => admin.agent.get(`${base}${path}`);
  const upload = (path: string, contentType: string, body: string) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).set('content-type', contentType).send(body);
  const move = (encounterId: string, body: object) => post(`/encounters/${encounterId}/transitions`, body);
  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);
  const scoped = <T>(work: () => Promise<T>): Promise<T> => runInAuditScope(context, null, work);
  const errorsOf = (x12: string) => validate837P(x12, { npiCheckDigit: 'error' }).errors.filter((error) => error.severity === 'error');

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    context = { organizationId: admin.organizationId, actor: { type: 'user', id: 'claims-test' }, roles: ['admin'], correlationId: 'claims-test' };
    await admin.agent.patch(`/api/organizations/${admin.organizationId}`).set('x-csrf-token', admin.csrf).send({ x12SubmitterId: 'RIVERSIDE01' }).expect(200);

    await upload('/reference-imports/icd10cm?effectiveDate=2025-10-01', 'text/plain', 'E119    Type 2 diabetes mellitus without complications\nI10     Essential (primary) hypertension\nR519    Headache, unspecified\n').expect(201);
    await upload('/reference-imports/cpt?effectiveDate=2026-01-01', 'text/csv', 'code,description\n99213,office visit established low\n97110,therapeutic exercise 15 min\n').expect(201);
    await upload('/reference-imports/modifiers?effectiveDate=2020-01-01', 'text/plain', '25\tSignificant separate E/M service\nGP\tPhysical therapy plan of care\n').expect(201);
    const location = await post('/locations', {
      name: 'Riverside Main',
      npi: null,
      addressLine1: '100 Main St',
      addressLine2: null,
      city: 'Springfield',
      state: 'IL',
      zip: '62701-1234',
      phone: '2175550100',
      placeOfServiceCode: '11',
      active: true,
    }).expect(201);
    const group = await post('/providers', { kind: 'organization', name: 'Riverside Family Medicine', npi: '1234567893', taxId: '12-3456789' }).expect(201);
    const doctor = await post('/providers', { kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1245319599', taxonomy: '207Q00000X' }).expect(201);
    const payer = await post('/payers', { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI', authorizationRequiredCodes: ['97110'] }).expect(201);
    await put(`/payers/${payer.body.id}/enrollments`, { providerId: group.body.id, transaction: '837P', status: 'enrolled', effectiveFrom: '2025-01-01' }).expect(200);
    practice = { locationId: location.body.id, groupId: group.body.id, doctorId: doctor.body.id, payerId: payer.body.id };
    const master = await post('/fee-schedules', { name: 'Charge master 2026', effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    await upload(`/fee-schedules/${master.body.id}/entries/import`, 'text/csv', 'code,modifier,amount\n99213,,125.00\n97110,,60.00\n').expect(200);
  });

  afterAll(async () => {
    await app.close();
  });

  interface VisitOptions {
    readonly dependent?: boolean;
    readonly selfPay?: boolean;
    readonly diagnoses?: string[];
    readonly charges?: object[];
  }

  /** A registered patient (guarantor with an address, primary Acme coverage) and a visit driven to ready-to-bill. */
  async function readyVisit(lastName: string, options: VisitOptions = {}): Promise<{ patientId: string; coverageId: string | null; encounterId: string }> {
    const patient = await post('/patients', { firstName: options.dependent ? 'Lucia' : 'Maria', lastName, birthDate: options.dependent ? '2015-06-01' : '1985-04-12', sex: 'F' }).expect(201);
    const patientId = patient.body.id as string;
    await put(`/patients/${patientId}/guarantor`, options.dependent ? { relationship: 'parent', firstName: 'Jorge', lastName, birthDate: '1980-01-01', address: HOME } : { relationship: 'self' }).expect(200);
    let coverageId: string | null = null;
    if (!options.selfPay) {
      const coverage = await post(`/patients/${patientId}/coverages`, {
        payerRecordId: practice.payerId,
        order: 'primary',
        subscriberRelationship: options.dependent ? '19' : '18',
        ...(options.dependent ? { subscriber: { firstName: 'Jorge', lastName, birthDate: '1980-01-01', sex: 'M', address: HOME } } : {}),
        memberId: `ACM${Math.random().toString().slice(2, 11)}`,
        groupNumber: 'G-77',
        effectiveFrom: '2026-01-01',
      }).expect(201);
      coverageId = coverage.body.id;
      await post(`/patients/${patientId}/authorizations`, {
        number: `AUTH-${lastName}`,
        payerRecordId: practice.payerId,
        coverageId,
        procedureCodes: ['97110'],
        unitsApproved: 500,
        startDate: '2026-02-01',
        endDate: '2026-04-30',
      }).expect(201);
    }
    const encounter = await post('/encounters', {
      patientId,
      locationId: practice.locationId,
      billingProviderId: practice.groupId,
      renderingProviderId: practice.doctorId,
      dateOfService: DATE_OF_SERVICE,
      selfPay: options.selfPay ?? false,
    }).expect(201);
    const encounterId = encounter.body.id as string;
    await move(encounterId, { event: 'check-in' }).expect(200);
    await put(`/encounters/${encounterId}/patient-responsibility`, { estimateCents: 3000, method: 'verbal' }).expect(200);
    await put(`/encounters/${encounterId}/diagnoses`, { codes: options.diagnoses ?? ['E11.9', 'I10'] }).expect(200);
    const charges = options.charges ?? [
      { procedureCode: '99213', modifiers: ['25'], units: 1, diagnosisPointers: [1, 2] },
      { procedureCode: '97110', modifiers: ['GP'], units: 4, diagnosisPointers: [1] },
    ];
    for (const charge of charges) await post(`/encounters/${encounterId}/charges`, charge).expect(201);
    await move(encounterId, { event: 'document' }).expect(200);
    await put(`/encounters/${encounterId}/documentation`, { providerId: practice.doctorId, signedAt: `${DATE_OF_SERVICE}T16:00:00Z` }).expect(200);
    await move(encounterId, { event: 'code' }).expect(200);
    if (coverageId) await post(`/patients/${patientId}/eligibility-checks`, { coverageId, asOfDate: DATE_OF_SERVICE, method: 'portal', outcome: 'active' }).expect(201);
    await move(encounterId, { event: 'mark-ready' }).expect(200);
    return { patientId, coverageId, encounterId };
  }

  /** Moves a claim through the system events (what the clearinghouse flow will do) to `accepted`. */
  async function acceptedByPayer(claimId: string, payerClaimNumber: string): Promise<void> {
    await post(`/claims/${claimId}/transitions`, { event: 'scrub' }).expect(200);
    await post(`/claims/${claimId}/transitions`, { event: 'release' }).expect(200);
    const claims = app.get(ClaimService);
    await scoped(() => claims.transition(context, claimId, 'submit'));
    await scoped(() => claims.transition(context, claimId, 'acknowledge'));
    await scoped(() => claims.transition(context, claimId, 'accept', { payerClaimNumber }));
  }

  it('builds one claim from a ready-to-bill visit, bills the encounter, and freezes the registration in its snapshot', async () => {
    const { patientId, coverageId, encounterId } = await readyVisit('Alvarez');
    const built = await post('/claims/build', { encounterId }).expect(201);
    expect(built.body).toMatchObject({ encounterId, outcome: 'built' });
    expect(built.body.claims).toHaveLength(1);
    const [claim] = built.body.claims;
    expect(claim).toMatchObject({ state: 'draft', frequency: '1', totalChargeCents: 36500, part: 1, parts: 1, patientId, payerRecordId: practice.payerId, dateOfService: DATE_OF_SERVICE, allowedEvents: ['scrub'] });
    expect(claim.patientControlNumber).toMatch(/^C[0-9A-Z]{7}$/);
    expect((await get(`/encounters/${encounterId}`).expect(200)).body.state).toBe('billed');
    await post('/claims/build', { encounterId }).expect(409);
    // Billing charged each service line once, to the primary coverage, in the ledger.
    const charged = await rows<{ kind: string; party: string; coverage_id: string; claim_id: string; amount_cents: string }>('select kind, party, coverage_id, claim_id, amount_cents from ledger_entry where patient_id = ? order by amount_cents', [patientId]);
    expect(charged.map((entry) => [entry.kind, entry.party, entry.coverage_id, entry.claim_id, Number(entry.amount_cents)])).toEqual([
      ['charge', 'payer', coverageId, claim.id, 12500],
      ['charge', 'payer', coverageId, claim.id, 24000],
    ]);

    const view = await get(`/claims/${claim.id}`).expect(200);
    expect(view.body.lines.map((line: { lineNumber: number; lineItemControlNumber: string; procedureCode: string; chargeCents: number; diagnosisPointers: number[] }) => [line.lineNumber, line.lineItemControlNumber, line.procedureCode, line.chargeCents, line.diagnosisPointers])).toEqual([
      [1, `${claim.patientControlNumber}-01`, '99213', 12500, [1, 2]],
      [2, `${claim.patientControlNumber}-02`, '97110', 24000, [1]],
    ]);
    expect(view.body.snapshot).toMatchObject({
      payer: { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' },
      subscriber: { relationship: '18', name: 'Maria Alvarez', groupNumber: 'G-77' },
      billingProvider: { npi: '1234567893', address: { line1: '100 Main St', postalCode: '627011234' } },
      diagnoses: ['E119', 'I10'],
      priorAuthorizationNumber: 'AUTH-Alvarez',
    });
    expect(view.body.snapshot.subscriber.memberIdLast4).toHaveLength(4);
    expect(JSON.stringify(view.body)).not.toMatch(/ssn|ACM\d{9}/i);
    const [stored] = await rows<{ snapshot: string }>('select snapshot from claim where id = ?', [claim.id]);
    expect(stored?.snapshot).not.toContain('Alvarez');

    // Registration edits after the build do not change the built claim's 837P.
    await admin.agent.patch(`${base}/patients/${patientId}/coverages/${coverageId}`).set('x-csrf-token', admin.csrf).send({ groupNumber: 'G-99' }).expect(200);
    const preview = await get(`/claims/${claim.id}/837p`).query({ receiverId: 'CLEARHOUSE', receiverName: 'Clearinghouse' }).expect(200);
    expect(preview.body).toMatchObject({ claimCount: 1, transactionCount: 1, patientControlNumbers: [claim.patientControlNumber] });
    const x12: string = preview.body.x12;
    expect(errorsOf(x12)).toEqual([]);
    expect(x12).toContain('SBR*P*18*G-77******CI~');
    expect(x12).not.toContain('G-99');
    expect(x12).toMatch(/^ISA\*00\* {10}\*00\* {10}\*ZZ\*RIVERSIDE01 {4}\*ZZ\*CLEARHOUSE {5}\*/);
    expect(x12.split('~')[0]?.split('*')[15]).toBe('T');
    expect(x12).toContain(`CLM*${claim.patientControlNumber}*365***11:B:1*Y*A*Y*Y~`);
    expect(x12).toContain('HI*ABK:E119*ABF:I10~');
    expect(x12).toContain('SV1*HC:97110:GP*240*UN*4***1~');
    expect(x12).toContain('REF*G1*AUTH-Alvarez~');
    expect(x12).toContain('NM1*82*1*Okafor*Adaeze****XX*1245319599~');
    expect(x12.match(/REF\*6R\*/g)).toHaveLength(2);
    // The preview consumed none of the organization's control numbers.
    expect(await rows('select kind from x12_control_number where organization_id = ?', [admin.organizationId])).toEqual([]);
  });

  it('splits a visit of 55 charges into claims of 50 and 5 lines with their own CLM01 and diagnoses, totals to the cent', async () => {
    const charges = [
      ...Array.from({ length: 50 }, () => ({ procedureCode: '99213', units: 1, diagnosisPointers: [1, 2], unitPriceCents: 12501 })),
      ...Array.from({ length: 5 }, () => ({ procedureCode: '97110', modifiers: ['GP'], units: 2, diagnosisPointers: [3] })),
    ];
    const { encounterId } = await readyVisit('Baptiste', { diagnoses: ['E11.9', 'I10', 'R51.9'], charges });
    const built = await post('/claims/build', { encounterId }).expect(201);
    const claims = built.body.claims as Array<{ id: string; patientControlNumber: string; totalChargeCents: number; part: number; parts: number }>;
    expect(claims.map((claim) => [claim.part, claim.parts])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(new Set(claims.map((claim) => claim.patientControlNumber)).size).toBe(2);
    const encounterCharges = (await get(`/encounters/${encounterId}`).expect(200)).body.charges as Array<{ amountCents: number }>;
    const chargeTotal = encounterCharges.reduce((sum, charge) => sum + charge.amountCents, 0);
    expect(claims.map((claim) => claim.totalChargeCents)).toEqual([chargeTotal - 5 * 12000, 5 * 12000]);
    const [first, second] = await Promise.all(claims.map(async (claim) => (await get(`/claims/${claim.id}`).expect(200)).body));
    expect(first.lines).toHaveLength(50);
    expect(first.snapshot.diagnoses).toEqual(['E119', 'I10']);
    expect(second.lines).toHaveLength(5);
    expect(second.snapshot.diagnoses).toEqual(['R519']);
    expect(second.lines.every((line: { diagnosisPointers: number[] }) => line.diagnosisPointers.join() === '1')).toBe(true);

    const listed = await get('/claims').query({ encounterId, sort: 'patientControlNumber' }).expect(200);
    expect(listed.body.total).toBe(2);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual(claims.map((claim) => claim.id));
  });

  it('writes a dependent in the patient loop, and builds nothing for a self-pay visit', async () => {
    const { encounterId } = await readyVisit('Castellanos', { dependent: true });
    const [claim] = (await post('/claims/build', { encounterId }).expect(201)).body.claims;
    const x12: string = (await get(`/claims/${claim.id}/837p`).expect(200)).body.x12.replace(/~\s*/g, '~');
    expect(errorsOf(x12)).toEqual([]);
    expect(x12).toContain('HL*3*2*23*0~PAT*19~NM1*QC*1*Castellanos*Lucia~N3*12 Elm St~N4*Springfield*IL*62704~DMG*D8*20150601*F~');
    expect(x12).toContain('SBR*P**G-77******CI~NM1*IL*1*Castellanos*Jorge****MI*');
    expect(x12).toContain('NM1*PR*2*Acme Health*****PI*ACME1~');

    const selfPay = await readyVisit('Dubois', { selfPay: true });
    const result = await post('/claims/build', { encounterId: selfPay.encounterId }).expect(201);
    expect(result.body).toMatchObject({ encounterId: selfPay.encounterId, outcome: 'self-pay', claims: [] });
    expect(result.body.message).toContain('self-pay');
    expect((await get(`/encounters/${selfPay.encounterId}`).expect(200)).body.state).toBe('billed');
    const owed = await rows<{ party: string; coverage_id: string | null; total: string }>("select party, coverage_id, sum(amount_cents)::text as total from ledger_entry where patient_id = ? group by party, coverage_id", [selfPay.patientId]);
    expect(owed).toEqual([{ party: 'patient', coverage_id: null, total: '36500' }]);
    expect((await get('/claims').query({ patientId: selfPay.patientId }).expect(200)).body.total).toBe(0);
  });

  it('keeps a claim with an open error finding from being scrubbed until it is overridden with a reason', async () => {
    const { encounterId } = await readyVisit('Eriksen');
    const [claim] = (await post('/claims/build', { encounterId }).expect(201)).body.claims;
    const [finding] = await scoped(() => app.get(ClaimScrubFindingService).record(context, claim.id, [
      { rule: 'billing-zip', severity: 'error', field: 'billingProvider.address.postalCode', message: 'needs nine digits', hint: 'add the ZIP+4' },
      { rule: 'note', severity: 'warning', field: 'lines[0]', message: 'informational' },
    ]));
    const refused = await post(`/claims/${claim.id}/transitions`, { event: 'scrub' }).expect(422);
    expect(refused.body.failures).toEqual([{ check: 'claim-scrub-clean', reason: '1 open error finding: billingProvider.address.postalCode: needs nine digits' }]);
    await post(`/claims/${claim.id}/findings/${finding?.id}/override`, { reason: ' ' }).expect(400);
    const overridden = await post(`/claims/${claim.id}/findings/${finding?.id}/override`, { reason: 'payer accepts 5-digit ZIP' }).expect(200);
    expect(overridden.body).toMatchObject({ overriddenBy: expect.stringMatching(/.+/), overrideReason: 'payer accepts 5-digit ZIP' });
    const scrubbed = await post(`/claims/${claim.id}/transitions`, { event: 'scrub' }).expect(200);
    expect(scrubbed.body.claim).toMatchObject({ state: 'scrubbed', allowedEvents: ['reopen', 'release'] });
    await post(`/claims/${claim.id}/transitions`, { event: 'submit' }).expect(400);
  });

  it('replaces and voids a claim the payer accepted (REF*F8) and refuses claims it did not accept', async () => {
    const replaced = (await post('/claims/build', { encounterId: (await readyVisit('Fischer')).encounterId }).expect(201)).body.claims[0];
    const voided = (await post('/claims/build', { encounterId: (await readyVisit('Garcia')).encounterId }).expect(201)).body.claims[0];
    const rejected = (await post('/claims/build', { encounterId: (await readyVisit('Haddad')).encounterId }).expect(201)).body.claims[0];

    const draft = await post(`/claims/${replaced.id}/replace`).expect(409);
    expect(draft.body.detail).toContain('is draft');
    await acceptedByPayer(replaced.id, 'PCN-REPL-1');
    await acceptedByPayer(voided.id, 'PCN-VOID-1');
    await post(`/claims/${rejected.id}/transitions`, { event: 'scrub' }).expect(200);
    await post(`/claims/${rejected.id}/transitions`, { event: 'release' }).expect(200);
    await scoped(() => app.get(ClaimService).transition(context, rejected.id, 'submit'));
    await scoped(() => app.get(ClaimService).transition(context, rejected.id, 'reject'));
    const refused = await post(`/claims/${rejected.id}/void`).expect(409);
    expect(refused.body.detail).toContain('a rejected claim is corrected and sent as a new original');
    await post(`/claims/${rejected.id}/transitions`, { event: 'correct' }).expect(400);
    const corrected = await post(`/claims/${rejected.id}/correct`).expect(201);
    expect(corrected.body).toMatchObject({ frequency: '1', replacesClaimId: rejected.id, payerClaimNumber: null, state: 'draft' });
    expect((await get(`/claims/${rejected.id}`).expect(200)).body.state).toBe('corrected');

    const replacement = await post(`/claims/${replaced.id}/replace`).expect(201);
    expect(replacement.body).toMatchObject({ frequency: '7', payerClaimNumber: 'PCN-REPL-1', replacesClaimId: replaced.id, state: 'draft', totalChargeCents: 36500 });
    expect(replacement.body.patientControlNumber).not.toBe(replaced.patientControlNumber);
    expect((await get(`/claims/${replaced.id}`).expect(200)).body.state).toBe('replaced');
    await post(`/claims/${replaced.id}/replace`).expect(409);
    const voiding = await post(`/claims/${voided.id}/void`).expect(201);
    expect(voiding.body).toMatchObject({ frequency: '8', payerClaimNumber: 'PCN-VOID-1', replacesClaimId: voided.id });
    expect((await get(`/claims/${voided.id}`).expect(200)).body.state).toBe('voided');
    await post(`/claims/${voiding.body.id}/void`).expect(409);

    // One interchange of varied claims, with the organization's control numbers: it validates and reads back.
    const split = (await get('/claims').query({ sort: 'patientControlNumber', limit: 200 }).expect(200)).body.items as Array<{ id: string; patientControlNumber: string; totalChargeCents: number; state: string }>;
    const batch = split.filter((claim) => claim.state !== 'corrected');
    const written = await scoped(() => app.get(Claim837PWriter).write(context, batch.map((claim) => claim.id), { receiver: { id: 'CLEARHOUSE', name: 'Clearinghouse' } }));
    expect(errorsOf(written.x12)).toEqual([]);
    const back = read837P(written.x12).transactions.flatMap((transaction) => transaction.claims);
    expect(back.map((claim) => claim.patientControlNumber).sort()).toEqual(batch.map((claim) => claim.patientControlNumber).sort());
    expect(back.reduce((sum, claim) => sum + claim.chargeCents, 0)).toBe(batch.reduce((sum, claim) => sum + claim.totalChargeCents, 0));
    const lineCount = (await rows<{ count: string }>('select count(*) as count from claim_line where claim_id in (' + batch.map(() => '?').join(',') + ')', batch.map((claim) => claim.id)))[0]?.count;
    expect(back.flatMap((claim) => claim.lines).filter((line) => line.lineItemControlNumber).length).toBe(Number(lineCount));
    expect(back.find((claim) => claim.patientControlNumber === replacement.body.patientControlNumber)).toMatchObject({ frequency: '7', payerClaimControlNumber: 'PCN-REPL-1' });
    expect(back.find((claim) => claim.patientControlNumber === voiding.body.patientControlNumber)).toMatchObject({ frequency: '8', payerClaimControlNumber: 'PCN-VOID-1' });
    expectPyx12Ok(written.x12);
    const numbers = await rows<{ kind: string; last_value: string }>('select kind, last_value from x12_control_number where organization_id = ? order by kind', [admin.organizationId]);
    expect(numbers.map((row) => row.kind)).toEqual(['group', 'interchange', 'transaction']);
    const again = await scoped(() => app.get(Claim837PWriter).write(context, [batch[0]?.id as string], { receiver: { id: 'CLEARHOUSE', name: 'Clearinghouse' } }));
    expect(again.x12.slice(90, 99)).not.toBe(written.x12.slice(90, 99));
  });

  /** pyx12's x12valid on the interchange, where a checkout is available (PYX12_HOME, default /work/tools/pyx12). */
  function expectPyx12Ok(x12: string): void {
    if (!pyx12Available) return;
    const { file, output, status } = pyx12Validate(x12);
    expect(output).toContain(`${file}: OK`);
    expect(status).toBe(0);
  }

  it('builds every ready-to-bill encounter, reporting each', async () => {
    const one = await readyVisit('Ito');
    const two = await readyVisit('Jensen', { selfPay: true });
    const result = await post('/claims/build-ready').expect(200);
    const byEncounter = new Map(result.body.results.map((entry: { encounterId: string; outcome: string }) => [entry.encounterId, entry.outcome]));
    expect(byEncounter.get(one.encounterId)).toBe('built');
    expect(byEncounter.get(two.encounterId)).toBe('self-pay');
    expect((await post('/claims/build-ready').expect(200)).body.results).toEqual([]);
  });

  it('leaves nothing half-written when storing the claims fails: the encounter stays ready-to-bill', async () => {
    const { encounterId } = await readyVisit('Kowalski');
    const [sequence] = await rows<{ last_value: string }>('select last_value from claim_number_sequence where organization_id = ?', [admin.organizationId]);
    const taken = patientControlNumberOf(Number(sequence?.last_value) + 1);
    const blocker = '00000000-0000-4000-8000-00000000b10c';
    await rows(
      `insert into claim (id, organization_id, created_at, encounter_id, patient_id, coverage_id, payer_record_id, coverage_order, patient_control_number, total_charge_cents, date_of_service, snapshot, updated_at)
       values (?, ?, now(), ?, ?, ?, ?, 'primary', ?, 0, '2026-01-01', 'x', now())`,
      [blocker, admin.organizationId, blocker, blocker, blocker, blocker, taken],
    );
    await post('/claims/build', { encounterId }).expect(409);
    expect((await get(`/encounters/${encounterId}`).expect(200)).body.state).toBe('ready-to-bill');
    expect(await rows('select id from claim where encounter_id = ?', [encounterId])).toEqual([]);
    expect((await rows<{ last_value: string }>('select last_value from claim_number_sequence where organization_id = ?', [admin.organizationId]))[0]?.last_value).toBe(sequence?.last_value);
    await rows('delete from claim where id = ?', [blocker]);
    const built = await post('/claims/build', { encounterId }).expect(201);
    expect(built.body.claims[0].patientControlNumber).toBe(taken);
  });

  it('lets every role read claims and only billers, managers and admins build them', async () => {
    const keyContext = { ...context, actor: { type: 'user' as const, id: 'claims-test' } };
    const { secret } = await scoped(() => app.get(ApiKeyService).create(keyContext, 'front desk', ['front-desk']));
    const http = request(app.getHttpServer());
    const listed = await http.get(`${base}/claims`).set('authorization', `Bearer ${secret}`).expect(200);
    expect(listed.body.total).toBeGreaterThan(0);
    await http.get(`${base}/claims/${listed.body.items[0].id}/837p`).set('authorization', `Bearer ${secret}`).expect(403);
    await http.post(`${base}/claims/build-ready`).set('authorization', `Bearer ${secret}`).expect(403);
  });

  it('keeps organizations apart', async () => {
    const [claim] = (await get('/claims').query({ limit: 1 }).expect(200)).body.items;
    const other = await signInAsNewAdmin(app);
    const otherBase = `/api/organizations/${other.organizationId}`;
    await other.agent.get(`${otherBase}/claims/${claim.id}`).expect(404);
    await other.agent.get(`${otherBase}/claims/${claim.id}/837p`).expect(404);
    await other.agent.post(`${otherBase}/claims/${claim.id}/void`).set('x-csrf-token', other.csrf).expect(404);
    await other.agent.post(`${otherBase}/claims/build`).set('x-csrf-token', other.csrf).send({ encounterId: claim.encounterId }).expect(404);
    expect((await other.agent.get(`${otherBase}/claims`).expect(200)).body.total).toBe(0);
  });
});

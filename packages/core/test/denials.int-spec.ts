import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import request from 'supertest';
import { runInAuditScope } from '../src/audit/audit-scope';
import { ClaimService } from '../src/claims/claim.service';
import type { ClaimDenial } from '../src/denials/denial.types';
import { DenialRouter } from '../src/denials/denial.router';
import { currentEntityManager } from '../src/persistence/current-entity-manager';
import type { WorkItem } from '../src/work-items/work-item.entity';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

/**
 * Issue #9 item 5 (denials and appeals): claims built through the API and moved to denied, then routed as the 835
 * posting engine will route them (DenialRouter.route inside a transaction, with plain ClaimDenial data): one work
 * item per claim and category due on the payer's appeal limit, no duplicates on re-posting, stop the line on a
 * repeated payer/CARC/procedure, the mapping API changing routing, templates edited and rendered into letters that
 * move the claim to appealed.
 */
describe('denials and appeals', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;
  let context: RequestContext;
  let practice: { locationId: string; groupId: string; doctorId: string; payerId: string };

  const DATE_OF_SERVICE = '2026-03-02';
  const post = (path: string, body: object = {}) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const put = (path: string, body: object) => admin.agent.put(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const get = (path: string) => admin.agent.get(`${base}${path}`);
  const move = (encounterId: string, body: object) => post(`/encounters/${encounterId}/transitions`, body);
  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);
  const scoped = <T>(work: () => Promise<T>): Promise<T> => runInAuditScope(context, null, work);

  /** What the 835 posting engine does: route inside its own transaction. */
  const route = (denial: ClaimDenial): Promise<readonly WorkItem[]> =>
    scoped(() => currentEntityManager(app.get(MikroORM)).transactional((tx: EntityManager) => app.get(DenialRouter).route(context, denial, tx)));

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    context = { organizationId: admin.organizationId, actor: { type: 'user', id: 'denials-test' }, roles: ['admin'], correlationId: 'denials-test' };
    const upload = (path: string, contentType: string, body: string) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).set('content-type', contentType).send(body);
    await upload('/reference-imports/icd10cm?effectiveDate=2025-10-01', 'text/plain', 'E119    Type 2 diabetes mellitus without complications\nI10     Essential (primary) hypertension\n').expect(201);
    await upload('/reference-imports/cpt?effectiveDate=2026-01-01', 'text/csv', 'code,description\n99213,office visit established low\n97110,therapeutic exercise 15 min\n').expect(201);
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
    const payer = await post('/payers', { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI', appealLimitDays: 90 }).expect(201);
    await put(`/payers/${payer.body.id}/enrollments`, { providerId: group.body.id, transaction: '837P', status: 'enrolled', effectiveFrom: '2025-01-01' }).expect(200);
    practice = { locationId: location.body.id, groupId: group.body.id, doctorId: doctor.body.id, payerId: payer.body.id };
    const master = await post('/fee-schedules', { name: 'Charge master 2026', effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    await upload(`/fee-schedules/${master.body.id}/entries/import`, 'text/csv', 'code,modifier,amount\n99213,,125.00\n97110,,60.00\n').expect(200);
  });

  afterAll(async () => {
    await app.close();
  });

  interface DeniedClaim {
    readonly claimId: string;
    readonly patientId: string;
    readonly pcn: string;
    readonly lines: { readonly id: string; readonly procedureCode: string; readonly lineNumber: number }[];
  }

  /** A registered patient's visit (99213 and 97110×4) built into a claim the payer accepted and denied. */
  async function deniedClaim(lastName: string, payerClaimNumber: string, finalEvent: 'deny' | 'pay' = 'deny'): Promise<DeniedClaim> {
    const patient = await post('/patients', { firstName: 'Maria', lastName, birthDate: '1985-04-12', sex: 'F', duplicateReviewed: true }).expect(201);
    const patientId = patient.body.id as string;
    await put(`/patients/${patientId}/guarantor`, { relationship: 'self' }).expect(200);
    const coverage = await post(`/patients/${patientId}/coverages`, {
      payerRecordId: practice.payerId,
      order: 'primary',
      subscriberRelationship: '18',
      memberId: `ACM${lastName.toUpperCase()}`,
      effectiveFrom: '2026-01-01',
    }).expect(201);
    const encounter = await post('/encounters', {
      patientId,
      locationId: practice.locationId,
      billingProviderId: practice.groupId,
      renderingProviderId: practice.doctorId,
      dateOfService: DATE_OF_SERVICE,
      selfPay: false,
    }).expect(201);
    const encounterId = encounter.body.id as string;
    await move(encounterId, { event: 'check-in' }).expect(200);
    await put(`/encounters/${encounterId}/patient-responsibility`, { estimateCents: 3000, method: 'verbal' }).expect(200);
    await put(`/encounters/${encounterId}/diagnoses`, { codes: ['E11.9', 'I10'] }).expect(200);
    await post(`/encounters/${encounterId}/charges`, { procedureCode: '99213', units: 1, diagnosisPointers: [1, 2] }).expect(201);
    await post(`/encounters/${encounterId}/charges`, { procedureCode: '97110', units: 4, diagnosisPointers: [1] }).expect(201);
    await move(encounterId, { event: 'document' }).expect(200);
    await put(`/encounters/${encounterId}/documentation`, { providerId: practice.doctorId, signedAt: `${DATE_OF_SERVICE}T16:00:00Z` }).expect(200);
    await move(encounterId, { event: 'code' }).expect(200);
    await post(`/patients/${patientId}/eligibility-checks`, { coverageId: coverage.body.id, asOfDate: DATE_OF_SERVICE, method: 'portal', outcome: 'active' }).expect(201);
    await move(encounterId, { event: 'mark-ready' }).expect(200);
    const built = await post('/claims/build', { encounterId }).expect(201);
    const claimId = built.body.claims[0].id as string;
    await post(`/claims/${claimId}/transitions`, { event: 'scrub' }).expect(200);
    await post(`/claims/${claimId}/transitions`, { event: 'release' }).expect(200);
    const claims = app.get(ClaimService);
    for (const event of ['submit', 'acknowledge'] as const) await scoped(() => claims.transition(context, claimId, event));
    await scoped(() => claims.transition(context, claimId, 'accept', { payerClaimNumber }));
    await scoped(() => claims.transition(context, claimId, 'adjudicate'));
    await scoped(() => claims.transition(context, claimId, finalEvent));
    const view = await get(`/claims/${claimId}`).expect(200);
    return { claimId, patientId, pcn: view.body.patientControlNumber, lines: view.body.lines };
  }

  const lineOf = (claim: DeniedClaim, code: string) => claim.lines.find((line) => line.procedureCode === code) as DeniedClaim['lines'][number];

  /** CO-50 on the 99213 line (with a remark), CO-197 on the 97110 line. */
  function denialOf(claim: DeniedClaim, remittanceId: string, receivedOn: string): ClaimDenial {
    return {
      claimId: claim.claimId,
      patientId: claim.patientId,
      payerRecordId: practice.payerId,
      remittanceId,
      receivedOn,
      claimAdjustments: [],
      lines: [
        { claimLineId: lineOf(claim, '99213').id, procedureCode: '99213', adjustments: [{ groupCode: 'CO', reasonCode: '50', amountCents: 12500, remarkCodes: ['M76'] }] },
        { claimLineId: lineOf(claim, '97110').id, procedureCode: '97110', adjustments: [{ groupCode: 'CO', reasonCode: '197', amountCents: 24000, remarkCodes: [] }] },
      ],
    };
  }

  const itemsOf = async (claimId: string) => (await get(`/work-items?recordType=claim&recordId=${claimId}&kind=denial&sort=createdAt`).expect(200)).body.items;
  const upstreamItems = async () => (await get('/work-items?kind=upstream-defect&recordType=denial-pattern&sort=createdAt').expect(200)).body.items;

  let first: DeniedClaim;

  it('opens one work item per claim and category, owned per the mapping and due on the payer appeal limit, and counts each denied line', async () => {
    first = await deniedClaim('Alvarez', 'PCN-A-1');
    const items = await route(denialOf(first, 'rem-1', '2026-04-10'));
    expect(items.map((item) => item.category).sort()).toEqual(['authorization', 'medical-necessity']);
    const listed = await itemsOf(first.claimId);
    expect(listed).toHaveLength(2);
    const byCategory = Object.fromEntries(listed.map((item: { category: string }) => [item.category, item]));
    expect(byCategory['medical-necessity']).toMatchObject({ kind: 'denial', recordType: 'claim', recordId: first.claimId, patientId: first.patientId, ownerRole: 'coder', dueDate: '2026-07-09', state: 'open' });
    expect(byCategory['authorization']).toMatchObject({ ownerRole: 'front-desk', dueDate: '2026-07-09' });
    expect(byCategory['medical-necessity'].title).toBe(`Denied (medical-necessity): claim ${first.pcn} — Line 1 (99213) CO-50`);
    const detail = await get(`/work-items/${byCategory['authorization'].id}`).expect(200);
    expect(detail.body.notes[0].body).toContain('Line 2 (97110): CO-197 Prior authorization, precertification or notice missing — $240.00');
    expect(detail.body.notes[0].body).toContain('Appeal by 2026-07-09 (90 days)');
    const counted = await rows<{ claim_line_id: string; reason_code: string; category: string; amount_cents: string; work_item_id: string }>(
      'select claim_line_id, reason_code, category, amount_cents::text as amount_cents, work_item_id from claim_denial where claim_id = ? order by reason_code',
      [first.claimId],
    );
    expect(counted).toEqual([
      { claim_line_id: lineOf(first, '97110').id, reason_code: '197', category: 'authorization', amount_cents: '24000', work_item_id: byCategory['authorization'].id },
      { claim_line_id: lineOf(first, '99213').id, reason_code: '50', category: 'medical-necessity', amount_cents: '12500', work_item_id: byCategory['medical-necessity'].id },
    ]);
  });

  it('adds nothing when the same remittance is routed again, and notes the open item when a new remittance denies again', async () => {
    const again = await route(denialOf(first, 'rem-1', '2026-04-10'));
    expect(again).toHaveLength(2);
    expect(await itemsOf(first.claimId)).toHaveLength(2);
    expect(await rows('select id from claim_denial where claim_id = ?', [first.claimId])).toHaveLength(2);
    const authorization = (await itemsOf(first.claimId)).find((item: { category: string }) => item.category === 'authorization');
    expect((await get(`/work-items/${authorization.id}`).expect(200)).body.notes).toHaveLength(1);

    await route({ ...denialOf(first, 'rem-2', '2026-05-01'), lines: [denialOf(first, 'rem-2', '2026-05-01').lines[1] as ClaimDenial['lines'][number]] });
    expect(await itemsOf(first.claimId)).toHaveLength(2);
    expect(await rows('select id from claim_denial where claim_id = ?', [first.claimId])).toHaveLength(3);
    const notes = (await get(`/work-items/${authorization.id}`).expect(200)).body.notes;
    expect(notes).toHaveLength(2);
    expect(notes[1].body).toMatch(/^Denied again\.\nAcme Health denied claim .* on remittance rem-2, received 2026-05-01/);
    // The same claim denied twice for the same reason is not a pattern across claims.
    expect(await upstreamItems()).toHaveLength(0);
  });

  it('stops the line when the same CARC for the same payer and procedure denies another claim within the window, once', async () => {
    await put('/gate-settings', { defectWindowDays: 30 }).expect(200);
    await put('/gates/authorization-confirmed', { policy: 'enforce', ownerRole: 'manager' }).expect(200);
    const outside = await deniedClaim('Brooks', 'PCN-B-1');
    await route(denialOf(outside, 'rem-3', '2026-06-05')); // 35 days after rem-2: outside the window
    expect(await upstreamItems()).toHaveLength(0);

    const second = await deniedClaim('Chen', 'PCN-C-1');
    await route({ ...denialOf(second, 'rem-4', '2026-06-20'), lines: [denialOf(second, 'rem-4', '2026-06-20').lines[1] as ClaimDenial['lines'][number]] });
    const upstream = await upstreamItems();
    expect(upstream).toHaveLength(1);
    expect(upstream[0]).toMatchObject({ category: 'authorization-confirmed', ownerRole: 'manager', priority: 'high', recordId: `${practice.payerId}/197/97110` });
    expect(upstream[0].title).toBe('Fix upstream: Acme Health denied 97110 with CARC 197 (authorization) on 2 claims within 30 days.');

    const third = await deniedClaim('Diaz', 'PCN-D-1');
    await route(denialOf(third, 'rem-5', '2026-06-21'));
    const after = await upstreamItems();
    expect(after.map((item: { recordId: string }) => item.recordId).sort()).toEqual([`${practice.payerId}/197/97110`, `${practice.payerId}/50/99213`]);
    const pattern = (await get(`/work-items/${upstream[0].id}`).expect(200)).body;
    expect(pattern.notes.map((note: { body: string }) => note.body)[1]).toMatch(/^Denied again: claim .* received 2026-06-21\. .* on 3 claims within 30 days\.$/);
    // CO-50 on 99213: Brooks (06-05) and Diaz (06-21) are within 30 days; its gate check has no owner set, so managers own it.
    expect(after.find((item: { recordId: string }) => item.recordId.endsWith('/50/99213'))).toMatchObject({ category: 'medical-necessity', ownerRole: 'manager' });
  });

  it('routes by the mapping an admin edits, and refuses a bad mapping naming the field', async () => {
    const mapping = await get('/denial-categories').expect(200);
    expect(mapping.body.rules).toContainEqual({ groupCode: null, reasonCode: '197', remarkCode: null, category: 'authorization', ownerRole: 'front-desk', ownerUserId: null, upstreamCheck: 'authorization-confirmed' });
    expect(mapping.body.fallback).toMatchObject({ category: 'other', ownerRole: 'biller' });
    const bad = await put('/denial-categories', { rules: [...mapping.body.rules, { groupCode: 'CO', reasonCode: '50', remarkCode: null, category: 'Bad Category', ownerRole: null, ownerUserId: null, upstreamCheck: 'no-such-check' }] }).expect(400);
    const fields = JSON.stringify(bad.body);
    expect(fields).toContain(`rules[${mapping.body.rules.length}].category`);
    expect(fields).toContain(`rules[${mapping.body.rules.length}].upstreamCheck`);
    expect(fields).toContain(`rules[${mapping.body.rules.length}].ownerRole`);

    const edited = [
      ...mapping.body.rules,
      { groupCode: 'CO', reasonCode: '50', remarkCode: 'M76', category: 'coding', ownerRole: 'coder', ownerUserId: null, upstreamCheck: 'codes-valid' },
    ];
    await put('/denial-categories', { rules: edited }).expect(200);
    const claim = await deniedClaim('Evans', 'PCN-E-1');
    const items = await route(denialOf(claim, 'rem-6', '2026-06-22'));
    expect(items.map((item) => item.category).sort()).toEqual(['authorization', 'coding']);

    const noRules = await put('/denial-categories', { rules: [] }).expect(400);
    expect(JSON.stringify(noRules.body)).toContain('rules');
  });

  it('edits a template (a syntax error names its line), renders a letter with the CARC wording and attachments, and moves the claim to appealed', async () => {
    const templates = await get('/appeal-templates').expect(200);
    expect(templates.body).toHaveLength(1);
    const template = templates.body[0];
    expect(template.name).toBe('Standard appeal');

    const broken = await put(`/appeal-templates/${template.id}`, { name: template.name, format: 'html', body: 'Dear payer,\n{{#each denials}}\n{{code}}\n{{/if}}' }).expect(400);
    expect(broken.body.errors).toEqual([{ field: 'body', message: expect.stringMatching(/^line 2: each doesn't match if/) }]);

    const body = `${template.body}<p>Reference {{claim.payerClaimNumber}} / {{claim.patientControlNumber}}</p>`;
    await put(`/appeal-templates/${template.id}`, { name: template.name, format: 'html', body }).expect(200);

    const authorization = (await itemsOf(first.claimId)).find((item: { category: string }) => item.category === 'authorization');
    const letter = await post(`/claims/${first.claimId}/appeal-letters`, {
      workItemId: authorization.id,
      attachments: [{ name: 'Authorization AUTH-991', description: 'Approval letter dated 2026-02-20' }, { name: 'Visit note', description: '' }],
    }).expect(201);
    expect(letter.body).toMatchObject({ claimId: first.claimId, templateId: template.id, workItemId: authorization.id, format: 'html', claimState: 'appealed', appealed: true });
    const content = letter.body.content as string;
    expect(content).toContain('Patient control number: ' + first.pcn);
    expect(content).toContain('Payer claim number: PCN-A-1');
    expect(content).toContain('Dates of service: 2026-03-02');
    expect(content).toContain('Total charges: $365.00');
    expect(content).toContain('<td>97110</td><td></td><td>4</td><td>$240.00</td>');
    expect(content).toContain('Line 2 (97110): CO-197 — Prior authorization, precertification or notice missing ($240.00)');
    expect(content).not.toContain('CO-50'); // the letter answers the authorization item only
    expect(content).toContain('<li>Authorization AUTH-991: Approval letter dated 2026-02-20</li>');
    expect(content).toContain('<li>Visit note</li>');
    expect(content).toContain(`<p>Reference PCN-A-1 / ${first.pcn}</p>`);
    expect((await get(`/claims/${first.claimId}`).expect(200)).body.state).toBe('appealed');

    const stored = await rows<{ content: string }>('select content from appeal_letter where claim_id = ?', [first.claimId]);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.content.startsWith('enc:')).toBe(true);

    // A second letter for an appealed claim is stored; the claim stays appealed.
    const second = await post(`/claims/${first.claimId}/appeal-letters`, {}).expect(201);
    expect(second.body).toMatchObject({ claimState: 'appealed', appealed: false });
    expect(second.body.content).toContain('Line 1 (99213): CO-50 — Not medically necessary in the payer&#x27;s view ($125.00); remark M76: Diagnosis missing or invalid');
    expect((await get(`/claims/${first.claimId}/appeal-letters`).expect(200)).body).toHaveLength(2);
  });

  it('refuses a letter for a work item of another claim and anyone signed out of the mapping', async () => {
    const other = await deniedClaim('Fischer', 'PCN-F-1');
    const [item] = await route(denialOf(other, 'rem-7', '2026-06-23'));
    const refused = await post(`/claims/${first.claimId}/appeal-letters`, { workItemId: item?.id }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('workItemId');
    const anonymous = await request(app.getHttpServer()).get(`${base}/denial-categories`);
    expect(anonymous.status).toBe(401);
  });
});

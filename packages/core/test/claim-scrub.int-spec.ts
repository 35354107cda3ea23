import type { INestApplication } from '@nestjs/common';
import { definePlugin, type ClaimView } from '@openrcm/sdk';
import { z } from 'zod';
import { CodingEditsImporter } from '../src/coding-edits/coding-edits.importer';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

const PTP = [
  'Synthetic NCCI PTP table for tests; not CMS data.',
  'Column1/Column2 Edits',
  'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale',
  '\t\t\t\t*=no data\t0=not allowed\t',
  '\t\t\t\t\t1=allowed\t',
  '\t\t\t\t\t9=not applicable\t',
  '97530\t97140\t\t20250101\t*\t1\tMisuse of column two code with column one code',
].join('\r\n');
const MUE = ['"Synthetic MUE table for tests.\nNot CMS data.",,,', '"HCPCS/\nCPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"', '97110,4,"1 Line Edit","Clinical: Data"'].join('\r\n');

/** A plugin with two scrub rules: one that flags lines under $50, one that always throws. */
const scrubPlugin = definePlugin({
  id: 'scrub-test',
  version: '1.0.0',
  sdk: '^1.3.0',
  settings: z.object({}),
  register(ctx) {
    ctx.contribute('scrub-rule', {
      id: 'min-charge',
      description: 'Lines of at least $50',
      inspect: async (_context, claim: ClaimView) =>
        claim.lines
          .filter((line) => line.chargeCents < 5000)
          .map((line) => ({ severity: 'error' as const, field: `SV102 (line ${line.lineNumber})`, message: `line ${line.lineNumber} is under $50`, fixHint: 'Check the fee schedule' })),
    });
    ctx.contribute('scrub-rule', {
      id: 'explodes',
      description: 'A rule with a bug',
      inspect: async () => {
        throw new Error('index out of range');
      },
    });
  },
});

interface Finding {
  id: string;
  rule: string;
  severity: string;
  field: string;
  message: string;
  hint: string | null;
  overriddenBy: string | null;
  overrideReason: string | null;
}

/**
 * Issue #8 item 2 (the scrubber): claims built from ready-to-bill visits through the API, scrubbed with the built-in
 * rules (NCCI/MUE from small synthetic tables), a plugin's rules, overrides that stand until the claim is reopened,
 * the touch counts, scrubbing every draft, and tenant isolation.
 */
describe('claim scrub', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;
  let practice: { locationId: string; groupId: string; doctorId: string; payerId: string };

  const DATE_OF_SERVICE = '2026-03-02';
  const post = (path: string, body: object = {}) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const put = (path: string, body: object) => admin.agent.put(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const get = (path: string) => admin.agent.get(`${base}${path}`);
  const upload = (path: string, contentType: string, body: string) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).set('content-type', contentType).send(body);
  const move = (encounterId: string, body: object) => post(`/encounters/${encounterId}/transitions`, body);

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'scrub-test' }] } });
    app = await startTestServer(config, { loadPluginModule: () => ({ plugin: scrubPlugin }) });
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    await admin.agent.patch(`/api/organizations/${admin.organizationId}`).set('x-csrf-token', admin.csrf).send({ x12SubmitterId: 'RIVERSIDE01' }).expect(200);
    await upload('/reference-imports/icd10cm?effectiveDate=2025-10-01', 'text/plain', 'E119    Type 2 diabetes mellitus without complications\nI10     Essential (primary) hypertension\n').expect(201);
    await upload('/reference-imports/cpt?effectiveDate=2026-01-01', 'text/csv', 'code,description\n99213,office visit established low\n97110,therapeutic exercise 15 min\n97140,manual therapy 15 min\n97530,therapeutic activities 15 min\n').expect(201);
    await upload('/reference-imports/modifiers?effectiveDate=2020-01-01', 'text/plain', '25\tSignificant separate E/M service\nGP\tPhysical therapy plan of care\n59\tDistinct procedural service\n').expect(201);
    const importer = app.get(CodingEditsImporter);
    await importer.importPtpText(`${PTP}\r\n`, { effectiveDate: '2026-01-01', importedBy: 'cli:test' });
    await importer.importMueText(`${MUE}\r\n`, { effectiveDate: '2026-01-01', importedBy: 'cli:test' });
    const location = await post('/locations', { name: 'Riverside Main', npi: null, addressLine1: '100 Main St', addressLine2: null, city: 'Springfield', state: 'IL', zip: '62701-1234', phone: '2175550100', placeOfServiceCode: '11', active: true }).expect(201);
    const group = await post('/providers', { kind: 'organization', name: 'Riverside Family Medicine', npi: '1234567893', taxId: '12-3456789' }).expect(201);
    const doctor = await post('/providers', { kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1245319599', taxonomy: '207Q00000X' }).expect(201);
    const payer = await post('/payers', { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI', timelyFilingDays: 3650, authorizationRequiredCodes: ['97110'] }).expect(201);
    await put(`/payers/${payer.body.id}/enrollments`, { providerId: group.body.id, transaction: '837P', status: 'enrolled', effectiveFrom: '2025-01-01' }).expect(200);
    practice = { locationId: location.body.id, groupId: group.body.id, doctorId: doctor.body.id, payerId: payer.body.id };
    const master = await post('/fee-schedules', { name: 'Charge master 2026', effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    await upload(`/fee-schedules/${master.body.id}/entries/import`, 'text/csv', 'code,modifier,amount\n99213,,125.00\n97110,,60.00\n97140,,55.00\n97530,,65.00\n').expect(200);
  });

  afterAll(async () => {
    await app.close();
  });

  /** A registered patient with an active primary coverage and an authorization, a visit built into one draft claim. */
  async function draftClaim(lastName: string, charges: object[], laterEligibility?: 'inactive' | 'error'): Promise<{ claimId: string; patientControlNumber: string }> {
    const patient = await post('/patients', { firstName: 'Maria', lastName, birthDate: '1985-04-12', sex: 'F', address: { line1: '12 Elm St', city: 'Springfield', state: 'IL', postalCode: '62704' } }).expect(201);
    const patientId = patient.body.id as string;
    await put(`/patients/${patientId}/guarantor`, { relationship: 'self' }).expect(200);
    const coverage = await post(`/patients/${patientId}/coverages`, { payerRecordId: practice.payerId, order: 'primary', subscriberRelationship: '18', memberId: `ACM${Math.random().toString().slice(2, 11)}`, groupNumber: 'G-77', effectiveFrom: '2026-01-01' }).expect(201);
    const coverageId = coverage.body.id as string;
    await post(`/patients/${patientId}/authorizations`, { number: `AUTH-${lastName}`, payerRecordId: practice.payerId, coverageId, procedureCodes: ['97110'], unitsApproved: 500, startDate: '2026-02-01', endDate: '2026-04-30' }).expect(201);
    const encounter = await post('/encounters', { patientId, locationId: practice.locationId, billingProviderId: practice.groupId, renderingProviderId: practice.doctorId, dateOfService: DATE_OF_SERVICE }).expect(201);
    const encounterId = encounter.body.id as string;
    await move(encounterId, { event: 'check-in' }).expect(200);
    await put(`/encounters/${encounterId}/patient-responsibility`, { estimateCents: 3000, method: 'verbal' }).expect(200);
    await put(`/encounters/${encounterId}/diagnoses`, { codes: ['E11.9', 'I10'] }).expect(200);
    for (const charge of charges) await post(`/encounters/${encounterId}/charges`, charge).expect(201);
    await move(encounterId, { event: 'document' }).expect(200);
    await put(`/encounters/${encounterId}/documentation`, { providerId: practice.doctorId, signedAt: `${DATE_OF_SERVICE}T16:00:00Z` }).expect(200);
    await move(encounterId, { event: 'code' }).expect(200);
    await post(`/patients/${patientId}/eligibility-checks`, { coverageId, asOfDate: DATE_OF_SERVICE, method: 'portal', outcome: 'active', checkedAt: '2026-03-01T15:00:00Z' }).expect(201);
    await move(encounterId, { event: 'mark-ready' }).expect(200);
    const built = await post('/claims/build', { encounterId }).expect(201);
    if (laterEligibility) await post(`/patients/${patientId}/eligibility-checks`, { coverageId, asOfDate: DATE_OF_SERVICE, method: 'portal', outcome: laterEligibility, checkedAt: '2026-03-01T16:00:00Z' }).expect(201);
    const [claim] = built.body.claims;
    return { claimId: claim.id, patientControlNumber: claim.patientControlNumber };
  }

  const OFFICE_VISIT = { procedureCode: '99213', modifiers: ['25'], units: 1, diagnosisPointers: [1, 2] };
  const exercise = (units: number) => ({ procedureCode: '97110', modifiers: ['GP'], units, diagnosisPointers: [1] });
  const scrub = async (claimId: string) => (await post(`/claims/${claimId}/scrub`).expect(200)).body as { claimId: string; state: string; findings: Finding[] };
  const withoutPluginFailure = (findings: Finding[]) => findings.filter((finding) => finding.rule !== 'scrub-test/explodes');

  it('scrubs a clean claim to scrubbed and releases it to ready; a plugin rule that throws is one warning naming it', async () => {
    const { claimId } = await draftClaim('Alvarez', [OFFICE_VISIT, exercise(4)]);
    const result = await scrub(claimId);
    expect(result).toMatchObject({ claimId, state: 'scrubbed' });
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'scrub-test/explodes', severity: 'warning', field: 'plugin', message: 'scrub rule scrub-test/explodes failed: index out of range' }),
    ]);
    const released = await post(`/claims/${claimId}/transitions`, { event: 'release' }).expect(200);
    expect(released.body.claim.state).toBe('ready');
    expect((await get(`/claims/${claimId}/touches`).expect(200)).body).toEqual({ overrides: 0, reopens: 0 });
  });

  it('keeps a claim with an MUE error in draft; an override with a reason lets it scrub, and stands until the claim is reopened', async () => {
    const { claimId } = await draftClaim('Baptiste', [OFFICE_VISIT, exercise(6)]);
    const first = await scrub(claimId);
    expect(first.state).toBe('draft');
    const [mue] = withoutPluginFailure(first.findings);
    expect(withoutPluginFailure(first.findings)).toHaveLength(1);
    expect(mue).toMatchObject({ rule: 'mue', severity: 'error', field: 'SV104 (line 2)', message: expect.stringContaining('97110: 6 units on line 2 exceed the MUE of 4 on one line (MAI 1') as unknown });
    expect(mue?.hint).toContain('at most 4 units');
    await post(`/claims/${claimId}/transitions`, { event: 'scrub' }).expect(422);

    await post(`/claims/${claimId}/findings/${mue?.id}/override`, { reason: ' ' }).expect(400);
    await post(`/claims/${claimId}/findings/${mue?.id}/override`, { reason: 'Documented medical necessity; payer policy allows 6' }).expect(200);
    const second = await scrub(claimId);
    expect(second.state).toBe('scrubbed');
    expect(withoutPluginFailure(second.findings)).toEqual([expect.objectContaining({ id: mue?.id, rule: 'mue', overrideReason: 'Documented medical necessity; payer policy allows 6' })]);
    // Scrubbing again (the claim unchanged) does not re-open the overridden problem.
    const third = await scrub(claimId);
    expect(third.state).toBe('scrubbed');
    expect(withoutPluginFailure(third.findings).map((finding) => finding.id)).toEqual([mue?.id]);
    expect((await get(`/claims/${claimId}/touches`).expect(200)).body).toEqual({ overrides: 1, reopens: 0 });

    // A reopen (sent back to draft for a change) voids standing overrides: the problem comes back as a new open error.
    await post(`/claims/${claimId}/transitions`, { event: 'reopen' }).expect(200);
    const reopened = await scrub(claimId);
    expect(reopened.state).toBe('draft');
    const [again] = withoutPluginFailure(reopened.findings);
    expect(withoutPluginFailure(reopened.findings)).toHaveLength(1);
    expect(again).toMatchObject({ rule: 'mue', field: 'SV104 (line 2)', overriddenBy: null });
    expect(again?.id).not.toBe(mue?.id);
    const history = (await get(`/claims/${claimId}/findings`).expect(200)).body as Array<Finding & { resolvedAt: string | null }>;
    expect(history.find((finding) => finding.id === mue?.id)?.resolvedAt).not.toBeNull();
    expect((await get(`/claims/${claimId}/touches`).expect(200)).body).toEqual({ overrides: 1, reopens: 1 });
  });

  it('reports an unbypassed NCCI pair as an error and a bypassed one as a reminder to document', async () => {
    const pair = (modifiers: string[]) => [
      { procedureCode: '97530', modifiers: ['GP'], units: 1, diagnosisPointers: [1] },
      { procedureCode: '97140', modifiers: ['GP', ...modifiers], units: 1, diagnosisPointers: [1] },
    ];
    const bundled = await draftClaim('Castellanos', pair([]));
    const refused = await scrub(bundled.claimId);
    expect(refused.state).toBe('draft');
    expect(withoutPluginFailure(refused.findings)).toEqual([
      expect.objectContaining({ rule: 'ncci-ptp', severity: 'error', field: 'SV101 (line 2)', message: expect.stringContaining('97140 (line 2) is bundled into 97530 (line 1)') as unknown }),
    ]);
    const distinct = await draftClaim('Dubois', pair(['59']));
    const passed = await scrub(distinct.claimId);
    expect(passed.state).toBe('scrubbed');
    expect(withoutPluginFailure(passed.findings)).toEqual([expect.objectContaining({ rule: 'ncci-ptp', severity: 'warning', field: 'SV101-3 (line 2)' })]);
  });

  it("records a plugin rule's error finding under the plugin's rule id and keeps the claim in draft", async () => {
    const { claimId } = await draftClaim('Eriksen', [OFFICE_VISIT, { procedureCode: '97530', modifiers: ['GP'], units: 1, diagnosisPointers: [1], unitPriceCents: 4000 }]);
    const result = await scrub(claimId);
    expect(result.state).toBe('draft');
    expect(withoutPluginFailure(result.findings)).toEqual([
      expect.objectContaining({ rule: 'scrub-test/min-charge', severity: 'error', field: 'SV102 (line 2)', message: 'line 2 is under $50', hint: 'Check the fee schedule' }),
    ]);
  });

  it('reports a coverage the latest eligibility check found inactive, and an inconclusive latest check', async () => {
    const inactive = await draftClaim('Fontaine', [OFFICE_VISIT], 'inactive');
    const refused = await scrub(inactive.claimId);
    expect(refused.state).toBe('draft');
    expect(withoutPluginFailure(refused.findings)).toEqual([expect.objectContaining({ rule: 'coverage-active', severity: 'error' })]);
    const unchecked = await draftClaim('Garnier', [OFFICE_VISIT], 'error');
    const warned = await scrub(unchecked.claimId);
    expect(warned.state).toBe('scrubbed');
    expect(withoutPluginFailure(warned.findings)).toEqual([expect.objectContaining({ rule: 'coverage-active', severity: 'warning' })]);
  });

  it('scrubs every draft claim and answers a summary', async () => {
    const clean = await draftClaim('Haddad', [OFFICE_VISIT]);
    const blocked = await draftClaim('Ibarra', [OFFICE_VISIT, exercise(5)]);
    const summary = (await post('/claims/scrub-drafts').expect(200)).body as { total: number; scrubbed: number; stillDraft: number; failed: number; results: Array<{ claimId: string; state: string; errors: number; warnings: number }> };
    expect(summary.failed).toBe(0);
    expect(summary.total).toBe(summary.scrubbed + summary.stillDraft);
    expect(summary.results).toContainEqual({ claimId: clean.claimId, state: 'scrubbed', errors: 0, warnings: 1 });
    expect(summary.results).toContainEqual({ claimId: blocked.claimId, state: 'draft', errors: 1, warnings: 1 });
    expect((await get('/claims').query({ state: 'draft' }).expect(200)).body.items.map((claim: { id: string }) => claim.id)).not.toContain(clean.claimId);
  });

  it("refuses another organization's claim as not found", async () => {
    const { claimId } = await draftClaim('Jansen', [OFFICE_VISIT]);
    const other = await signInAsNewAdmin(app);
    await other.agent.post(`/api/organizations/${other.organizationId}/claims/${claimId}/scrub`).set('x-csrf-token', other.csrf).send({}).expect(404);
    await other.agent.get(`/api/organizations/${other.organizationId}/claims/${claimId}/touches`).expect(404);
  });
});

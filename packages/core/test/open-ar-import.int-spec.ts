import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { runInAuditScope } from '../src/audit/audit-scope';
import { OpenArImportService } from '../src/conversion/open-ar-import.service';
import { dependentClaim, legacy837P, segmentIndexOf, selfClaim, thirdClaim } from './support/open-ar-837p';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

/**
 * Issue #9 (open A/R conversion): an 837P of another system imported through the service and the route — patients,
 * coverages, guarantors, encounters, claims with their CLM01 and REF*6R, charges in the ledger — a second import
 * changing nothing, a malformed claim skipped with its segment position, and the ledger checks passing.
 */
describe('open A/R conversion (837P)', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;
  let context: RequestContext;
  const file = legacy837P([selfClaim(), dependentClaim(), thirdClaim()]).replace('SV1*HC:99212*99*UN', 'SV1*HC:99212*9X9*UN');
  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);
  const tables = async () => {
    const [counts] = await rows<Record<string, string>>(
      `select (select count(*) from patient where organization_id = ?) as patients, (select count(*) from coverage where organization_id = ?) as coverages,
              (select count(*) from encounter where organization_id = ?) as encounters, (select count(*) from claim where organization_id = ?) as claims,
              (select count(*) from claim_line where organization_id = ?) as lines, (select count(*) from ledger_entry where organization_id = ?) as entries,
              (select count(*) from payer where organization_id = ?) as payers, (select count(*) from provider where organization_id = ?) as providers`,
      Array.from({ length: 8 }, () => admin.organizationId),
    );
    return counts;
  };

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    context = { organizationId: admin.organizationId, actor: { type: 'user', id: 'conversion-test' }, roles: ['admin'], correlationId: 'conversion-test' };
    // The payer is registered already; everything else comes from the file.
    await admin.agent.patch(base).set('x-csrf-token', admin.csrf).send({ x12SubmitterId: 'RIVERSIDE01' }).expect(200);
    await admin.agent.post(`${base}/payers`).set('x-csrf-token', admin.csrf).send({ name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' }).expect(201);
  });

  afterAll(async () => {
    await app.close();
  });

  it('imports each good claim as submitted with its parties, lines and ledger charges, and skips the malformed one with its position', async () => {
    const result = await runInAuditScope(context, null, () => app.get(OpenArImportService).import(context, file));
    expect(result).toMatchObject({ claimsInFile: 3, imported: 2, skipped: 1, linesImported: 3, chargeCentsImported: 49000, created: { payers: 0, providers: 2, locations: 1, patients: 2, coverages: 2 } });
    const bad = result.claims[2];
    expect(bad).toMatchObject({ patientControlNumber: 'LEG-1003', outcome: 'skipped', reason: 'invalid', segmentIndex: segmentIndexOf(file, 'CLM*LEG-1003'), claimId: null });
    expect(bad?.issues.map((issue) => issue.field)).toContain('SV1');
    expect(bad?.issues.find((issue) => issue.field === 'SV1')?.message).toContain(`segment ${segmentIndexOf(file, 'SV1*HC:99212')}`);

    const claims = await rows<{ patient_control_number: string; state: string; total_charge_cents: string; frequency: string; first_name: string; last_name: string; relationship: string; subscriber_first_name: string | null }>(
      `select c.patient_control_number, c.state, c.total_charge_cents::text as total_charge_cents, c.frequency, p.first_name, p.last_name, v.subscriber_relationship as relationship, v.subscriber_first_name
         from claim c join patient p on p.id = c.patient_id join coverage v on v.id = c.coverage_id where c.organization_id = ? order by c.patient_control_number`,
      [admin.organizationId],
    );
    expect(claims).toEqual([
      { patient_control_number: 'LEG-1001', state: 'submitted', total_charge_cents: '36500', frequency: '1', first_name: 'MARIA', last_name: 'LOPEZ', relationship: '18', subscriber_first_name: null },
      { patient_control_number: 'LEG-1002', state: 'submitted', total_charge_cents: '12500', frequency: '1', first_name: 'LUCIA', last_name: 'LOPEZ', relationship: '19', subscriber_first_name: 'JORGE' },
    ]);
    const lines = await rows<{ line_item_control_number: string; procedure_code: string; modifiers: string[]; units: number; charge_cents: string; diagnosis_pointers: number[]; amount: string; kind: string; source: string; party: string }>(
      `select l.line_item_control_number, l.procedure_code, l.modifiers, l.units, l.charge_cents::text as charge_cents, l.diagnosis_pointers, e.amount_cents::text as amount, e.kind, e.source, e.party
         from claim_line l join ledger_entry e on e.claim_line_id = l.id where l.organization_id = ? order by l.line_item_control_number`,
      [admin.organizationId],
    );
    expect(lines).toEqual([
      { line_item_control_number: 'LEG-A-1', procedure_code: '99213', modifiers: ['25'], units: 1, charge_cents: '12500', diagnosis_pointers: [1, 2], amount: '12500', kind: 'charge', source: 'conversion', party: 'payer' },
      { line_item_control_number: 'LEG-A-2', procedure_code: '97110', modifiers: ['GP'], units: 4, charge_cents: '24000', diagnosis_pointers: [1], amount: '24000', kind: 'charge', source: 'conversion', party: 'payer' },
      { line_item_control_number: 'LEG-B-1', procedure_code: '99213', modifiers: [], units: 1, charge_cents: '12500', diagnosis_pointers: [1], amount: '12500', kind: 'charge', source: 'conversion', party: 'payer' },
    ]);
    const encounters = await rows<{ state: string; date_of_service: string; diagnosis_codes: string[] }>(`select state, date_of_service, diagnosis_codes from encounter where organization_id = ? order by date_of_service`, [admin.organizationId]);
    expect(encounters).toEqual([
      { state: 'billed', date_of_service: '2026-03-02', diagnosis_codes: ['E119', 'I10'] },
      { state: 'billed', date_of_service: '2026-03-05', diagnosis_codes: ['R519'] },
    ]);
    const guarantors = await rows<{ first_name: string; relationship: string; guarantor_first: string | null }>(
      `select p.first_name, g.relationship, g.first_name as guarantor_first from guarantor g join patient p on p.id = g.patient_id where g.organization_id = ? order by p.first_name`,
      [admin.organizationId],
    );
    expect(guarantors).toEqual([
      { first_name: 'LUCIA', relationship: 'parent', guarantor_first: 'JORGE' },
      { first_name: 'MARIA', relationship: 'self', guarantor_first: null },
    ]);
  });

  it('shows an imported claim with its snapshot and 837P preview like a built one', async () => {
    const [claim] = await rows<{ id: string }>(`select id from claim where organization_id = ? and patient_control_number = 'LEG-1002'`, [admin.organizationId]);
    const view = await admin.agent.get(`${base}/claims/${claim?.id}`).expect(200);
    expect(JSON.stringify(view.body)).toContain('LEG-B-1');
    const preview = await admin.agent.get(`${base}/claims/${claim?.id}/837p`).expect(200);
    const x12 = preview.text;
    expect(x12).toContain('CLM*LEG-1002*125');
    expect(x12).toContain('PAT*19');
    expect(x12).toContain('REF*6R*LEG-B-1');
  });

  it('changes nothing when the same file comes again through the route, reporting the claims as already imported', async () => {
    const before = await tables();
    const again = await admin.agent.post(`${base}/conversions/837p`).set('x-csrf-token', admin.csrf).set('content-type', 'text/plain').send(file).expect(200);
    expect(again.body).toMatchObject({ claimsInFile: 3, imported: 0, skipped: 3, linesImported: 0, chargeCentsImported: 0 });
    expect(again.body.claims.map((claim: { patientControlNumber: string; reason: string }) => [claim.patientControlNumber, claim.reason])).toEqual([
      ['LEG-1001', 'already-imported'],
      ['LEG-1002', 'already-imported'],
      ['LEG-1003', 'invalid'],
    ]);
    expect(await tables()).toEqual(before);
  });

  it('refuses a file whose envelope is broken, naming the segment, with nothing written', async () => {
    const before = await tables();
    const broken = legacy837P([thirdClaim()]).replace(/SE\*\d+\*/, 'SE*3*');
    const refused = await admin.agent.post(`${base}/conversions/837p`).set('x-csrf-token', admin.csrf).set('content-type', 'text/plain').send(broken).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'file' });
    expect(refused.body.errors[0].message).toContain(`segment ${segmentIndexOf(broken, 'SE*3*')}`);
    expect(await tables()).toEqual(before);
  });

  it('imports the fixed claim into the patient already registered, and the ledger checks pass', async () => {
    const fixed = await admin.agent.post(`${base}/conversions/837p`).set('x-csrf-token', admin.csrf).set('content-type', 'text/plain').send(legacy837P([thirdClaim()])).expect(200);
    expect(fixed.body).toMatchObject({ imported: 1, created: { patients: 0, coverages: 0, providers: 0, locations: 0 } });
    const verify = await admin.agent.post(`${base}/ledger/verify`).set('x-csrf-token', admin.csrf).expect(200);
    expect(verify.body).toMatchObject({ organizationId: admin.organizationId, entries: 4, violations: [] });
    expect(verify.body.checks).toContain('charge-matches-service-line');
    const summary = await admin.agent.get(`${base}/ledger/summary`).expect(200);
    expect(summary.body).toMatchObject({ entries: 4, balanceCents: 58900, byKind: [{ kind: 'charge', entries: 4, amountCents: 58900 }], claimsByState: [{ state: 'submitted', claims: 3 }] });
  });

  it('keeps the import transitions out of the encounter and claim APIs', async () => {
    const [claim] = await rows<{ id: string; encounter_id: string }>(`select id, encounter_id from claim where organization_id = ? limit 1`, [admin.organizationId]);
    await admin.agent.post(`${base}/claims/${claim?.id}/transitions`).set('x-csrf-token', admin.csrf).send({ event: 'import' }).expect(400);
    await admin.agent.post(`${base}/encounters/${claim?.encounter_id}/transitions`).set('x-csrf-token', admin.csrf).send({ event: 'import' }).expect(400);
  });
});

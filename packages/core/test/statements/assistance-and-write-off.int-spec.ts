import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
// eslint-disable-next-line no-restricted-imports -- the test server loads the plugin as the server would at runtime (by module name); core's sources never import it
import { plugin as patientStatements } from '@openrcm/plugin-patient-statements';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyLedger } from '../../src/ledger/ledger.verifier';
import { BillingPractice, type SubmittedClaim } from '../support/billing-practice';
import { coinsuranceClaim, test835 } from '../support/remittance-835';
import { statementSettingsBody } from '../support/statement-settings';
import { startTestServer, testConfig } from '../support/test-app';

/**
 * Issue #11 item 1: a pending financial-assistance application holds statements; approved, its discount is written off
 * the ledger to the cent; a balance under the small-balance threshold is written off by policy with its reason and the
 * account closed as written off.
 */
describe('financial assistance and small-balance write-offs', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  const claims = {} as Record<'assisted' | 'small', SubmittedClaim>;
  const owes = async (claim: SubmittedClaim) => Number((await practice.rows<{ owed: string }>(`select coalesce(sum(amount_cents), 0)::text as owed from ledger_entry where patient_id = ? and party = 'patient'`, [claim.patientId]))[0]?.owed);
  const outcomeOf = async (runId: string, claim: SubmittedClaim) => ((await practice.get(`/statement-runs/${runId}/outcomes`).expect(200)).body.items as { patientId: string }[]).find((outcome) => outcome.patientId === claim.patientId);

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'patient-statements' }], callTimeoutMs: 20_000 } });
    app = await startTestServer({ ...config, mail: { outboxDir: mkdtempSync(join(tmpdir(), 'outbox-')), from: 'Billing <billing@clinic.test>' } }, { loadPluginModule: () => ({ plugin: patientStatements }) });
    practice = await BillingPractice.create(app);
    claims.assisted = await practice.submittedClaim('Assisted');
    claims.small = await practice.submittedClaim('Smallbalance');
    await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain')
      .send(test835({ trace: 'FA-1', claims: [coinsuranceClaim(claims.assisted, 4001), coinsuranceClaim(claims.small, 300)] }))
      .expect(200);
    await practice.admin.agent.put(`${practice.base}/statement-settings`).set('x-csrf-token', practice.admin.csrf).send(statementSettingsBody('Assist Clinic', { smallBalanceWriteOffCents: 500 })).expect(200);
    await practice.admin.agent.patch(`${practice.base}/patients/${claims.assisted.patientId}/statement-account`).set('x-csrf-token', practice.admin.csrf).send({ emailConsent: true, email: 'assisted@example.test' }).expect(200);
  }, 180_000);

  afterAll(async () => {
    await app.close();
  });

  it('refuses a write-off threshold above the minimum balance', async () => {
    const refused = await practice.admin.agent.put(`${practice.base}/statement-settings`).set('x-csrf-token', practice.admin.csrf).send(statementSettingsBody('Assist Clinic', { smallBalanceWriteOffCents: 501 })).expect(400);
    expect(JSON.stringify(refused.body)).toContain('smallBalanceWriteOffCents');
  });

  it('holds statements while an application is pending, and writes a small balance off by policy', async () => {
    const application = await practice.post(`/patients/${claims.assisted.patientId}/financial-assistance`, { note: 'Household of 4, income letter received.' }).expect(201);
    expect(application.body).toMatchObject({ state: 'pending', discountPercent: null });
    await practice.post(`/patients/${claims.assisted.patientId}/financial-assistance`, {}).expect(409);

    const run = (await practice.post('/statement-runs').expect(201)).body;
    expect(run.counts).toMatchObject({ sent: 0, writtenOff: 1, skipped: { 'financial-assistance-pending': 1 } });
    expect(await outcomeOf(run.id, claims.small)).toMatchObject({ result: 'written-off', reason: 'under $5.00: written off by policy', balanceCents: 300 });
    expect(await owes(claims.small)).toBe(0);
    const [writeOff] = await practice.rows<{ kind: string; source: string; amount_cents: string; memo: string }>(`select kind, source, amount_cents::text, memo from ledger_entry where patient_id = ? and source = 'balance-policy'`, [claims.small.patientId]);
    expect(writeOff).toEqual({ kind: 'write-off', source: 'balance-policy', amount_cents: '-300', memo: 'small balance under $5.00 written off by the statement policy' });
    expect((await practice.get(`/patients/${claims.small.patientId}/statement-account`).expect(200)).body).toMatchObject({ state: 'written-off' });
  }, 60_000);

  it('writes the approved discount off to the cent, then bills the rest', async () => {
    const [pending] = (await practice.get(`/patients/${claims.assisted.patientId}/financial-assistance`).expect(200)).body.items;
    const missing = await practice.post(`/financial-assistance/${pending.id}/decision`, { decision: 'approved', note: 'Tier 2' }).expect(400);
    expect(JSON.stringify(missing.body)).toContain('discountPercent');
    // 25% of $40.01 is $10.0025: $10.00 written off, rounded half away from zero to the cent.
    const approved = await practice.post(`/financial-assistance/${pending.id}/decision`, { decision: 'approved', discountPercent: 25, note: 'Tier 2 of the sliding scale' }).expect(201);
    expect(approved.body).toMatchObject({ state: 'approved', discountPercent: 25, discountCents: 1000, decisionNote: 'Tier 2 of the sliding scale' });
    expect(await owes(claims.assisted)).toBe(3001);
    await practice.post(`/financial-assistance/${pending.id}/decision`, { decision: 'denied', note: 'again' }).expect(409);

    const run = (await practice.post('/statement-runs').expect(201)).body;
    expect(run.counts).toMatchObject({ sent: 1 });
    expect(await outcomeOf(run.id, claims.assisted)).toMatchObject({ result: 'sent', balanceCents: 3001 });
    expect((await verifyLedger(app.get(MikroORM).em.fork() as never, practice.admin.organizationId)).violations).toEqual([]);
  }, 60_000);
});

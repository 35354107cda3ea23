import type { INestApplication } from '@nestjs/common';
import { createServer, OpenArImportService, OrganizationService, RemittanceIngestion, runInAuditScope, verifyLedger } from '@openrcm/core';
import { createTestDatabase, type TestDatabase } from '@openrcm/core/testing';
import type { RequestContext } from '@openrcm/sdk';
import { createPayerRuleSet, processInterchange } from '@openrcm/simulator';
import { generate837PBatches, write837P } from '@openrcm/x12';
import { MikroORM } from '@mikro-orm/core';
import { loadConfig, toCoreConfig } from '../src/config/load-config';
import { configDirectory } from './support/cli-harness';
import { join } from 'node:path';

/** How many generated claims go round: CYCLE_CLAIMS, else 5,000 on PostgreSQL (the acceptance run) and 300 on PGlite. */
const CLAIMS = Number(process.env['CYCLE_CLAIMS'] ?? (process.env['DATABASE_URL'] ? 5000 : 300));

/**
 * Issue #9 acceptance: a generated cycle through the payer simulator. Claims are registered from a generated 837P by
 * the open-A/R conversion (as submitted), the simulator adjudicates the same 837P, and its 835s are posted: every
 * claim payment matches, the posted money per claim is what the simulator reports it paid, the check totals are the
 * 835s' BPR02, and the ledger verifies clean.
 */
describe(`claim cycle through the payer simulator (${CLAIMS} claims)`, () => {
  let database: TestDatabase;
  let app: INestApplication;
  let context: RequestContext;

  beforeAll(async () => {
    database = await createTestDatabase();
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent' }`);
    const env = database.config.url ? { DATABASE_URL: database.config.url } : {};
    app = await createServer(toCoreConfig((await loadConfig(join(cwd, 'openrcm.config.ts'), env, cwd)).config, false));
    await app.init();
    const system = { actor: { type: 'system' as const, id: 'cycle-test' }, roles: [], correlationId: 'claim-cycle' };
    const organization = await app.get(OrganizationService).create(system, { name: 'Cycle Practice', timeZone: 'America/Chicago' });
    context = { organizationId: organization.id, actor: { type: 'system', id: 'cycle-test' }, roles: ['admin'], correlationId: 'claim-cycle' };
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('posts exactly what the simulator paid', async () => {
    const batches = generate837PBatches({ claims: CLAIMS, seed: 11, claimsPerTransaction: 1000, startDate: '2026-01-05' });
    const x12 = write837P(batches, { sender: { qualifier: 'ZZ', id: 'CYCLEPRACTICE' }, receiver: { qualifier: 'ZZ', id: 'SIMPAYER' }, date: '2026-03-01', time: '09:00' }, { interchange: 1, group: 1, transaction: 1 });
    const imported = await runInAuditScope(context, null, () => app.get(OpenArImportService).import(context, x12));
    const registered = new Set(imported.claims.filter((claim) => claim.outcome === 'imported').map((claim) => claim.patientControlNumber));
    expect(registered.size).toBeGreaterThan(CLAIMS * 0.8);

    const answer = processInterchange(x12, createPayerRuleSet(), { seed: 11, now: '2026-03-20T12:00:00Z', firstControlNumber: 1 });
    let unmatched = 0;
    for (const file of answer.remit835) {
      const result = await runInAuditScope(context, null, () => app.get(RemittanceIngestion).ingest(context, file.x12, { fileName: `${file.payerId}-${file.traceNumber}.835`, pluginId: 'simulator' }));
      for (const posting of result.postings) {
        expect(posting).toMatchObject({ outcome: 'posted', traceNumber: file.traceNumber, paymentCents: file.paymentCents });
        unmatched += posting.unmatched;
      }
    }
    // What the simulator adjudicated for claims the conversion did not register (secondary claims) is all that waits unmatched.
    const adjudicated = answer.outcomes.filter((outcome) => outcome.stage === 'adjudicated');
    const foreign = answer.remit835.length > 0 ? adjudicated.filter((outcome) => !registered.has(outcome.patientControlNumber)) : [];
    expect(unmatched).toBe(foreign.length + foreign.filter((outcome) => outcome.reversed).length * 2);

    // Per claim, the money posted is what the simulator paid (after a reversal, its correction's amount).
    const rows = await app.get(MikroORM).em.fork().getConnection().execute<{ patient_control_number: string; paid: string }[]>(
      `select c.patient_control_number, (-sum(e.amount_cents))::text as paid from ledger_entry e join claim c on c.id = e.claim_id
        left join ledger_entry o on o.id = e.reverses_entry_id
        where e.organization_id = ? and e.source = 'remittance' and coalesce(o.kind, e.kind) = 'payment' and coalesce(o.group_code, e.group_code, '') <> 'WO'
        group by c.patient_control_number`,
      [context.organizationId],
    );
    const postedByClaim = new Map(rows.map((row: { patient_control_number: string; paid: string }) => [row.patient_control_number, Number(row.paid)]));
    const mismatches = adjudicated
      .filter((outcome) => registered.has(outcome.patientControlNumber) && !outcome.reversed)
      .filter((outcome) => (postedByClaim.get(outcome.patientControlNumber) ?? 0) !== outcome.paidCents)
      .map((outcome) => `${outcome.patientControlNumber}: simulator ${outcome.paidCents}, posted ${postedByClaim.get(outcome.patientControlNumber) ?? 0}`);
    expect(mismatches).toEqual([]);
    expect(adjudicated.filter((outcome) => registered.has(outcome.patientControlNumber)).length).toBeGreaterThan(CLAIMS * 0.7);

    const verification = await verifyLedger(app.get(MikroORM).em.fork() as never, context.organizationId);
    expect(verification.violations).toEqual([]);
  }, 1_800_000);
});

import type { INestApplication } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  AgencyFileImporter,
  CollectionSettingsService,
  CollectionsQuery,
  createServer,
  OpenArImportService,
  OrganizationService,
  PatientAccountService,
  PaymentPlanService,
  PlacementProposalService,
  PlacementService,
  RemittanceIngestion,
  runInAuditScope,
  StatementRunService,
  StatementSettingsService,
  verifyLedger,
} from '@openrcm/core';
import { createTestDatabase, type TestDatabase } from '@openrcm/core/testing';
import type { RequestContext } from '@openrcm/sdk';
import { createPayerRuleSet, generateHostKey, processInterchange, startAgencySftpServer, type AgencyReceipt, type AgencySftpServer } from '@openrcm/simulator';
import { generate837PBatches, read835, write837P } from '@openrcm/x12';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, toCoreConfig } from '../src/config/load-config';
import { configDirectory } from './support/cli-harness';

const CLAIMS = 120;
const SEED = 11;
const TIME_ZONE = 'America/Chicago';
const DAY_MS = 86_400_000;
const MINIMUM_PLACED_CENTS = 2500;
const FEE_BASIS_POINTS = 2500;

interface PatientFacts {
  shareCents: number;
  payerOwes: boolean;
}

/**
 * Issue #12 acceptance, end to end on PostgreSQL: after a simulated cycle (the simulator's seed fixed) and two statement
 * runs (a statement, then the final notice), the accounts that meet the placement rules are proposed and the ones on a
 * plan, with a claim still with insurance or an open dispute are not, with their reasons; the approved batch is placed
 * over SFTP (host key pinned) with the simulator's collection agency, whose activity file — payments reported net of
 * its fee — posts to the ledger to the cent; a recall file reaches the agency and the account leaves collections.
 */
describe(`collections after a simulated cycle (${CLAIMS} claims)`, () => {
  let root: string;
  let sftp: AgencySftpServer;
  let database: TestDatabase;
  let app: INestApplication;
  let context: RequestContext;
  const receipts: AgencyReceipt[] = [];
  const patients = new Map<string, PatientFacts>();
  let planned = '';
  let disputed = '';
  const start = Date.now();
  const at = (days: number) => new Date(start + days * DAY_MS);
  const inScope = <T>(work: () => Promise<T>) => runInAuditScope(context, null, work);
  const sql = <T>(text: string, parameters: unknown[]) => (app.get(MikroORM).em.fork() as unknown as { execute<R>(q: string, p: unknown[]): Promise<R> }).execute<T>(text, parameters);
  const owes = async (patientId: string) => Number((await sql<{ owed: string }[]>(`select coalesce(sum(amount_cents), 0)::text as owed from ledger_entry where patient_id = ? and party = 'patient'`, [patientId]))[0]?.owed);
  const stateOf = async (patientId: string) => (await sql<{ state: string }[]>(`select state from patient_account where patient_id = ?`, [patientId]))[0]?.state;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'openrcm-collections-'));
    sftp = await startAgencySftpServer({
      root,
      port: 0,
      hostKey: generateHostKey(),
      users: [{ username: 'clinic', password: 'agency-secret' }],
      agency: { layout: 'csv', seed: SEED, feeBasisPoints: FEE_BASIS_POINTS, paymentsReported: 'net', timeZone: TIME_ZONE },
      onReceipt: (receipt) => receipts.push(receipt),
    });
    process.env['AGENCY_SFTP_PASSWORD'] = 'agency-secret';
    database = await createTestDatabase();
    const plugins = [
      { module: '@openrcm/plugin-patient-statements' },
      {
        module: '@openrcm/plugin-collections',
        settings: {
          agencyName: 'Simulated Recovery',
          layout: 'csv',
          paymentsReported: 'net',
          delivery: { type: 'sftp', host: sftp.host, port: sftp.port, username: 'clinic', password: { env: 'AGENCY_SFTP_PASSWORD' }, hostKeySha256: sftp.fingerprint, outbound: '/outbound', inbound: '/inbound' },
        },
      },
    ];
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent', plugins: ${JSON.stringify(plugins)} }`);
    const env = database.config.url ? { DATABASE_URL: database.config.url } : {};
    app = await createServer(toCoreConfig((await loadConfig(join(cwd, 'openrcm.config.ts'), env, cwd)).config, false));
    await app.init();
    const system = { actor: { type: 'system' as const, id: 'collections-cycle' }, roles: [], correlationId: 'collections-cycle' };
    const organization = await app.get(OrganizationService).create(system, { name: 'Collect Practice', timeZone: TIME_ZONE });
    context = { organizationId: organization.id, actor: { type: 'system', id: 'collections-cycle' }, roles: ['admin', 'manager'], correlationId: 'collections-cycle' };

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const startDate = new Date(Date.parse(`${today}T00:00:00Z`) - 60 * DAY_MS).toISOString().slice(0, 10);
    const batches = generate837PBatches({ claims: CLAIMS, seed: SEED, claimsPerTransaction: 500, startDate });
    const x12 = write837P(batches, { sender: { qualifier: 'ZZ', id: 'COLLPRACTICE' }, receiver: { qualifier: 'ZZ', id: 'SIMPAYER' }, date: today, time: '09:00' }, { interchange: 1, group: 1, transaction: 1 });
    await inScope(() => app.get(OpenArImportService).import(context, x12));
    const answer = processInterchange(x12, createPayerRuleSet(), { seed: SEED, now: new Date().toISOString(), firstControlNumber: 1 });
    const shareByClaim = new Map<string, number>();
    for (const file of answer.remit835) {
      await inScope(() => app.get(RemittanceIngestion).ingest(context, file.x12, { fileName: `${file.payerId}-${file.traceNumber}.835`, pluginId: 'simulator' }));
      for (const claim of read835(file.x12).transactions.flatMap((remittance) => remittance.claims)) {
        const share = [...claim.adjustments, ...claim.lines.flatMap((line) => line.adjustments)].filter((adjustment) => adjustment.group === 'PR').reduce((sum, adjustment) => sum + adjustment.amountCents, 0);
        shareByClaim.set(claim.patientControlNumber, (shareByClaim.get(claim.patientControlNumber) ?? 0) + share);
      }
    }
    const claimRows = await sql<{ patient_id: string; patient_control_number: string }[]>(`select patient_id, patient_control_number from claim where organization_id = ?`, [organization.id]);
    const payerRows = await sql<{ patient_id: string; owed: string }[]>(`select patient_id, sum(amount_cents)::text as owed from ledger_entry where organization_id = ? and party = 'payer' group by patient_id`, [organization.id]);
    const payerOwed = new Map(payerRows.map((row) => [row.patient_id, Number(row.owed)]));
    for (const row of claimRows) {
      const entry = patients.get(row.patient_id) ?? { shareCents: 0, payerOwes: (payerOwed.get(row.patient_id) ?? 0) > 0 };
      entry.shareCents += shareByClaim.get(row.patient_control_number) ?? 0;
      patients.set(row.patient_id, entry);
    }

    await inScope(() => app.get(StatementSettingsService).save(context, {
      runsDaily: false, cadenceDays: 30, statementsBeforeFinalNotice: 1, minimumBalanceCents: 500, smallBalanceWriteOffCents: 0, dueInDays: 21,
      billingName: 'Collect Practice', billingAddress: ['1 Main St', 'Chicago, IL 60601'], billingPhone: '(312) 555-0100',
      notices: { howToPay: 'Call us.', paymentPlans: 'Ask about a plan.', financialAssistance: 'Ask about assistance.', dispute: 'Tell us if this is wrong.' },
    }));
    for (const patientId of patients.keys()) await inScope(() => app.get(PatientAccountService).change(context, patientId, { emailConsent: true, email: `patient-${patientId.slice(0, 8)}@example.test` }));
    await inScope(() => app.get(StatementRunService).run(context, 'manual', at(0)));
    await inScope(() => app.get(StatementRunService).run(context, 'manual', at(30)));
    const finalNoticed = [...patients].filter(([, patient]) => patient.shareCents >= MINIMUM_PLACED_CENTS && !patient.payerOwes).map(([patientId]) => patientId);
    expect(finalNoticed.length).toBeGreaterThan(4);
    [planned, disputed] = finalNoticed as [string, string];
    await inScope(() => app.get(PaymentPlanService).create(context, planned, { installmentCents: 1000, cadence: 'monthly', firstDueOn: at(40).toISOString().slice(0, 10) }, at(31)));
    await inScope(() => app.get(PatientAccountService).openDispute(context, disputed, 'Not my visit'));
    await inScope(() => app.get(CollectionSettingsService).save(context, {
      minDaysSinceFirstStatement: 30, finalNoticeWaitDays: 10, minimumBalanceCents: MINIMUM_PLACED_CENTS, agencyFeePosting: 'gross', connectorId: null, collectorHours: 'Weekdays 9–5',
      creditReporting: { defaults: {}, states: {} },
    }));
  }, 1_200_000);

  afterAll(async () => {
    await app?.close();
    await sftp?.close();
    await database?.drop();
    await rm(root, { recursive: true, force: true });
  });

  let placedPatients: string[] = [];

  it('proposes the accounts that meet the rules, and keeps out the plan, the pending claim and the dispute with their reasons; approved, the batch is placed over SFTP', async () => {
    const batch = await inScope(() => app.get(PlacementProposalService).propose(context, at(45)));
    const { decisions } = await inScope(() => app.get(CollectionsQuery).batch(context, batch.id));
    const decisionOf = (patientId: string) => decisions.find((decision) => decision.patientId === patientId);
    expect(decisionOf(planned)).toMatchObject({ proposed: false, reasons: ['payment-plan'] });
    expect(decisionOf(disputed)).toMatchObject({ proposed: false, reasons: ['open-dispute'] });
    const pending = [...patients].filter(([, patient]) => patient.payerOwes && patient.shareCents > 0).map(([patientId]) => patientId);
    expect(pending.length).toBeGreaterThan(0);
    for (const patientId of pending) expect(decisionOf(patientId)?.reasons).toContain('pending-insurance');
    const expected = [...patients].filter(([patientId, patient]) => patient.shareCents >= MINIMUM_PLACED_CENTS && !patient.payerOwes && patientId !== planned && patientId !== disputed).map(([patientId]) => patientId);
    expect(decisions.filter((decision) => decision.proposed).map((decision) => decision.patientId).sort()).toEqual([...expected].sort());
    for (const decision of decisions.filter((d) => d.proposed)) expect(decision.balanceCents).toBe(patients.get(decision.patientId)?.shareCents);

    const placed = await inScope(() => app.get(PlacementService).approve(context, batch.id, [], at(46)));
    expect(placed).toMatchObject({ state: 'placed', agencyReference: expect.stringMatching(/^placement-/) });
    expect(receipts).toEqual([{ file: expect.stringMatching(/^placement-.*\.csv$/), kind: 'placement', accounts: expected.length }]);
    placedPatients = expected;
    for (const patientId of expected) expect(await stateOf(patientId)).toBe('collections');
    expect(sftp.agency.accounts().map((account) => account.placedCents).sort()).toEqual(expected.map((patientId) => patients.get(patientId)?.shareCents).sort());
  }, 600_000);

  it('posts the agency’s payment file to the ledger to the cent: each payment is the remittance plus the agency’s fee', async () => {
    const written = await sftp.agency.work();
    expect(written?.rows.length).toBeGreaterThan(0);
    const [file] = await inScope(() => app.get(AgencyFileImporter).fetch(context));
    expect(file).toMatchObject({ status: 'read', fileName: written?.fileName, rowCount: written?.rows.length, failures: [], duplicateCount: 0 });
    const placements = await inScope(() => app.get(CollectionsQuery).placements(context, {}));
    for (const placement of placements) {
      const rows = written?.rows.filter((row) => row.accountNumber === placement.accountNumber) ?? [];
      const reduced = rows.filter((row) => row.kind === 'payment').reduce((sum, row) => sum + row.amountCents + row.feeCents, 0) + rows.filter((row) => row.kind === 'adjustment').reduce((sum, row) => sum + row.amountCents, 0);
      expect(await owes(placement.patientId)).toBe((patients.get(placement.patientId)?.shareCents ?? 0) - reduced);
      const collected = rows.filter((row) => row.kind === 'payment').reduce((sum, row) => sum + row.amountCents + row.feeCents, 0);
      expect(placement.collectedCents).toBe(collected);
      if (placement.balanceCents === 0) expect(placement).toMatchObject({ state: 'closed', closedReason: 'paid' });
    }
    const verification = await verifyLedger(app.get(MikroORM).em.fork() as never, context.organizationId);
    expect(verification.violations).toEqual([]);
    // Read again: nothing new arrived, and nothing is applied twice.
    expect(await inScope(() => app.get(AgencyFileImporter).fetch(context))).toEqual([]);
    expect((await readdir(join(root, 'processed'))).length).toBe(1);
  }, 600_000);

  it('produces a recall file the agency reads, and the account leaves collections', async () => {
    const working = (await inScope(() => app.get(CollectionsQuery).placements(context, { state: 'placed' })))[0];
    expect(working).toBeDefined();
    if (!working) return;
    const [recalled] = await inScope(() => app.get(PlacementService).recall(context, [working.id], 'The patient called the office to pay'));
    expect(recalled).toMatchObject({ state: 'recalled', recallReference: expect.stringMatching(/^recall-/) });
    const recallFile = receipts.find((receipt) => receipt.kind === 'recall');
    expect(recallFile).toMatchObject({ kind: 'recall', accounts: 1 });
    expect(sftp.agency.accounts().find((account) => account.accountNumber === working.accountNumber)?.status).toBe('recalled');
    expect(await stateOf(working.patientId)).toBe('final-notice');
    expect(placedPatients).toContain(working.patientId);
  }, 600_000);
});

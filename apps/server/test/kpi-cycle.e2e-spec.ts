import type { INestApplication } from '@nestjs/common';
import { createServer, DEFAULT_CONTRACTUAL_REASONS, OpenArImportService, OrganizationService, RemittanceIngestion, ReportRunner, runInAuditScope } from '@openrcm/core';
import { createTestDatabase, type TestDatabase } from '@openrcm/core/testing';
import type { RequestContext } from '@openrcm/sdk';
import { createPayerRuleSet, processInterchange, type ClaimOutcome } from '@openrcm/simulator';
import { generate837PBatches, read835, write837P, type Claim837P } from '@openrcm/x12';
import { join } from 'node:path';
import { loadConfig, toCoreConfig } from '../src/config/load-config';
import { configDirectory } from './support/cli-harness';

const CLAIMS = Number(process.env['KPI_CYCLE_CLAIMS'] ?? (process.env['DATABASE_URL'] ? 600 : 200));
const TIME_ZONE = 'America/Chicago';
const DAY_MS = 86_400_000;

function chicagoToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function bucketOf(age: number): string {
  if (age <= 30) return '0-30';
  if (age <= 60) return '31-60';
  if (age <= 90) return '61-90';
  if (age <= 120) return '91-120';
  return '121+';
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * Issue #13 acceptance: for a simulated cycle (the simulator's seed fixed), the KPIs the simulator's own records
 * determine — initial denial rate by count and by dollars, first-pass resolution, net and gross collection rates,
 * A/R aging — equal the values worked out here from those records (the generated 837P, the simulator's outcomes and
 * the 835s it wrote), to 4 decimal places; A/R aging to the cent.
 */
describe(`KPIs of a simulated cycle (${CLAIMS} claims)`, () => {
  let database: TestDatabase;
  let app: INestApplication;
  let context: RequestContext;
  const today = chicagoToday();
  const startDate = addDays(today, -100);
  let claims: Claim837P[];
  let registered: Set<string>;
  let adjudicated: ClaimOutcome[];
  /** Per registered claim: payments (less recoupments) and contractual adjustments of the 835s (reversals net out). */
  const posted = new Map<string, { paid: number; contractual: number }>();

  const run = (reportId: string, parameters: Record<string, string>) =>
    runInAuditScope(context, null, () => app.get(ReportRunner).run(context, reportId, parameters));

  beforeAll(async () => {
    database = await createTestDatabase();
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent', plugins: [{ module: '@openrcm/plugin-kpi-reports' }] }`);
    const env = database.config.url ? { DATABASE_URL: database.config.url } : {};
    app = await createServer(toCoreConfig((await loadConfig(join(cwd, 'openrcm.config.ts'), env, cwd)).config, false));
    await app.init();
    const system = { actor: { type: 'system' as const, id: 'kpi-cycle' }, roles: [], correlationId: 'kpi-cycle' };
    const organization = await app.get(OrganizationService).create(system, { name: 'KPI Practice', timeZone: TIME_ZONE });
    context = { organizationId: organization.id, actor: { type: 'system', id: 'kpi-cycle' }, roles: ['admin'], correlationId: 'kpi-cycle' };

    const batches = generate837PBatches({ claims: CLAIMS, seed: 23, claimsPerTransaction: 500, startDate });
    claims = batches.flatMap((batch) => batch.claims);
    const x12 = write837P(batches, { sender: { qualifier: 'ZZ', id: 'KPIPRACTICE' }, receiver: { qualifier: 'ZZ', id: 'SIMPAYER' }, date: today, time: '09:00' }, { interchange: 1, group: 1, transaction: 1 });
    const imported = await runInAuditScope(context, null, () => app.get(OpenArImportService).import(context, x12));
    registered = new Set(imported.claims.filter((claim) => claim.outcome === 'imported').map((claim) => claim.patientControlNumber));
    const answer = processInterchange(x12, createPayerRuleSet(), { seed: 23, now: new Date().toISOString(), firstControlNumber: 1 });
    adjudicated = answer.outcomes.filter((outcome) => outcome.stage === 'adjudicated' && registered.has(outcome.patientControlNumber));
    const contractual = new Set(DEFAULT_CONTRACTUAL_REASONS);
    for (const file of answer.remit835) {
      await runInAuditScope(context, null, () => app.get(RemittanceIngestion).ingest(context, file.x12, { fileName: `${file.payerId}-${file.traceNumber}.835`, pluginId: 'simulator' }));
      const remittances = read835(file.x12).transactions;
      // An overpayment recoupment (PLB WO) takes money back from the claim it names.
      for (const item of remittances.flatMap((remittance) => remittance.providerAdjustments.flatMap((adjustment) => adjustment.items))) {
        if (item.reason !== 'WO' || !item.reference || !registered.has(item.reference)) continue;
        const sums = posted.get(item.reference) ?? { paid: 0, contractual: 0 };
        sums.paid -= item.amountCents;
        posted.set(item.reference, sums);
      }
      for (const claim of remittances.flatMap((remittance) => remittance.claims)) {
        if (!registered.has(claim.patientControlNumber)) continue;
        const adjustments = [...claim.adjustments, ...claim.lines.flatMap((line) => line.adjustments)];
        const sums = posted.get(claim.patientControlNumber) ?? { paid: 0, contractual: 0 };
        sums.paid += claim.paymentCents;
        sums.contractual += adjustments.filter((adjustment) => contractual.has(`${adjustment.group}-${adjustment.reason}`)).reduce((sum, adjustment) => sum + adjustment.amountCents, 0);
        posted.set(claim.patientControlNumber, sums);
      }
    }
    expect(adjudicated.length).toBeGreaterThan(CLAIMS * 0.6);
  }, 1_200_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const chargeOf = (pcn: string) => claims.find((claim) => claim.patientControlNumber === pcn)?.chargeCents ?? 0;
  const period = () => ({ from: startDate, to: today });

  it('initial denial rate, by count and by dollars, and its drill-down list exactly the claims denied on first adjudication', async () => {
    const denied = adjudicated.filter((outcome) => outcome.claimStatus === '4');
    expect(denied.length).toBeGreaterThan(0);
    const byCount = await run('initial-denial-rate', period());
    expect(byCount.output.value).toMatchObject({ numerator: denied.length, denominator: adjudicated.length });
    expect(round4(byCount.output.value?.value ?? -1)).toBe(round4(denied.length / adjudicated.length));
    const deniedCents = denied.reduce((sum, outcome) => sum + chargeOf(outcome.patientControlNumber), 0);
    const adjudicatedCents = adjudicated.reduce((sum, outcome) => sum + chargeOf(outcome.patientControlNumber), 0);
    const byDollars = await run('initial-denial-rate-dollars', period());
    expect(byDollars.output.value).toMatchObject({ numerator: deniedCents, denominator: adjudicatedCents });
    expect(round4(byDollars.output.value?.value ?? -1)).toBe(round4(deniedCents / adjudicatedCents));
    const listed = (byCount.output.table?.rows ?? []).map((row) => row.cells[0]);
    expect([...listed].sort()).toEqual(denied.map((outcome) => outcome.patientControlNumber).sort());
  });

  it('first-pass resolution: claims sent once (originals) not denied on their first adjudication', async () => {
    const original = new Set(claims.filter((claim) => claim.frequency === '1').map((claim) => claim.patientControlNumber));
    const resolved = adjudicated.filter((outcome) => outcome.claimStatus !== '4' && original.has(outcome.patientControlNumber));
    const output = (await run('first-pass-resolution-rate', period())).output;
    expect(output.value).toMatchObject({ numerator: resolved.length, denominator: adjudicated.length });
    expect(round4(output.value?.value ?? -1)).toBe(round4(resolved.length / adjudicated.length));
  });

  it('net and gross collection rates of the cohort of dates of service', async () => {
    const cohort = claims.filter((claim) => registered.has(claim.patientControlNumber));
    const charges = cohort.reduce((sum, claim) => sum + claim.chargeCents, 0);
    const paid = [...posted.values()].reduce((sum, claim) => sum + claim.paid, 0);
    const contractual = [...posted.values()].reduce((sum, claim) => sum + claim.contractual, 0);
    const net = (await run('net-collection-rate', period())).output.value;
    expect(net).toMatchObject({ numerator: paid, denominator: charges - contractual });
    expect(round4(net?.value ?? -1)).toBe(round4(paid / (charges - contractual)));
    const gross = (await run('gross-collection-rate', period())).output.value;
    expect(gross).toMatchObject({ numerator: paid, denominator: charges });
    expect(round4(gross?.value ?? -1)).toBe(round4(paid / charges));
  });

  it('A/R aging by date of service to the cent, and the share over 90 days', async () => {
    const expected = new Map<string, number>();
    for (const claim of claims.filter((candidate) => registered.has(candidate.patientControlNumber))) {
      const sums = posted.get(claim.patientControlNumber) ?? { paid: 0, contractual: 0 };
      const open = claim.chargeCents - sums.paid - sums.contractual;
      if (open === 0) continue;
      const dateOfService = claim.lines[0]?.serviceDate ?? '';
      const bucket = bucketOf(Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dateOfService}T00:00:00Z`)) / DAY_MS));
      expected.set(bucket, (expected.get(bucket) ?? 0) + open);
    }
    const aging = (await run('ar-aging', { ...period(), agingBasis: 'service-date' })).output.table;
    const columns = aging?.columns ?? [];
    const total = aging?.rows.at(-1)?.cells ?? [];
    const actual = new Map(['0-30', '31-60', '61-90', '91-120', '121+'].map((bucket) => [bucket, Math.round(Number(total[columns.indexOf(`${bucket} days ($)`)]) * 100)]));
    for (const [bucket, cents] of actual) expect([bucket, cents]).toEqual([bucket, expected.get(bucket) ?? 0]);
    const all = [...expected.values()].reduce((sum, cents) => sum + cents, 0);
    const old = (expected.get('91-120') ?? 0) + (expected.get('121+') ?? 0);
    const over90 = (await run('ar-over-90-days', { ...period(), agingBasis: 'service-date' })).output.value;
    expect(over90).toMatchObject({ numerator: old, denominator: all });
    expect(round4(over90?.value ?? -1)).toBe(round4(old / all));
  });
});

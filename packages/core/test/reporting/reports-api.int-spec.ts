import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
// eslint-disable-next-line no-restricted-imports -- the test server loads the plugin as the server would at runtime (by module name); core's sources never import it
import { plugin as kpiReports } from '@openrcm/plugin-kpi-reports';
import { ReportSchedule } from '../../src/reporting/schedules/report-schedule.entity';
import { ReportScheduleJobs } from '../../src/reporting/schedules/report-schedule.jobs';
import { BillingPractice, type SubmittedClaim } from '../support/billing-practice';
import { test835 } from '../support/remittance-835';
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from '../support/smtp';
import { eventually, startTestServer, testConfig } from '../support/test-app';

/** The messages the test's SMTP server received. */
let received: ReceivedMail[] = [];

/**
 * Issue #13 item 3: reports listed and run through the API with their parameters and an asOf (reproducible), CSV
 * export of a table, and scheduled report emails (a local SMTP server started here) carrying aggregates and a link,
 * never patient data.
 */
describe('reports API', () => {
  let app: INestApplication;
  let smtp: TestSmtpServer;
  let practice: BillingPractice;
  const claims = {} as Record<'paid' | 'denied' | 'other', SubmittedClaim>;
  let beforePosting: string;
  const today = () => new Date().toISOString().slice(0, 10);
  const run = (reportId: string, query: Record<string, string>) => practice.get(`/reports/${reportId}/run`).query(query);

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    received = smtp.received;
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'kpi-reports' }], callTimeoutMs: 20_000 } });
    app = await startTestServer({ ...config, mail: { smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'Reports <reports@clinic.test>' }, publicUrl: 'https://billing.clinic.test' }, { loadPluginModule: () => ({ plugin: kpiReports }) });
    practice = await BillingPractice.create(app);
    claims.paid = await practice.submittedClaim('Paidwell');
    claims.denied = await practice.submittedClaim('Deniedson');
    claims.other = await practice.submittedClaim('Otherton');
    beforePosting = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const paid = (claim: SubmittedClaim) => ({ pcn: claim.patientControlNumber, charge: 36500, paid: 20000, patientResponsibility: 5000, cas: [['CO', '45', 11500], ['PR', '2', 5000]] as const });
    const remittance = test835({
      trace: 'KPI-1',
      claims: [paid(claims.paid), paid(claims.other), { pcn: claims.denied.patientControlNumber, status: '4', charge: 36500, paid: 0, cas: [['CO', '50', 36500]] }],
    });
    await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(remittance).expect(200);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('lists the enabled reports with their plugin, formula, unit, target and parameter schema', async () => {
    const { items } = (await practice.get('/reports').expect(200)).body as { items: { id: string; pluginId: string; formula: string; unit: string; target: unknown; parameters: { properties: Record<string, unknown>; required: string[] } }[] };
    expect(items).toHaveLength(16);
    const denialRate = items.find((item) => item.id === 'initial-denial-rate');
    expect(denialRate).toMatchObject({ pluginId: 'kpi-reports', unit: 'percent', target: { label: '< 5%', max: 0.05 } });
    expect(denialRate?.parameters.required).toEqual(['from', 'to']);
    expect(Object.keys(denialRate?.parameters.properties ?? {})).toEqual(['from', 'to', 'locationId', 'providerId', 'payerId', 'agingBasis']);
  });

  it('runs the initial denial rate with its working and a drill-down of exactly the claims in its numerator', async () => {
    const body = (await run('initial-denial-rate', { from: '2026-01-01', to: today() }).expect(200)).body;
    expect(body.output.value).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 });
    expect(body.output.table.rows.map((row: { link: { id: string } }) => row.link.id)).toEqual([claims.denied.id]);
    expect(body.parameters).toEqual({ from: '2026-01-01', to: today() });
    const dollars = (await run('initial-denial-rate-dollars', { from: '2026-01-01', to: today() }).expect(200)).body;
    expect(dollars.output.value).toEqual({ value: 36500 / 109500, numerator: 36500, denominator: 109500 });
  });

  it('is reproducible: the same parameters and asOf give the same output, and an asOf before the 835 counts nothing', async () => {
    const asOf = new Date().toISOString();
    const first = (await run('initial-denial-rate', { from: '2026-01-01', to: today(), asOf }).expect(200)).body;
    const again = (await run('initial-denial-rate', { from: '2026-01-01', to: today(), asOf }).expect(200)).body;
    expect(again).toEqual(first);
    expect(first.asOf).toBe(asOf);
    const earlier = (await run('initial-denial-rate', { from: '2026-01-01', to: today(), asOf: beforePosting }).expect(200)).body;
    expect(earlier.output.value).toEqual({ value: 0, numerator: 0, denominator: 0 });
    expect(earlier.output.table.rows).toEqual([]);
  });

  it('refuses bad parameters naming the field, an asOf in the future, and an unknown report', async () => {
    const missing = await run('initial-denial-rate', { from: '2026-01-01' }).expect(400);
    expect(JSON.stringify(missing.body)).toContain('"field":"to"');
    const reversed = await run('initial-denial-rate', { from: '2026-05-01', to: '2026-04-01' }).expect(400);
    expect(JSON.stringify(reversed.body)).toContain('"field":"from"');
    const future = await run('initial-denial-rate', { from: '2026-01-01', to: today(), asOf: '2999-01-01' }).expect(400);
    expect(JSON.stringify(future.body)).toContain('"field":"asOf"');
    await run('no-such-report', { from: '2026-01-01', to: today() }).expect(404);
  });

  it('exports a run’s table as CSV, with the record each row links to', async () => {
    const response = await practice.get('/reports/initial-denial-rate/export.csv').query({ from: '2026-01-01', to: today() }).expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain(`initial-denial-rate-`);
    const lines = response.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Claim,Date of service,Payer,State,Charges ($),Amount ($),Record');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`claim:${claims.denied.id}`);
    expect(lines[1]).toContain(claims.denied.patientControlNumber);
  });

  it('emails a schedule’s headline numbers and a link to staff, once per due day, without patient data', async () => {
    const created = await practice
      .post('/report-schedules', { name: 'Monday numbers', reportIds: ['initial-denial-rate', 'clean-claim-rate'], recipients: ['manager@clinic.test'], cadence: 'weekly', window: 'year-to-date' })
      .expect(201);
    const scheduleId = created.body.id as string;
    const bad = await practice.post('/report-schedules', { name: 'Bad', reportIds: ['no-such-report'], recipients: ['manager@clinic.test'], cadence: 'daily', window: 'month-to-date' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('reportIds[0]');

    const schedules = app.get(MikroORM).em.fork();
    await app.get(ReportScheduleJobs).queueTick();
    const message = await eventually(async () => received[0]);
    expect(message.to).toEqual(['manager@clinic.test']);
    expect(message.subject).toMatch(/^Monday numbers: \d{4}-01-01 to \d{4}-\d{2}-\d{2}$/);
    expect(message.text).toContain('Initial denial rate: 33.3% (1 ÷ 3), target < 5%');
    expect(message.text).toContain('https://billing.clinic.test/admin/reports?from=');
    for (const secret of ['Paidwell', 'Deniedson', 'Otherton', claims.denied.patientControlNumber]) expect(message.text).not.toContain(secret);

    const moved = await eventually(async () => {
      const schedule = await schedules.fork().findOneOrFail(ReportSchedule, { id: scheduleId });
      return schedule.nextSendOn > today() ? schedule.nextSendOn : undefined;
    });
    expect(moved > today()).toBe(true);
    const log = (await practice.get(`/report-schedules/${scheduleId}/emails`).expect(200)).body.items;
    expect(log).toHaveLength(1);
    expect(log[0].reports[0]).toMatchObject({ id: 'initial-denial-rate', numerator: 1, denominator: 3 });

    // Due again only next week: another tick sends nothing; a test send does, and leaves the schedule's day alone.
    await app.get(ReportScheduleJobs).queueTick(new Date(Date.now() + 3_600_000));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received).toHaveLength(1);
    await practice.post(`/report-schedules/${scheduleId}/send`).expect(201);
    expect(received).toHaveLength(2);
    expect((await schedules.fork().findOneOrFail(ReportSchedule, { id: scheduleId })).nextSendOn).toBe(moved);
  });
});

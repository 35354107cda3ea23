import type { INestApplication } from '@nestjs/common';
// eslint-disable-next-line no-restricted-imports -- the test server loads the plugin as the server would at runtime (by module name); core's sources never import it
import { plugin as patientStatements } from '@openrcm/plugin-patient-statements';
import { systemContext } from '@openrcm/sdk';
import { runInAuditScope } from '../../src/audit/audit-scope';
import { StatementDeliveryRetry } from '../../src/statements/statement-delivery.retry';
import { BillingPractice, type SubmittedClaim } from '../support/billing-practice';
import { test835 } from '../support/remittance-835';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp';
import { statementSettingsBody } from '../support/statement-settings';
import { startTestServer, testConfig } from '../support/test-app';

/** Whether the test's SMTP server refuses mail to bounce@…. */
let refusing = true;

/**
 * Issue #11 item 2: a statement email the mail server refuses is recorded as a failed delivery and retried later
 * (15 minutes, doubling); after the last attempt a work item asks the A/R team to act; a retry that gets through is
 * recorded as delivered and opens nothing.
 */
describe('statement delivery retries', () => {
  let app: INestApplication;
  let smtp: TestSmtpServer;
  let practice: BillingPractice;
  const claims = {} as Record<'bounced' | 'later', SubmittedClaim>;
  const line = (claim: SubmittedClaim, index: number) => claim.lines[index] as SubmittedClaim['lines'][number];
  const retry = (statementId: string, attempt: number) => {
    const context = systemContext(practice.admin.organizationId, 'test', 'statements');
    return runInAuditScope(context, null, () => app.get(StatementDeliveryRetry).retry(context, { statementId, channel: 'email', attempt }));
  };
  const deliveriesOf = async (claim: SubmittedClaim) => {
    const [statement] = (await practice.get(`/patients/${claim.patientId}/statements`).expect(200)).body.items;
    return statement as { id: string; deliveries: { attempt: number; outcome: string; error: string | null }[] };
  };
  const queuedRetries = (statementId: string) =>
    practice.rows<{ payload: { attempt: number }; run_at: Date; created_at: Date }>(`select payload, run_at, created_at from job_record where name = 'statements.retry-delivery' and payload->>'statementId' = ? order by created_at`, [statementId]);

  beforeAll(async () => {
    smtp = await startTestSmtpServer({ refuse: (address) => refusing && address.startsWith('bounce@') });
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'patient-statements' }], callTimeoutMs: 20_000 } });
    app = await startTestServer({ ...config, mail: { smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'Billing <billing@clinic.test>' } }, { loadPluginModule: () => ({ plugin: patientStatements }) });
    practice = await BillingPractice.create(app);
    claims.bounced = await practice.submittedClaim('Bouncer');
    claims.later = await practice.submittedClaim('Laterly');
    const adjudicated = (claim: SubmittedClaim) => ({
      pcn: claim.patientControlNumber,
      charge: 36500,
      paid: 36500 - 2500 - 6000 - 4000,
      lines: [
        { control: line(claim, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 6000, cas: [['CO', '45', 2500], ['PR', '2', 4000]] as [string, string, number][] },
        { control: line(claim, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] as [string, string, number][] },
      ],
    });
    await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain')
      .send(test835({ trace: 'RETRY-1', claims: [adjudicated(claims.bounced), adjudicated(claims.later)] as never }))
      .expect(200);
    await practice.admin.agent.put(`${practice.base}/statement-settings`).set('x-csrf-token', practice.admin.csrf).send(statementSettingsBody('Retry Clinic')).expect(200);
    for (const [claim, email] of [[claims.bounced, 'bounce@example.test'], [claims.later, 'bounce@later.example.test']] as const) {
      await practice.admin.agent.patch(`${practice.base}/patients/${claim.patientId}/statement-account`).set('x-csrf-token', practice.admin.csrf).send({ emailConsent: true, email }).expect(200);
    }
  }, 180_000);

  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('records a refused email as failed and queues its retry for later', async () => {
    const run = (await practice.post('/statement-runs').expect(201)).body;
    expect(run.counts).toMatchObject({ sent: 0, failed: 2 });
    const bounced = await deliveriesOf(claims.bounced);
    expect(bounced.deliveries).toEqual([expect.objectContaining({ attempt: 1, outcome: 'failed', error: expect.stringContaining('550') })]);
    const [queued] = await queuedRetries(bounced.id);
    expect(queued?.payload).toMatchObject({ statementId: bounced.id, channel: 'email', attempt: 2 });
    expect(new Date(queued!.run_at).getTime() - new Date(queued!.created_at).getTime()).toBeGreaterThanOrEqual(15 * 60_000 - 1000);
  }, 60_000);

  it('opens a work item for the A/R team after the last attempt fails', async () => {
    const { id } = await deliveriesOf(claims.bounced);
    await retry(id, 2);
    expect((await queuedRetries(id)).map((job) => job.payload.attempt)).toEqual([2, 3]);
    await retry(id, 3);
    await retry(id, 3);
    expect((await deliveriesOf(claims.bounced)).deliveries.map((delivery) => `${delivery.attempt}:${delivery.outcome}`)).toEqual(['1:failed', '2:failed', '3:failed']);
    const items = await practice.rows<{ kind: string; category: string; record_id: string; owner_role: string; title: string }>(`select kind, category, record_id, owner_role, title from work_item where record_type = 'statement'`, []);
    expect(items).toEqual([{ kind: 'exception', category: 'statement-delivery', record_id: id, owner_role: 'ar', title: expect.stringContaining('not delivered by email after 3 attempts') }]);
  }, 60_000);

  it('records a retry that gets through as delivered, and opens nothing', async () => {
    refusing = false;
    const { id } = await deliveriesOf(claims.later);
    await retry(id, 2);
    expect((await deliveriesOf(claims.later)).deliveries.map((delivery) => `${delivery.attempt}:${delivery.outcome}`)).toEqual(['1:failed', '2:delivered']);
    expect(smtp.received.map((mail) => mail.to)).toEqual([['bounce@later.example.test']]);
    expect((await queuedRetries(id)).map((job) => job.payload.attempt)).toEqual([2]);
    expect(await practice.rows(`select id from work_item where record_id = ?`, [id])).toEqual([]);
  }, 60_000);
});

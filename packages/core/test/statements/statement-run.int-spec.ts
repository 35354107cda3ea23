import type { INestApplication } from '@nestjs/common';
// eslint-disable-next-line no-restricted-imports -- the test server loads the plugin as the server would at runtime (by module name); core's sources never import it
import { plugin as patientStatements } from '@openrcm/plugin-patient-statements';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BillingPractice, DATE_OF_SERVICE, type SubmittedClaim } from '../support/billing-practice';
import { test835, type TestClaim } from '../support/remittance-835';
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from '../support/smtp';
import { statementSettingsBody } from '../support/statement-settings';
import { startTestServer, testConfig } from '../support/test-app';

/** The messages the test's SMTP server received. */
let received: ReceivedMail[] = [];

const SETTINGS = statementSettingsBody('Springfield Family Clinic');

/**
 * Issue #11, statements: after a remittance posts, a statement run sends exactly one email per owing account that
 * consented (to the cent), skips an account on a payment plan, a disputed account, a small balance and an account with
 * no delivery channel — each with its reason — and a second run the same day sends nothing. The statement's PDF holds the amount due, the date
 * of service and the patient's share by kind.
 */
describe('statement runs', () => {
  let app: INestApplication;
  let smtp: TestSmtpServer;
  let practice: BillingPractice;
  const claims = {} as Record<'owing' | 'disputed' | 'small' | 'unconsented' | 'planned', SubmittedClaim>;
  const line = (claim: SubmittedClaim, index: number) => claim.lines[index] as SubmittedClaim['lines'][number];
  /** The payer leaves the patient $25.25 deductible and $14.75 coinsurance on the office visit (or `share` as copay). */
  const adjudicated = (claim: SubmittedClaim, share?: number): TestClaim => {
    const cas: [string, string, number][] = share === undefined ? [['CO', '45', 2500], ['PR', '1', 2525], ['PR', '2', 1475]] : [['CO', '45', 2500], ['PR', '3', share]];
    const patientShare = share ?? 4000;
    return {
      pcn: claim.patientControlNumber,
      charge: 36500,
      paid: 36500 - 2500 - 6000 - patientShare,
      lines: [
        { control: line(claim, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 12500 - 2500 - patientShare, cas: cas as never },
        { control: line(claim, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] },
      ],
    };
  };
  const consent = (claim: SubmittedClaim, email: string) => practice.admin.agent.patch(`${practice.base}/patients/${claim.patientId}/statement-account`).set('x-csrf-token', practice.admin.csrf).send({ emailConsent: true, email }).expect(200);
  const runStatements = async () => (await practice.post('/statement-runs').expect(201)).body;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    received = smtp.received;
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'patient-statements' }], callTimeoutMs: 20_000 } });
    app = await startTestServer({ ...config, mail: { smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'Billing <billing@clinic.test>' } }, { loadPluginModule: () => ({ plugin: patientStatements }) });
    practice = await BillingPractice.create(app);
    claims.owing = await practice.submittedClaim('Owens');
    claims.disputed = await practice.submittedClaim('Disputa');
    claims.small = await practice.submittedClaim('Smalls', { dateOfService: '2026-03-03' });
    claims.unconsented = await practice.submittedClaim('Unmailed');
    claims.planned = await practice.submittedClaim('Planned');
    await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain')
      .send(test835({ trace: 'STMT-1', claims: [adjudicated(claims.owing), adjudicated(claims.disputed), adjudicated(claims.small, 300), adjudicated(claims.unconsented), adjudicated(claims.planned)] }))
      .expect(200);
    await consent(claims.owing, 'owens@example.test');
    await consent(claims.disputed, 'disputa@example.test');
    await consent(claims.small, 'smalls@example.test');
    await consent(claims.planned, 'planned@example.test');
    await practice.post(`/patients/${claims.disputed.patientId}/disputes`, { reason: 'I was told the visit was covered in full.' }).expect(201);
    await practice.post(`/patients/${claims.planned.patientId}/payment-plans`, { installmentCents: 1000, cadence: 'monthly', firstDueOn: '2027-01-15' }).expect(201);
  }, 180_000);

  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('refuses to save settings without the billing office the statements print', async () => {
    const refused = await practice.admin.agent.put(`${practice.base}/statement-settings`).set('x-csrf-token', practice.admin.csrf).send({ ...SETTINGS, billingAddress: [] }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('billingAddress');
    expect((await practice.get('/statement-settings').expect(200)).body).toMatchObject({ saved: false, cadenceDays: 30, statementsBeforeFinalNotice: 3 });
    await practice.admin.agent.put(`${practice.base}/statement-settings`).set('x-csrf-token', practice.admin.csrf).send(SETTINGS).expect(200);
  });

  it('sends one email per owing, consenting account with the amount due to the cent, and says why the others got none', async () => {
    const run = await runStatements();
    expect(run.counts).toEqual({ considered: 5, sent: 1, failed: 0, settled: 0, writtenOff: 0, skipped: { 'open-dispute': 1, 'below-minimum': 1, 'no-print-channel': 1, 'payment-plan': 1 } });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['owens@example.test']);
    expect(received[0]!.subject).toMatch(/^Statement from Springfield Family Clinic: \$40\.00 due by \d{4}-\d{2}-\d{2}$/);
    expect(received[0]!.text).not.toContain('99213');

    const outcomes = (await practice.get(`/statement-runs/${run.id}/outcomes`).expect(200)).body.items as { patientId: string; result: string; reason: string; balanceCents: number }[];
    const byPatient = new Map(outcomes.map((outcome) => [outcome.patientId, outcome]));
    expect(byPatient.get(claims.owing.patientId)).toMatchObject({ result: 'sent', reason: 'email', balanceCents: 4000 });
    expect(byPatient.get(claims.disputed.patientId)).toMatchObject({ result: 'skipped', reason: 'open-dispute', balanceCents: 4000 });
    expect(byPatient.get(claims.small.patientId)).toMatchObject({ result: 'skipped', reason: 'below-minimum', balanceCents: 300 });
    expect(byPatient.get(claims.unconsented.patientId)).toMatchObject({ result: 'skipped', reason: 'no-print-channel' });
    expect(byPatient.get(claims.planned.patientId)).toMatchObject({ result: 'skipped', reason: 'payment-plan', balanceCents: 4000 });

    const account = (await practice.get(`/patients/${claims.owing.patientId}/statement-account`).expect(200)).body;
    expect(account).toMatchObject({ state: 'statement-cycle', statementsSent: 1, lastStatementOn: run.runDate });
    const statements = (await practice.get(`/patients/${claims.owing.patientId}/statements`).expect(200)).body.items;
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ kind: 'statement', amountDueCents: 4000, statementDate: run.runDate, deliveries: [{ channel: 'email', outcome: 'delivered', attempt: 1 }] });

    const pdf = await practice.get(`/statements/${statements[0].id}/pdf`).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'statement-')), 'statement.pdf');
    writeFileSync(file, pdf.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Amount due: $40.00');
    expect(text).toContain(DATE_OF_SERVICE);
    // The office visit's line: charge, insurance paid, contractual adjustment, deductible, coinsurance, copay, non-covered, share.
    expect(text).toMatch(/\$125\.00\s+\$60\.00\s+\$25\.00\s+\$25\.25\s+\$14\.75\s+\$0\.00\s+\$0\.00\s+\$40\.00/);
  }, 60_000);

  it('sends nothing on a second run the same day', async () => {
    const again = await runStatements();
    expect(again.counts).toEqual({ considered: 5, sent: 0, failed: 0, settled: 0, writtenOff: 0, skipped: { 'sent-recently': 1, 'open-dispute': 1, 'below-minimum': 1, 'no-print-channel': 1, 'payment-plan': 1 } });
    expect(received).toHaveLength(1);
    const runs = (await practice.get('/statement-runs').expect(200)).body.items;
    expect(runs.map((run: { id: string }) => run.id)).toEqual([again.id, expect.any(String)]);
  }, 60_000);

  it('keeps a statement as it was sent', async () => {
    const [row] = await practice.rows<{ id: string }>('select id from statement limit 1', []);
    await expect(practice.rows(`update statement set amount_due_cents = 1 where id = ?`, [row!.id])).rejects.toThrow(/kept as sent/);
  });

  it('previews the template on made-up data under the billing office, as HTML and PDF, and test-sends it to staff', async () => {
    const html = await practice.get('/statement-preview.html').expect(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.text).toContain('Springfield Family Clinic');
    expect(html.text).toContain('Pat Preview');
    expect(html.text).toContain('Amount due: $80.00');
    const pdf = await practice.get('/statement-preview.pdf').buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const before = received.length;
    const sent = await practice.post('/statement-preview/send', { to: 'staff@clinic.test' }).expect(201);
    expect(sent.body.deliveryReference).toMatch(/^<.+>$/);
    expect(received.slice(before)).toEqual([expect.objectContaining({ to: ['staff@clinic.test'], subject: expect.stringContaining('Statement from Springfield Family Clinic: $80.00 due by') })]);
    const refused = await practice.post('/statement-preview/send', { to: 'not-an-address' }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('to');
  }, 60_000);
});

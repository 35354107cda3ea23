import type { INestApplication } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { createServer, OpenArImportService, OrganizationService, PatientAccountService, PaymentPlanService, RemittanceIngestion, runInAuditScope, StatementRunService, StatementSettingsService } from '@openrcm/core';
import { createTestDatabase, type TestDatabase } from '@openrcm/core/testing';
import { Money, type RequestContext } from '@openrcm/sdk';
import { createPayerRuleSet, processInterchange } from '@openrcm/simulator';
import { generate837PBatches, read835, write837P } from '@openrcm/x12';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { loadConfig, toCoreConfig } from '../src/config/load-config';
import { configDirectory } from './support/cli-harness';

const CLAIMS = 120;
const TIME_ZONE = 'America/Chicago';
const MINIMUM_BALANCE_CENTS = 500;

/** The statement emails the test's SMTP server received: recipient and subject. */
const received: { to: string; subject: string }[] = [];

function startSmtpServer(): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          for (const rcpt of session.envelope.rcptTo) received.push({ to: rcpt.address, subject: mail.subject ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Issue #11 acceptance: after the 835s of a simulated cycle (the simulator's seed fixed) post, a statement run sends
 * exactly one email per owing account with the amount due to the cent — the patient's share the 835s assigned (the
 * PR adjustments, reversals netted) — skips an account on a plan and a disputed account with their reasons, and a
 * second run the same day sends nothing.
 */
describe(`statements after a simulated cycle (${CLAIMS} claims)`, () => {
  let database: TestDatabase;
  let smtp: SMTPServer;
  let app: INestApplication;
  let context: RequestContext;
  /** The patient's share per claim in the 835s (PR adjustments at claim and line level; reversals net out). */
  const shareByClaim = new Map<string, number>();
  /** Per patient: the share of their claims, and whether a payer still owes on their lines. */
  const patients = new Map<string, { shareCents: number; payerOwes: boolean; email: string }>();
  let planned = '';
  let disputed = '';
  const inScope = <T>(work: () => Promise<T>) => runInAuditScope(context, null, work);

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer();
    const port = (smtp.server.address() as AddressInfo).port;
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent', plugins: [{ module: '@openrcm/plugin-patient-statements' }] }`);
    const env = { ...(database.config.url ? { DATABASE_URL: database.config.url } : {}), SMTP_URL: `smtp://127.0.0.1:${port}?ignoreTLS=true` };
    app = await createServer(toCoreConfig((await loadConfig(join(cwd, 'openrcm.config.ts'), env, cwd)).config, false));
    await app.init();
    const system = { actor: { type: 'system' as const, id: 'statements-cycle' }, roles: [], correlationId: 'statements-cycle' };
    const organization = await app.get(OrganizationService).create(system, { name: 'Statement Practice', timeZone: TIME_ZONE });
    context = { organizationId: organization.id, actor: { type: 'system', id: 'statements-cycle' }, roles: ['admin'], correlationId: 'statements-cycle' };

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const startDate = new Date(Date.parse(`${today}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10);
    const batches = generate837PBatches({ claims: CLAIMS, seed: 11, claimsPerTransaction: 500, startDate });
    const x12 = write837P(batches, { sender: { qualifier: 'ZZ', id: 'STMTPRACTICE' }, receiver: { qualifier: 'ZZ', id: 'SIMPAYER' }, date: today, time: '09:00' }, { interchange: 1, group: 1, transaction: 1 });
    await inScope(() => app.get(OpenArImportService).import(context, x12));
    const answer = processInterchange(x12, createPayerRuleSet(), { seed: 11, now: new Date().toISOString(), firstControlNumber: 1 });
    for (const file of answer.remit835) {
      await inScope(() => app.get(RemittanceIngestion).ingest(context, file.x12, { fileName: `${file.payerId}-${file.traceNumber}.835`, pluginId: 'simulator' }));
      for (const claim of read835(file.x12).transactions.flatMap((remittance) => remittance.claims)) {
        const share = [...claim.adjustments, ...claim.lines.flatMap((line) => line.adjustments)].filter((adjustment) => adjustment.group === 'PR').reduce((sum, adjustment) => sum + adjustment.amountCents, 0);
        shareByClaim.set(claim.patientControlNumber, (shareByClaim.get(claim.patientControlNumber) ?? 0) + share);
      }
    }

    // Which patient each claim belongs to, and whether a payer still owes on the patient's lines (a pending claim).
    const em = app.get(MikroORM).em.fork() as unknown as { execute<T>(sql: string, parameters: unknown[]): Promise<T> };
    const claimRows = await em.execute<{ patient_id: string; patient_control_number: string }[]>(`select patient_id, patient_control_number from claim where organization_id = ?`, [organization.id]);
    const payerRows = await em.execute<{ patient_id: string; owed: string }[]>(`select patient_id, sum(amount_cents)::text as owed from ledger_entry where organization_id = ? and party = 'payer' group by patient_id`, [organization.id]);
    const payerOwed = new Map(payerRows.map((row) => [row.patient_id, Number(row.owed)]));
    for (const row of claimRows) {
      const entry = patients.get(row.patient_id) ?? { shareCents: 0, payerOwes: (payerOwed.get(row.patient_id) ?? 0) > 0, email: `patient-${row.patient_id.slice(0, 8)}@example.test` };
      entry.shareCents += shareByClaim.get(row.patient_control_number) ?? 0;
      patients.set(row.patient_id, entry);
    }
    await inScope(() => app.get(StatementSettingsService).save(context, {
      runsDaily: false, cadenceDays: 30, statementsBeforeFinalNotice: 3, minimumBalanceCents: MINIMUM_BALANCE_CENTS, smallBalanceWriteOffCents: 0, dueInDays: 21,
      billingName: 'Statement Practice', billingAddress: ['1 Main St', 'Chicago, IL 60601'], billingPhone: '(312) 555-0100',
      notices: { howToPay: 'Call us.', paymentPlans: 'Ask about a plan.', financialAssistance: 'Ask about assistance.', dispute: 'Tell us if this is wrong.' },
    }));
    for (const [patientId, patient] of patients) await inScope(() => app.get(PatientAccountService).change(context, patientId, { emailConsent: true, email: patient.email }));
    const owing = [...patients].filter(([, patient]) => patient.shareCents >= MINIMUM_BALANCE_CENTS && !patient.payerOwes).map(([patientId]) => patientId);
    expect(owing.length).toBeGreaterThan(5);
    [planned, disputed] = owing as [string, string];
    const plannedShare = patients.get(planned)?.shareCents ?? 0;
    await inScope(() => app.get(PaymentPlanService).create(context, planned, { installmentCents: Math.ceil(plannedShare / 3), cadence: 'monthly', firstDueOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) }));
    await inScope(() => app.get(PatientAccountService).openDispute(context, disputed, 'Not my visit'));
  }, 1_200_000);

  afterAll(async () => {
    await app?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await database?.drop();
  });

  it('emails each owing account once, the amount due equal to its share in the 835s to the cent; the plan and the dispute are skipped with their reasons', async () => {
    const run = await inScope(() => app.get(StatementRunService).run(context, 'manual'));
    const owing = [...patients].filter(([patientId, patient]) => patient.shareCents >= MINIMUM_BALANCE_CENTS && !patient.payerOwes && patientId !== planned && patientId !== disputed);
    expect(run.counts).toMatchObject({ failed: 0, skipped: { 'payment-plan': 1, 'open-dispute': 1 } });
    expect(run.counts?.sent).toBe(owing.length);
    expect(received).toHaveLength(owing.length);
    for (const [, patient] of owing) {
      const emails = received.filter((email) => email.to === patient.email);
      expect(emails).toHaveLength(1);
      expect(emails[0]?.subject).toContain(`: ${Money.fromCents(patient.shareCents).toDisplay()} due by `);
    }
    for (const skipped of [planned, disputed]) expect(received.some((email) => email.to === patients.get(skipped)?.email)).toBe(false);
  }, 600_000);

  it('sends nothing on a second run the same day', async () => {
    const before = received.length;
    const again = await inScope(() => app.get(StatementRunService).run(context, 'manual'));
    expect(again.counts?.sent).toBe(0);
    expect(again.counts?.skipped['sent-recently']).toBeGreaterThan(0);
    expect(received).toHaveLength(before);
  }, 600_000);
});

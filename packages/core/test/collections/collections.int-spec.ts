import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
// eslint-disable-next-line no-restricted-imports -- the test server loads the plugin as the server would at runtime (by module name); core's sources never import it
import { plugin as patientStatements } from '@openrcm/plugin-patient-statements';
import { validationPeriodEnd, type PlacementAccount, type RequestContext } from '@openrcm/sdk';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInAuditScope } from '../../src/audit/audit-scope';
import { DirectPaymentReporter } from '../../src/collections/direct-payment.reporter';
import { PlacementProposalService } from '../../src/collections/placement-proposal.service';
import { PlacementService } from '../../src/collections/placement.service';
import { CollectionCommunicationsService } from '../../src/collections/collection-communications.service';
import { CollectionDisputesService } from '../../src/collections/collection-disputes.service';
import { ValidationNoticeService } from '../../src/collections/validation-notice.service';
import { verifyLedger } from '../../src/ledger/ledger.verifier';
import { PaymentPlanService } from '../../src/payment-plans/payment-plan.service';
import { PatientAccountService } from '../../src/statements/patient-account.service';
import { StatementRunService } from '../../src/statements/statement-run.service';
import { BillingPractice, type SubmittedClaim } from '../support/billing-practice';
import { coinsuranceClaim, test835 } from '../support/remittance-835';
import { statementSettingsBody } from '../support/statement-settings';
import { eventually, startTestServer, testConfig } from '../support/test-app';
import { agencyInbox, testAgencyPlugin } from './test-agency.plugin';

const DAY_MS = 86_400_000;
/** The text of a PDF, by poppler's pdftotext. */
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
type Patient = 'paid' | 'recalled' | 'direct' | 'planned' | 'disputed' | 'pending';
/** The patient's coinsurance (PR-2) on each adjudicated claim, in cents. */
const SHARE: Record<Exclude<Patient, 'pending'>, number> = { paid: 4000, recalled: 6150, direct: 2600, planned: 5000, disputed: 3000 };

/**
 * Issue #12 (core): accounts meeting the placement rules are proposed and the others kept out with their reasons; a
 * manager's approval places them through the agency connector with the minimum necessary data and an itemization
 * that adds up; agency files post payments gross or net of the fee to the cent, a malformed file posts nothing, a
 * paid-off account closes, and a recall takes an account out of collections.
 */
describe('collections: placement, agency files and recalls', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  let context: RequestContext;
  const claims = {} as Record<Patient, SubmittedClaim>;
  const start = Date.now();
  const at = (days: number) => new Date(start + days * DAY_MS);
  const inScope = <T>(work: () => Promise<T>) => runInAuditScope(context, null, work);
  const owes = async (patient: Patient) => Number((await practice.rows<{ owed: string }>(`select coalesce(sum(amount_cents), 0)::text as owed from ledger_entry where patient_id = ? and party = 'patient'`, [claims[patient].patientId]))[0]?.owed);
  const stateOf = async (patient: Patient) => (await practice.get(`/patients/${claims[patient].patientId}/statement-account`).expect(200)).body.state as string;
  const upload = (fileName: string, text: string) =>
    practice.admin.agent.post(`${practice.base}/collection-agency-files?fileName=${encodeURIComponent(fileName)}`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/csv').send(text);
  let placed: readonly PlacementAccount[] = [];
  let accountNumber: Record<'paid' | 'recalled', string>;

  const outboxDir = mkdtempSync(join(tmpdir(), 'outbox-'));

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'patient-statements' }, { module: 'test-agency' }], callTimeoutMs: 20_000 } });
    app = await startTestServer(
      { ...config, mail: { outboxDir, from: 'Billing <billing@clinic.test>' } },
      { loadPluginModule: (name: string) => ({ plugin: name === 'test-agency' ? testAgencyPlugin : patientStatements }) },
    );
    practice = await BillingPractice.create(app);
    context = { ...practice.context, actor: { type: 'user', id: 'collections-test' }, roles: ['admin', 'manager'] };
    for (const patient of ['paid', 'recalled', 'direct', 'planned', 'disputed', 'pending'] as const) claims[patient] = await practice.submittedClaim(`Collect${patient[0]?.toUpperCase()}${patient.slice(1)}`);
    const remitted = (['paid', 'recalled', 'direct', 'planned', 'disputed'] as const).map((patient) => coinsuranceClaim(claims[patient], SHARE[patient]));
    await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(test835({ trace: 'COLL-1', claims: remitted })).expect(200);
    await practice.admin.agent.put(`${practice.base}/statement-settings`).set('x-csrf-token', practice.admin.csrf).send(statementSettingsBody('Collect Clinic', { statementsBeforeFinalNotice: 1 })).expect(200);
    for (const patient of Object.keys(claims) as Patient[]) {
      await practice.admin.agent.patch(`${practice.base}/patients/${claims[patient].patientId}/statement-account`).set('x-csrf-token', practice.admin.csrf).send({ emailConsent: true, email: `${patient}@example.test` }).expect(200);
    }
    // A statement today, the final notice 30 days later; then a plan for one account and a dispute on another.
    await inScope(() => app.get(StatementRunService).run(context, 'manual', at(0)));
    await inScope(() => app.get(StatementRunService).run(context, 'manual', at(30)));
    await inScope(() => app.get(PaymentPlanService).create(context, claims.planned.patientId, { installmentCents: 1000, cadence: 'monthly', firstDueOn: at(40).toISOString().slice(0, 10) }, at(31)));
    await inScope(() => app.get(PatientAccountService).openDispute(context, claims.disputed.patientId, 'I paid this at the desk'));
    await practice.admin.agent
      .put(`${practice.base}/collection-settings`)
      .set('x-csrf-token', practice.admin.csrf)
      .send({ minDaysSinceFirstStatement: 30, finalNoticeWaitDays: 10, minimumBalanceCents: 2500, agencyFeePosting: 'gross', connectorId: null, collectorHours: 'Weekdays 9–5', creditReporting: { defaults: {}, states: {} } })
      .expect(200);
  }, 240_000);

  afterAll(async () => {
    await app.close();
  });

  it('proposes the accounts that meet the rules and keeps the others out with their reasons; a refused placement fails the batch, approval places it', async () => {
    const batch = await inScope(() => app.get(PlacementProposalService).propose(context, at(45)));
    const view = (await practice.get(`/collection-placement-batches/${batch.id}`).expect(200)).body as { decisions: { patientId: string; proposed: boolean; reasons: string[]; balanceCents: number }[] };
    const decisionOf = (patient: Patient) => view.decisions.find((decision) => decision.patientId === claims[patient].patientId);
    expect(decisionOf('paid')).toMatchObject({ proposed: true, reasons: [], balanceCents: SHARE.paid });
    expect(decisionOf('recalled')).toMatchObject({ proposed: true, balanceCents: SHARE.recalled });
    expect(decisionOf('planned')).toMatchObject({ proposed: false, reasons: ['payment-plan'] });
    expect(decisionOf('disputed')).toMatchObject({ proposed: false, reasons: ['open-dispute'] });
    // No 835 for this claim: the payer still owes and the patient owes nothing, so it is not even considered.
    expect(decisionOf('pending')).toBeUndefined();
    expect(batch).toMatchObject({ state: 'proposed', proposedCount: 3 });

    agencyInbox.refuseNext = 'placement file rejected: unknown client code';
    const failed = await inScope(() => app.get(PlacementService).approve(context, batch.id, [], at(45)));
    expect(failed).toMatchObject({ state: 'failed', failure: expect.stringContaining('unknown client code') });
    expect(await stateOf('paid')).toBe('final-notice');

    agencyInbox.noticeSender = { name: 'Test Recovery LLC', address: ['PO Box 7', 'Springfield, IL 62701'], phone: '(800) 555-0199', hours: 'Weekdays 8–6 Central' };
    const approved = await inScope(() => app.get(PlacementService).approve(context, batch.id, [], at(46)));
    expect(approved).toMatchObject({ state: 'placed', agencyReference: 'PLACED-1' });
    placed = agencyInbox.placements[0]?.accounts ?? [];
    expect(placed).toHaveLength(3);
    expect(await stateOf('paid')).toBe('collections');
    expect(await stateOf('recalled')).toBe('collections');
    // The agency asked OpenRCM to send its validation notices: one per placed account, naming the agency, dated the placement day.
    const history = (await practice.get(`/patients/${claims.paid.patientId}/collections`).expect(200)).body as { communications: { id: string; kind: string; summary: string }[] };
    expect(history.communications).toMatchObject([{ kind: 'validation-notice', summary: expect.stringContaining('Test Recovery LLC') }]);
    for (const account of placed) expect(account.validationNoticeSentOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const pdf = await practice.get(`/collection-communications/${history.communications[0]?.id}/notice.pdf`).buffer(true).expect(200);
    expect(pdfText(pdf.body as Buffer)).toContain('Test Recovery LLC is a debt collector');
  }, 120_000);

  it('sends the agency the minimum necessary data, itemized from the final notice so that it adds up', async () => {
    const byBalance = new Map(placed.map((account) => [account.balanceCents, account.accountNumber]));
    accountNumber = { paid: byBalance.get(SHARE.paid) as string, recalled: byBalance.get(SHARE.recalled) as string };
    expect(accountNumber.paid).toBeTruthy();
    const [finalNotice] = await practice.rows<{ statement_date: string }>(`select statement_date from statement where patient_id = ? and kind = 'final-notice'`, [claims.paid.patientId]);
    for (const account of placed) {
      const itemization = account.itemization;
      expect(itemization).toBeDefined();
      if (!itemization) return;
      expect(itemization.atItemizationCents + itemization.interestCents + itemization.feesCents - itemization.paymentsCents - itemization.creditsCents).toBe(account.balanceCents);
      expect(account).toMatchObject({ creditorName: 'Collect Clinic', itemizationDate: finalNotice?.statement_date, itemization: { reference: 'last-statement', atItemizationCents: account.balanceCents } });
      expect(JSON.stringify(account)).not.toMatch(/99213|97110|diagnos/i);
    }
  });

  it('refuses a malformed agency file whole, naming the line and field, and posts nothing of it', async () => {
    const before = await owes('paid');
    const refused = (await upload('agency-0001.csv', `${accountNumber.paid},payment,1000,300,2027-01-20,A-1\n${accountNumber.paid},payment,12.50,0,2027-01-21,A-2\n`).expect(201)).body;
    expect(refused).toMatchObject({ status: 'refused', postedCount: 0, issues: [{ field: 'line 2, amount', message: 'expected whole cents' }] });
    expect(await owes('paid')).toBe(before);
    expect(await practice.rows(`select id from collection_agency_activity where patient_id = ?`, [claims.paid.patientId])).toHaveLength(0);
  });

  it('posts a payment gross of the fee, then one net of it, to the cent; the paid-off account closes as paid', async () => {
    const gross = (await upload('agency-0002.csv', `${accountNumber.paid},payment,1000,300,2027-01-20,A-1\nNOSUCH,payment,500,100,2027-01-20,A-9\n`).expect(201)).body;
    expect(gross).toMatchObject({ status: 'read', rowCount: 2, postedCount: 1, failures: [{ line: 2, accountNumber: 'NOSUCH', reason: 'account NOSUCH is not placed with this agency' }] });
    expect(await owes('paid')).toBe(SHARE.paid - 1000);
    const grossEntries = await practice.rows<{ kind: string; amount_cents: string }>(`select kind, amount_cents::text from ledger_entry where patient_id = ? and source = 'collection-agency' order by kind`, [claims.paid.patientId]);
    expect(grossEntries).toEqual([{ kind: 'payment', amount_cents: '-1000' }]);

    await practice.admin.agent
      .put(`${practice.base}/collection-settings`)
      .set('x-csrf-token', practice.admin.csrf)
      .send({ minDaysSinceFirstStatement: 30, finalNoticeWaitDays: 10, minimumBalanceCents: 2500, agencyFeePosting: 'net', connectorId: null, collectorHours: 'Weekdays 9–5', creditReporting: { defaults: {}, states: {} } })
      .expect(200);
    // The rest (30.00) paid; the agency keeps 25% (7.50): 22.50 posts as payment, 7.50 is written off as its fee.
    const net = (await upload('agency-0003.csv', `${accountNumber.paid},payment,1000,300,2027-01-20,A-1\n${accountNumber.paid},payment,3000,750,2027-02-20,A-3\n`).expect(201)).body;
    expect(net).toMatchObject({ status: 'read', postedCount: 1, duplicateCount: 1, failures: [] });
    const netEntries = await practice.rows<{ kind: string; total: string }>(`select kind, sum(amount_cents)::text as total from ledger_entry where patient_id = ? and source = 'collection-agency' group by kind order by kind`, [claims.paid.patientId]);
    expect(netEntries).toEqual([{ kind: 'payment', total: '-3250' }, { kind: 'write-off', total: '-750' }]);
    expect(await owes('paid')).toBe(0);
    expect(await stateOf('paid')).toBe('paid');
    const placements = (await practice.get(`/collection-placements?patientId=${claims.paid.patientId}`).expect(200)).body as { state: string; closedReason: string; collectedCents: number }[];
    expect(placements).toMatchObject([{ state: 'closed', closedReason: 'paid', collectedCents: 4000 }]);
  });

  it('recalls an account: the agency gets the recall and the account leaves collections', async () => {
    const [placement] = (await practice.get(`/collection-placements?patientId=${claims.recalled.patientId}`).expect(200)).body as { id: string }[];
    const recalled = await practice.post('/collection-recalls', { placementIds: [placement?.id], reason: 'Patient set up a plan with the office' }).expect(200);
    expect(recalled.body).toMatchObject([{ state: 'recalled', closedReason: 'Patient set up a plan with the office', recallReference: 'RECALL-1' }]);
    expect(agencyInbox.recalls).toEqual([{ batchId: expect.any(String), accountNumbers: [accountNumber.recalled] }]);
    expect(await stateOf('recalled')).toBe('final-notice');
    expect(await owes('recalled')).toBe(SHARE.recalled);
    await practice.post('/collection-recalls', { placementIds: [placement?.id], reason: 'again' }).expect(400);
  });

  it('tells the agency of a partial payment at the clinic, once, then recalls the account the patient pays off and closes it as paid', async () => {
    const [placement] = (await practice.get(`/collection-placements?patientId=${claims.direct.patientId}`).expect(200)).body as { id: string; accountNumber: string }[];
    const partial = (await practice.post(`/patients/${claims.direct.patientId}/payments`, { amountCents: 1000, method: 'cash' }).expect(201)).body as { id: string; receivedOn: string };
    const paymentId = partial.id;
    const told = await eventually(async () => agencyInbox.directPayments.find((batch) => batch.batchId === paymentId));
    expect(told.payments).toEqual([{ accountNumber: placement?.accountNumber, amountCents: 1000, paidOn: partial.receivedOn, balanceCents: SHARE.direct - 1000, reference: paymentId }]);
    const detail = (await practice.get(`/collection-placements/${placement?.id}`).expect(200)).body as { directPayments: unknown[] };
    expect(detail.directPayments).toMatchObject([{ paymentId, amountCents: 1000, balanceCents: SHARE.direct - 1000, outcome: 'reported', reference: `DIRECT-${agencyInbox.directPayments.length}` }]);
    expect(await stateOf('direct')).toBe('collections');
    // A retried job tells the agency nothing twice.
    const sent = agencyInbox.directPayments.length;
    expect(await inScope(() => app.get(DirectPaymentReporter).report(context, paymentId))).toHaveLength(1);
    expect(agencyInbox.directPayments).toHaveLength(sent);

    const before = agencyInbox.recalls.length;
    await practice.post(`/patients/${claims.direct.patientId}/payments`, { amountCents: SHARE.direct - 1000, method: 'cash' }).expect(201);
    await eventually(async () => ((await stateOf('direct')) === 'paid' ? true : undefined), 20_000);
    expect(agencyInbox.recalls.slice(before)).toEqual([{ batchId: expect.any(String), accountNumbers: [placed.find((account) => account.balanceCents === SHARE.direct)?.accountNumber] }]);
    const placements = (await practice.get(`/collection-placements?patientId=${claims.direct.patientId}`).expect(200)).body as { state: string; closedReason: string }[];
    expect(placements).toMatchObject([{ state: 'recalled', closedReason: 'paid in full to the clinic' }]);
  }, 60_000);

  it('sends a validation notice in the clinic’s own name, with the validation period end computed from the send date', async () => {
    const sent = await inScope(() => app.get(ValidationNoticeService).inOwnName(context, claims.recalled.patientId, at(60)));
    expect(sent.notice).toMatchObject({ collector: { name: 'Collect Clinic', hours: 'Weekdays 9–5' }, amountNowCents: SHARE.recalled, validationPeriodEndsOn: validationPeriodEnd(sent.notice.sentOn) });
    const text = pdfText((await practice.get(`/collection-communications/${sent.communication.id}/notice.pdf`).buffer(true).expect(200)).body as Buffer);
    expect(text).toContain('Collect Clinic is a debt collector');
    expect(text).toContain('$61.50');
  });

  it('stops emails and calls while a written dispute awaits verification, and honours an email opt-out at once', async () => {
    const communications = app.get(CollectionCommunicationsService);
    const patientId = claims.recalled.patientId;
    const inHours = new Date('2027-05-03T16:00:00Z'); // 11 a.m. in Springfield, IL (Central daylight time)
    const dispute = await inScope(() => app.get(CollectionDisputesService).record(context, patientId, { medium: 'electronic', receivedOn: at(61).toISOString().slice(0, 10), disputedCents: SHARE.recalled, note: 'The amount is wrong' }, at(61)));
    expect(dispute.effect).toMatchObject({ collectionStopped: true, stoppedCents: SHARE.recalled });
    await expect(inScope(() => communications.sendEmail(context, patientId, { subject: 'Your balance', text: 'Please call us about your balance.' }, new Date('2027-05-03T15:00:00Z')))).rejects.toThrow(/written dispute .* awaits verification/);
    await inScope(() => app.get(CollectionDisputesService).verify(context, dispute.dispute.id, { sentOn: at(70).toISOString().slice(0, 10), verification: 'Itemized statement and the 835 mailed' }));
    const email = await inScope(() => communications.sendEmail(context, patientId, { subject: 'Your balance', text: 'Please call us about your balance.' }, inHours));
    expect(email).toMatchObject({ kind: 'email', outcome: 'sent' });
    const outbox = readdirSync(outboxDir).map((name) => readFileSync(join(outboxDir, name), 'utf8')).find((eml) => eml.includes('Subject: Your balance'));
    expect(outbox?.replace(/=\r?\n/g, '')).toContain('reply to this email with the word STOP');
    await expect(inScope(() => communications.sendEmail(context, patientId, { subject: 'Your balance', text: 'Still due.' }, new Date('2027-05-03T08:00:00Z')))).rejects.toThrow(/03:00 in America\/Chicago/);
    await inScope(() => communications.optOut(context, patientId, { channel: 'email' }, new Date('2027-05-03T17:00:00Z')));
    await expect(inScope(() => communications.sendEmail(context, patientId, { subject: 'Your balance', text: 'Still due.' }, new Date('2027-05-03T17:00:01Z')))).rejects.toThrow(/opted out of email/);
    const history = (await practice.get(`/patients/${patientId}/collections`).expect(200)).body as { communications: { kind: string; outcome: string; reason: string | null }[] };
    expect(history.communications.filter((c) => c.kind === 'email').map((c) => c.outcome)).toEqual(['refused', 'sent', 'refused', 'refused']);
  });

  it('refuses the eighth call in seven days and any call within seven days after a conversation', async () => {
    const communications = app.get(CollectionCommunicationsService);
    const patientId = claims.recalled.patientId;
    const call = (day: number, hour: number, conversation = false) => inScope(() => communications.logCall(context, patientId, { at: new Date(Date.UTC(2027, 5, day, hour)), initiatedBy: 'collector', connected: true, conversation, note: `call on June ${day}` }));
    // 16:00 and 20:00 UTC are 11 a.m. and 3 p.m. in Illinois: seven calls on June 1–4.
    for (const [day, hour] of [[1, 16], [1, 20], [2, 16], [2, 20], [3, 16], [3, 20], [4, 16]] as const) await call(day, hour);
    await expect(call(7, 16)).rejects.toThrow(/7 calls about debt .* in 7 days/);
    // June 8 starts a window (June 2–8) holding five calls: allowed, and a conversation.
    await call(8, 16, true);
    await expect(call(14, 16)).rejects.toThrow(/conversation about debt/);
    await call(15, 16);
    await expect(call(16, 10)).rejects.toThrow(/05:00 in America\/Chicago/);
    const check = await inScope(() => communications.mayCall(context, patientId, new Date(Date.UTC(2027, 5, 16, 10))));
    expect(check).toMatchObject({ allowed: false, nextAllowedAt: new Date(Date.UTC(2027, 5, 16, 13)) });
  });

  it('keeps the ledger consistent', async () => {
    const verification = await verifyLedger(app.get(MikroORM).em.fork() as never, practice.admin.organizationId);
    expect(verification.violations).toEqual([]);
    expect(verification.checks).toContain('agency-activity-posted-in-full');
  });
});

import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import { definePlugin, OperationResults } from '@openrcm/sdk';
import { z } from 'zod';
import { patientAccount } from '../../src/ledger/ledger-account';
import { LedgerWriter } from '../../src/ledger/ledger.writer';
import type { AggregateScope } from '../../src/reporting/aggregates/aggregate-scope';
import { addDays, calendarDate } from '../../src/time/calendar-date';
import { BillingPractice, type SubmittedClaim } from '../support/billing-practice';
import { test835, type TestClaim } from '../support/remittance-835';
import { eventually, startTestServer, testConfig } from '../support/test-app';

/** What the fake clearinghouse answers: the instant its receipt says the next batch was submitted. */
const clearinghouse = { submittedAt: new Date() };

const moneyClearinghouse = definePlugin({
  id: 'money-clearinghouse',
  version: '1.0.0',
  sdk: '^1.3.0',
  settings: z.object({}),
  register(ctx) {
    ctx.contribute('clearinghouse-connector', {
      id: 'batch',
      capabilities: { submitClaims: true, receiveDocuments: false, realTimeEligibility: false, claimStatus: false },
      submitBatch: async (_context, batch) => OperationResults.success({ reference: `CH-${batch.fileName}`, submittedAt: clearinghouse.submittedAt }),
    });
  },
});

/** The visits of the history, by patient. */
export type Visit = 'adams' | 'brown' | 'clark' | 'davis' | 'evans' | 'garcia';

/**
 * A practice's money history, built through the API as of today (dates of service relative to today, in the
 * organization's zone America/Chicago, 35 days apart so each visit's month is its own):
 *
 * - Adams (5 days ago, Acme): sent in a batch receipted 3 days ago; no answer yet.
 * - Brown (40 days ago, Acme): $15.00 taken at check-in; paid with $20.00 coinsurance to the patient, which the copay
 *   and a $3.00 statement payment (dated 32 days ago) pay down to $2.00.
 * - Clark (75 days ago, Acme): sent in a batch receipted 50 days ago; 99213 paid with $20.00 coinsurance, 97110 denied
 *   (CO-50, held open).
 * - Davis (110 days ago, Acme): paid to the contract, then the 99213 paid again ($100.00 + CO-45 $25.00 → a $125.00
 *   credit), of which $100.00 is refunded to Acme.
 * - Evans (145 days ago, Acme): paid with coinsurance, then the payment reversed (CLP02 22).
 * - Garcia (40 days ago, Second Mutual as primary, at the second location): not answered.
 * - Foster (40 days ago, self-pay): $100.00 taken at check-in; a 97110 entered and voided; the 99213 ($125.00) billed
 *   to the patient, the copay pays $100.00 of it.
 *
 * `beforeRemittances` is an instant after every visit was billed and before the first check was posted.
 */
export class MoneyHistory {
  readonly claims = {} as Record<Visit, SubmittedClaim>;
  foster = { patientId: '', encounterId: '', chargeId: '' };
  secondLocationId = '';
  beforeRemittances = new Date(0);
  beforeRefund = new Date(0);
  /** The day the front desk's receipts say they were taken (the point-of-service service dates them in UTC). */
  pointOfServiceDay = '';
  readonly today: string;

  private constructor(
    readonly app: INestApplication,
    readonly practice: BillingPractice,
  ) {
    this.today = calendarDate(new Date(), 'America/Chicago');
  }

  /** Builds the history on a test server with the fake clearinghouse and the `extraPlugins` (module name → plugin). */
  static async build(extraPlugins: Readonly<Record<string, unknown>> = {}): Promise<MoneyHistory> {
    const modules = { 'money-clearinghouse': moneyClearinghouse, ...extraPlugins };
    const config = await testConfig({ useRedis: false, plugins: { installed: Object.keys(modules).map((module) => ({ module })), callTimeoutMs: 20_000 } });
    const app = await startTestServer(config, { loadPluginModule: (module) => ({ plugin: modules[module as keyof typeof modules] }) });
    const history = new MoneyHistory(app, await BillingPractice.create(app));
    await history.record();
    return history;
  }

  /** The calendar date `days` before today. */
  daysAgo(days: number): string {
    return addDays(this.today, -days);
  }

  /** A fresh entity manager of the app. */
  em(): EntityManager {
    return this.app.get(MikroORM).em.fork() as EntityManager;
  }

  /** The organization's scope as of `asOf` (default now). */
  scope(asOf: Date = new Date()): AggregateScope {
    return { organizationId: this.practice.admin.organizationId, asOf, timeZone: 'America/Chicago' };
  }

  line(visit: Visit, index: number): SubmittedClaim['lines'][number] {
    return this.claims[visit].lines[index] as SubmittedClaim['lines'][number];
  }

  private async record(): Promise<void> {
    const { practice } = this;
    await practice.admin.agent.patch(`${practice.base}/payers/${practice.ids.payerId}`).set('x-csrf-token', practice.admin.csrf).send({ clearinghousePluginId: 'money-clearinghouse' }).expect(200);
    const location = await practice.post('/locations', { name: 'Riverside North', npi: null, addressLine1: '9 North Rd', addressLine2: null, city: 'Springfield', state: 'IL', zip: '62702-1234', phone: '2175550199', placeOfServiceCode: '11', active: true }).expect(201);
    this.secondLocationId = location.body.id;
    const pay = async (encounterId: string, body: object) => {
      const taken = await practice.post(`/encounters/${encounterId}/point-of-service-payments`, body).expect(201);
      this.pointOfServiceDay = taken.body.receivedOn;
    };

    this.claims.adams = await this.billed('Adams', 5, 3);
    this.claims.brown = await practice.submittedClaim('Brown', { dateOfService: this.daysAgo(40), atCheckIn: ({ encounterId }) => pay(encounterId, { amountCents: 1500, method: 'cash' }) });
    this.claims.clark = await this.billed('Clark', 75, 50);
    this.claims.davis = await practice.submittedClaim('Davis', { dateOfService: this.daysAgo(110) });
    this.claims.evans = await practice.submittedClaim('Evans', { dateOfService: this.daysAgo(145) });
    this.claims.garcia = await practice.submittedClaim('Garcia', { dateOfService: this.daysAgo(40), primaryPayerId: practice.ids.secondaryPayerId, locationId: this.secondLocationId });
    await this.selfPayVisit(pay);
    this.beforeRemittances = await instantBetweenSteps();

    const coinsurance = (visit: Visit): TestClaim => ({
      pcn: this.claims[visit].patientControlNumber,
      charge: 36500,
      paid: 26000,
      lines: [
        { control: this.line(visit, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 8000, cas: [['CO', '45', 2500], ['PR', '2', 2000]] },
        { control: this.line(visit, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] },
      ],
    });
    const davis99213 = { control: this.line('davis', 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 10000, cas: [['CO', '45', 2500]] as const };
    const evans = coinsurance('evans');
    await this.post835(
      test835({
        trace: 'MONEY-1',
        claims: [
          coinsurance('brown'),
          {
            pcn: this.claims.clark.patientControlNumber,
            charge: 36500,
            paid: 8000,
            lines: [
              { control: this.line('clark', 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 8000, cas: [['CO', '45', 2500], ['PR', '2', 2000]] },
              { control: this.line('clark', 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 0, cas: [['CO', '50', 24000]] },
            ],
          },
          { pcn: this.claims.davis.patientControlNumber, charge: 36500, paid: 28000, lines: [davis99213, { control: this.line('davis', 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] }] },
          evans,
        ],
      }),
    );
    await this.statementPayment('brown', 300, this.daysAgo(32));
    await this.post835(
      test835({
        trace: 'MONEY-2',
        interchange: 2,
        claims: [
          { pcn: this.claims.davis.patientControlNumber, charge: 12500, paid: 10000, lines: [davis99213] },
          {
            ...evans,
            status: '22',
            charge: -36500,
            paid: -26000,
            lines: evans.lines?.map((line) => ({ ...line, charge: -line.charge, paid: -line.paid, cas: line.cas?.map(([group, reason, cents]) => [group, reason, -cents] as const) })),
          },
        ],
      }),
    );
    this.beforeRefund = await instantBetweenSteps();
    await practice.post('/credit-balances/refund', { chargeId: this.line('davis', 0).chargeId, coverageId: this.claims.davis.coverageIds.primary, amountCents: 10000, payee: 'payer', reference: 'RF-1001', note: 'paid twice' }).expect(200);
  }

  /** A visit sent through the clearinghouse in a batch it receipts `billedDaysAgo` days ago. */
  private async billed(lastName: string, serviceDaysAgo: number, billedDaysAgo: number): Promise<SubmittedClaim> {
    const claim = await this.practice.submittedClaim(lastName, { dateOfService: this.daysAgo(serviceDaysAgo), submit: false });
    clearinghouse.submittedAt = new Date(`${this.daysAgo(billedDaysAgo)}T18:00:00Z`);
    const summary = await this.practice.post('/claims/submit-ready').expect(200);
    expect(summary.body.batches).toHaveLength(1);
    await eventually(async () => ((await this.practice.stateOf(claim.id)) === 'submitted' ? true : undefined));
    return claim;
  }

  /** Foster's self-pay visit: $100.00 by card at check-in, a 97110 entered then voided, the 99213 billed to the patient. */
  private async selfPayVisit(pay: (encounterId: string, body: object) => Promise<unknown>): Promise<void> {
    const { practice } = this;
    const put = (path: string, body: object) => practice.admin.agent.put(`${practice.base}${path}`).set('x-csrf-token', practice.admin.csrf).send(body);
    const patient = await practice.post('/patients', { firstName: 'Ana', lastName: 'Foster', birthDate: '1990-02-03', sex: 'F', address: { line1: '3 Oak St', city: 'Springfield', state: 'IL', postalCode: '62704' } }).expect(201);
    const patientId = patient.body.id as string;
    await put(`/patients/${patientId}/guarantor`, { relationship: 'self' }).expect(200);
    const dateOfService = this.daysAgo(40);
    const encounter = await practice
      .post('/encounters', { patientId, locationId: practice.ids.locationId, billingProviderId: practice.ids.groupId, renderingProviderId: practice.ids.doctorId, dateOfService, selfPay: true })
      .expect(201);
    const encounterId = encounter.body.id as string;
    const move = (event: string) => practice.post(`/encounters/${encounterId}/transitions`, { event }).expect(200);
    await move('check-in');
    await pay(encounterId, { amountCents: 10000, method: 'card', reference: 'AUTH77' });
    await put(`/encounters/${encounterId}/patient-responsibility`, { estimateCents: 12500, method: 'verbal' }).expect(200);
    await put(`/encounters/${encounterId}/diagnoses`, { codes: ['I10'] }).expect(200);
    const visit = await practice.post(`/encounters/${encounterId}/charges`, { procedureCode: '99213', units: 1, diagnosisPointers: [1] }).expect(201);
    const mistaken = await practice.post(`/encounters/${encounterId}/charges`, { procedureCode: '97110', modifiers: ['GP'], units: 2, diagnosisPointers: [1] }).expect(201);
    await practice.post(`/encounters/${encounterId}/charges/${mistaken.body.id}/void`, { reason: 'entered on the wrong visit' }).expect(200);
    await move('document');
    await put(`/encounters/${encounterId}/documentation`, { providerId: practice.ids.doctorId, signedAt: `${dateOfService}T16:00:00Z` }).expect(200);
    await move('code');
    await move('mark-ready');
    expect((await practice.post('/claims/build', { encounterId }).expect(201)).body.outcome).toBe('self-pay');
    this.foster = { patientId, encounterId, chargeId: visit.body.id };
  }

  /**
   * A patient payment by mail (no statement-payment API yet): a `payment` entry of source `statement-payment` on the
   * patient's account of the visit's office visit line, written by the ledger's one writer as a lockbox import would.
   */
  private async statementPayment(visit: Visit, amountCents: number, effectiveDate: string): Promise<void> {
    const em = this.em();
    const claim = this.claims[visit];
    const line = this.line(visit, 0);
    this.app.get(LedgerWriter).pay(em, this.practice.context, { source: 'statement-payment', effectiveDate, reference: 'LOCKBOX-7' }, { account: patientAccount(line.chargeId, claim.patientId), line: { claimId: claim.id, claimLineId: line.id }, amountCents });
    await em.flush();
  }

  private async post835(x12: string): Promise<void> {
    const posted = await this.practice.admin.agent.post(`${this.practice.base}/remittances`).set('x-csrf-token', this.practice.admin.csrf).set('content-type', 'text/plain').send(x12).expect(200);
    expect(posted.body.postings).toEqual([expect.objectContaining({ outcome: 'posted', unmatched: 0 })]);
  }
}

/** An instant strictly after everything recorded so far and strictly before anything recorded next. */
export async function instantBetweenSteps(): Promise<Date> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const instant = new Date();
  await new Promise((resolve) => setTimeout(resolve, 5));
  return instant;
}

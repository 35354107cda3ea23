import type { INestApplication } from '@nestjs/common';
import { definePlugin, OperationResults } from '@openrcm/sdk';
import { z } from 'zod';
import { addDays, calendarDate } from '../src/time/calendar-date';
import { BillingPractice, type SubmittedClaim } from './support/billing-practice';
import { test835 } from './support/remittance-835';
import { eventually, startTestServer, testConfig } from './support/test-app';

/** What the fake clearinghouse answers: the instant its receipt says the next batch was submitted. */
const clearinghouse = { submittedAt: new Date() };

const agingClearinghouse = definePlugin({
  id: 'aging-clearinghouse',
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

const EMPTY = { '0-30': 0, '31-60': 0, '61-90': 0, '91-120': 0, '121+': 0 };

/**
 * Issue #9 item 6: A/R aging from the ledger by payer and by patient, in 0–30 … 121+ day buckets, from the date of
 * service or the first bill date (the first submitted 837P batch; the date of service when there is none, reported),
 * as of a date; credit balances apart; exact cents.
 */
describe('A/R aging', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  const claims = {} as Record<'abbott' | 'baker' | 'cruz' | 'diaz' | 'evans', SubmittedClaim>;
  const today = () => calendarDate(new Date(), 'America/Chicago');
  const daysAgo = (days: number) => addDays(today(), -days);
  const aging = async (query: Record<string, string>) => (await practice.get('/aging').query(query).expect(200)).body;
  const line = (claim: SubmittedClaim, index: number) => claim.lines[index] as SubmittedClaim['lines'][number];

  /** A visit `serviceDaysAgo` days ago, sent through the clearinghouse, which receipts it `billedDaysAgo` days ago. */
  async function billed(lastName: string, serviceDaysAgo: number, billedDaysAgo: number): Promise<SubmittedClaim> {
    const claim = await practice.submittedClaim(lastName, { dateOfService: daysAgo(serviceDaysAgo), submit: false });
    clearinghouse.submittedAt = new Date(`${daysAgo(billedDaysAgo)}T18:00:00Z`);
    const summary = await practice.post('/claims/submit-ready').expect(200);
    expect(summary.body.batches).toHaveLength(1);
    await eventually(async () => ((await practice.stateOf(claim.id)) === 'submitted' ? true : undefined));
    return claim;
  }

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'aging-clearinghouse' }] } });
    app = await startTestServer(config, { loadPluginModule: () => ({ plugin: agingClearinghouse }) });
    practice = await BillingPractice.create(app);
    await practice.admin.agent.patch(`${practice.base}/payers/${practice.ids.payerId}`).set('x-csrf-token', practice.admin.csrf).send({ clearinghousePluginId: 'aging-clearinghouse' }).expect(200);
    claims.abbott = await billed('Abbott', 10, 5);
    claims.baker = await billed('Baker', 65, 55);
    claims.cruz = await practice.submittedClaim('Cruz', { dateOfService: daysAgo(121) }); // sent without a batch: no bill date on record
    claims.diaz = await billed('Diaz', 120, 30);
    claims.evans = await billed('Evans', 31, 31);

    // Today: Baker's 99213 paid with coinsurance to the patient and 97110 denied (held open with Acme); Evans's 99213
    // paid in full and $10.00 of 97110 denied (held open) — then a second check pays Evans's 99213 again (a credit balance).
    const post835 = async (x12: string) => {
      const posted = await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(x12).expect(200);
      expect(posted.body.postings).toEqual([expect.objectContaining({ outcome: 'posted', unmatched: 0 })]);
    };
    await post835(test835({
      trace: 'AGING-1',
      claims: [
        {
          pcn: claims.baker.patientControlNumber,
          charge: 36500,
          paid: 8000,
          lines: [
            { control: line(claims.baker, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 8000, cas: [['CO', '45', 2500], ['PR', '2', 2000]] },
            { control: line(claims.baker, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 0, cas: [['CO', '50', 24000]] },
          ],
        },
        {
          pcn: claims.evans.patientControlNumber,
          charge: 36500,
          paid: 32500,
          lines: [
            { control: line(claims.evans, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 12500 },
            { control: line(claims.evans, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 20000, cas: [['CO', '45', 3000], ['CO', '50', 1000]] },
          ],
        },
      ],
    }));
    await post835(
      test835({
        trace: 'AGING-2',
        interchange: 2,
        claims: [{ pcn: claims.evans.patientControlNumber, charge: 12500, paid: 500, lines: [{ control: line(claims.evans, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 500, cas: [['CO', '45', 12000]] }] }],
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await app.close();
  });

  it('ages what each payer owes from the date of service, with the 120/121 and 31 day boundaries, and sets credit balances apart', async () => {
    const report = await aging({ by: 'payer', basis: 'service-date' });
    expect(report).toMatchObject({ asOf: today(), by: 'payer', basis: 'service-date', buckets: ['0-30', '31-60', '61-90', '91-120', '121+'], serviceDateFallback: null });
    const acme = { id: practice.ids.payerId, name: 'Acme Health', buckets: { '0-30': 36500, '31-60': 1000, '61-90': 24000, '91-120': 36500, '121+': 36500 }, totalCents: 134500, accounts: 8 };
    expect(report.rows).toEqual([acme]);
    expect(report.totals).toEqual({ buckets: acme.buckets, totalCents: 134500, accounts: 8 });
    expect(report.creditBalances).toEqual({ accounts: 1, totalCents: -12500 });
  });

  it('ages from the first bill date, falling back to the date of service for a claim never billed, and says so', async () => {
    const report = await aging({ by: 'payer', basis: 'first-bill-date' });
    expect(report.rows).toEqual([{ id: practice.ids.payerId, name: 'Acme Health', buckets: { '0-30': 73000, '31-60': 25000, '61-90': 0, '91-120': 0, '121+': 36500 }, totalCents: 134500, accounts: 8 }]);
    expect(report.serviceDateFallback).toEqual({
      accounts: 2,
      totalCents: 36500,
      neverBilled: { accounts: 2, totalCents: 36500 },
      converted: { accounts: 0, totalCents: 0 },
      note: expect.stringContaining(`2 open service-line balance(s) (36500 cents) have no 837P submission on record by ${today()} and are aged from the date of service`),
    });
    expect(report.creditBalances).toEqual({ accounts: 1, totalCents: -12500 });
  });

  it('ages what each patient owes, by name, and audits the patient reads', async () => {
    const reads = async () =>
      Number((await practice.rows<{ n: string }>(`select count(*)::text as n from audit_event where record_type = 'patient' and action = 'read' and record_id = ?`, [claims.baker.patientId]))[0]?.n);
    const before = await reads();
    const report = await aging({ by: 'patient', basis: 'service-date' });
    expect(report.rows).toEqual([{ id: claims.baker.patientId, name: 'Baker, Maria', buckets: { ...EMPTY, '61-90': 2000 }, totalCents: 2000, accounts: 1 }]);
    expect(report.creditBalances).toEqual({ accounts: 0, totalCents: 0 });
    expect(await reads()).toBe(before + 1);
    const billedBasis = await aging({ by: 'patient', basis: 'first-bill-date' });
    expect(billedBasis.rows[0].buckets).toEqual({ ...EMPTY, '31-60': 2000 });
  });

  it('ages the balances as they stood on an earlier day: payments posted after it do not count', async () => {
    const yesterday = daysAgo(1);
    const report = await aging({ by: 'payer', asOf: yesterday });
    expect(report.asOf).toBe(yesterday);
    // Evans (31 days old today) was 30 days old yesterday; Cruz (121) was 120; nothing was paid yet.
    expect(report.totals).toEqual({ buckets: { '0-30': 73000, '31-60': 0, '61-90': 36500, '91-120': 73000, '121+': 0 }, totalCents: 182500, accounts: 10 });
    expect(report.creditBalances).toEqual({ accounts: 0, totalCents: 0 });
    const beforeAnything = await aging({ by: 'payer', asOf: daysAgo(200) });
    expect(beforeAnything).toMatchObject({ rows: [], totals: { buckets: EMPTY, totalCents: 0, accounts: 0 } });
  });

  it('refuses an unknown grouping, basis or date naming the parameter', async () => {
    const by = await practice.get('/aging').query({ by: 'provider' }).expect(400);
    expect(by.body.errors).toEqual([expect.objectContaining({ field: 'by' })]);
    const basis = await practice.get('/aging').query({ basis: 'posting-date' }).expect(400);
    expect(basis.body.errors).toEqual([expect.objectContaining({ field: 'basis' })]);
    const asOf = await practice.get('/aging').query({ asOf: '2026-02-30' }).expect(400);
    expect(asOf.body.errors).toEqual([expect.objectContaining({ field: 'asOf' })]);
  });
});

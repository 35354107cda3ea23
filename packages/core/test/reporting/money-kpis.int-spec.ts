// eslint-disable-next-line no-restricted-imports -- the test server loads the plugin as the server would at runtime (by module name); core's sources never import it
import { plugin as kpiReports } from '@openrcm/plugin-kpi-reports';
import { MoneyHistory } from './money-history';

/** A report value as the kit's `ratio` makes it. */
const ratio = (numerator: number, denominator: number) => ({ value: denominator === 0 ? 0 : numerator / denominator, numerator, denominator });
const dollars = (cents: number) => (cents / 100).toFixed(2);
const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
/** The days net days in A/R averages daily net revenue over (its formula: "over the last 90 days"). */
const NET_REVENUE_DAYS = 90;

interface RunOutput {
  value?: { value: number; numerator: number; denominator: number };
  table: { rows: { cells: unknown[]; link?: { id: string } }[] };
}

/**
 * Issue #13: the money KPI definitions of the kpi-reports plugin (net and gross collection rates, point-of-service
 * collections, payer mix, net days in A/R, A/R over 90 days, A/R aging) run through the reports API on the hand-made
 * money history (money-history.ts) as of instants it recorded; each expected number is worked out here from the
 * report's formula and the history's cents.
 */
describe('money KPI definitions on the money history', () => {
  let history: MoneyHistory;
  let asOf: string;
  const d = (days: number) => history.daysAgo(days);
  // Every visit bills 99213 $125.00 + 97110 $240.00 but Foster's self-pay 99213 (the 97110 voided).
  const VISIT = 36500;
  const FOSTER = 12500;

  beforeAll(async () => {
    history = await MoneyHistory.build({ 'kpi-reports': kpiReports });
    await new Promise((resolve) => setTimeout(resolve, 5));
    asOf = new Date().toISOString();
  }, 240_000);

  afterAll(async () => {
    await history?.app.close();
  });

  const run = async (reportId: string, query: Record<string, string>, at: string | Date = asOf): Promise<RunOutput> =>
    (await history.practice.get(`/reports/${reportId}/run`).query({ ...query, asOf: new Date(at).toISOString() }).expect(200)).body.output as RunOutput;
  const cohort = () => ({ from: d(200), to: history.today });

  it('net and gross collection rates: (payments − refunds) ÷ (charges − CO adjustments), and payments ÷ charges', async () => {
    const charges = 5 * VISIT + VISIT + FOSTER; // Adams, Brown, Clark, Davis, Evans (Acme), Garcia, Foster
    // Brown 26,000 + copay 1,500 + statement 300; Clark 8,000; Davis 28,000 + 10,000 paid twice; Evans reversed;
    // Foster's copay 10,000.
    const payments = 26000 + 1500 + 300 + 8000 + 28000 + 10000 + 10000;
    const refunds = 10000; // Davis's credit refunded
    const contractual = 8500 /* Brown */ + 2500 /* Clark */ + (8500 + 2500) /* Davis, the 99213 twice */; // Evans's nets out
    const net = await run('net-collection-rate', cohort());
    expect(net.value).toEqual(ratio(payments - refunds, charges - contractual));
    const davisRow = net.table.rows.find((row) => row.cells[0] === d(110).slice(0, 7));
    expect(davisRow?.cells).toEqual([d(110).slice(0, 7), dollars(VISIT), dollars(11000), dollars(38000), dollars(refunds), percent((38000 - refunds) / (VISIT - 11000)), percent(38000 / VISIT)]);
    expect((await run('gross-collection-rate', cohort())).value).toEqual(ratio(payments, charges));
    // Before the refund the Davis credit was still held.
    expect((await run('net-collection-rate', cohort(), history.beforeRefund)).value).toEqual(ratio(payments, charges - contractual));
    // Before any check only Foster's copay was posted.
    expect((await run('gross-collection-rate', cohort(), history.beforeRemittances)).value).toEqual(ratio(10000, charges));
  });

  it('point-of-service collections: copays taken at the visit ÷ all patient payments, by the day received', async () => {
    const atVisit = 1500 + 10000; // Brown's cash, Foster's card
    const statement = 300; // Brown's lockbox payment
    const output = await run('point-of-service-collections', { from: d(200), to: history.pointOfServiceDay });
    expect(output.value).toEqual(ratio(atVisit, atVisit + statement));
    // One table row per month received: the copays' day and the statement's day (32 days ago) may share a month.
    const months = new Map<string, [number, number]>();
    for (const [day, visit, other] of [[history.pointOfServiceDay, atVisit, 0], [d(32), 0, statement]] as const) {
      const [visitSoFar, otherSoFar] = months.get(day.slice(0, 7)) ?? [0, 0];
      months.set(day.slice(0, 7), [visitSoFar + visit, otherSoFar + other]);
    }
    const expectedRows = [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, [visit, other]]) => [month, dollars(visit), dollars(other), percent(visit / (visit + other))]);
    expect(output.table.rows.map((row) => row.cells)).toEqual(expectedRows);
    expect((await run('point-of-service-collections', { from: d(200), to: history.pointOfServiceDay }, history.beforeRemittances)).value).toEqual(ratio(atVisit, atVisit));
  });

  it('payer mix: encounters and charges by primary payer, each payer’s share of all charges', async () => {
    const acme = 5 * VISIT;
    const total = acme + VISIT + FOSTER;
    expect((await run('payer-mix', cohort())).table.rows.map((row) => row.cells)).toEqual([
      ['Acme Health', 5, dollars(acme), percent(acme / total)],
      ['Second Mutual', 1, dollars(VISIT), percent(VISIT / total)],
      ['Self-pay', 1, dollars(FOSTER), percent(FOSTER / total)],
    ]);
  });

  // The open balances as of the run, aged from the date of service (open-ar.int-spec.ts works them out): Adams
  // unanswered (5 days, expected at the contract's $280.00), Clark's denied 97110 (75), Evans reversed (145),
  // Garcia with Second Mutual (40); with patients Brown's $2.00 and Foster's $25.00 (40) and Clark's $20.00 (75).
  const adams = VISIT;
  const adamsExpected = 10000 + 18000;
  const clark = 24000;
  const evans = VISIT;
  const garcia = VISIT;
  const patients40 = 200 + 2500;
  const patients75 = 2000;
  const balances = adams + clark + evans + garcia + patients40 + patients75;
  const aging = (name: string, buckets: readonly number[], claims: number) => [name, ...buckets.map(dollars), dollars(buckets.reduce((total, cents) => total + cents, 0)), claims];
  const agingRows = [
    aging('Acme Health', [adams, 0, clark, 0, evans], 3),
    aging('Patient', [0, patients40, patients75, 0, 0], 2),
    aging('Second Mutual', [0, garcia, 0, 0, 0], 1),
    aging('All payers and patients', [adams, patients40 + garcia, clark + patients75, 0, evans], 6),
  ];

  it('net days in A/R: expected net A/R ÷ (charges − CO adjustments over the last 90 days) ÷ 90', async () => {
    const netAr = adamsExpected + clark + evans + garcia + patients40 + patients75;
    // Charges dated 75, 40 and 5 days ago fall in the 90 days; Davis's (110) and Evans's (145) do not. Every CO
    // adjustment is dated today: check 1's 28,000 (CO-50 held open), Davis's 2,500, Evans's −8,500 reversed.
    const charges = VISIT + (VISIT + VISIT + FOSTER) + VISIT;
    const contractual = 28000 + 2500 - 8500;
    const output = await run('net-days-in-ar', { from: d(200), to: history.today });
    expect(output.value).toEqual(ratio(netAr, (charges - contractual) / NET_REVENUE_DAYS));
    expect(output.table.rows.map((row) => row.cells)).toEqual(agingRows);
  });

  it('A/R over 90 days: balances older than 90 days ÷ all open balances, under both bases and as of the remittances', async () => {
    const output = await run('ar-over-90-days', { from: d(200), to: history.today });
    expect(output.value).toEqual(ratio(evans, balances));
    expect(output.table.rows.map((row) => row.link?.id)).toEqual([history.claims.evans.id]);
    // From the bill date Clark's balances age from the receipt 50 days ago; none moves past 90 days.
    expect((await run('ar-over-90-days', { from: d(200), to: history.today, agingBasis: 'bill-date' })).value).toEqual(ratio(evans, balances));
    // Before any check: five Acme visits and Garcia open in full, Foster's $25.00; Davis (110) and Evans (145) old.
    expect((await run('ar-over-90-days', { from: d(200), to: history.today }, history.beforeRemittances)).value).toEqual(ratio(2 * VISIT, 6 * VISIT + 2500));
  });

  it('A/R aging: open balances by payer (patients together) and bucket, in dollars', async () => {
    expect((await run('ar-aging', { from: d(200), to: history.today })).table.rows.map((row) => row.cells)).toEqual(agingRows);
    const billDate = (await run('ar-aging', { from: d(200), to: history.today, agingBasis: 'bill-date' })).table.rows.map((row) => row.cells);
    expect(billDate).toEqual([
      aging('Acme Health', [adams, clark, 0, 0, evans], 3),
      aging('Patient', [0, patients40 + patients75, 0, 0, 0], 2),
      aging('Second Mutual', [0, garcia, 0, 0, 0], 1),
      aging('All payers and patients', [adams, clark + patients40 + patients75 + garcia, 0, 0, evans], 6),
    ]);
  });
});

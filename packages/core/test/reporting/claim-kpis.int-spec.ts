import type { INestApplication } from '@nestjs/common';
// eslint-disable-next-line no-restricted-imports -- the test server loads the plugin as the server would at runtime (by module name); core's sources never import it
import { plugin as kpiReports } from '@openrcm/plugin-kpi-reports';
import { addDays } from '../../src/time/calendar-date';
import { startTestServer, testConfig } from '../support/test-app';
import { buildClaimHistory, reportingScrubPlugin, type ClaimHistory, type HistoryClaims } from './claim-history';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysFrom = (dateOfService: string, to: string) => Math.round((Date.parse(to) - Date.parse(dateOfService)) / DAY_MS);
/** A report value as the kit's `ratio` makes it. */
const ratio = (numerator: number, denominator: number) => ({ value: denominator === 0 ? 0 : numerator / denominator, numerator, denominator });
const dollars = (cents: number) => (cents / 100).toFixed(2);

interface RunBody {
  asOf: string;
  output: { value?: { value: number; numerator: number; denominator: number }; series?: { period: string; value: number }[]; table: { rows: { cells: unknown[]; link?: { id: string } }[] } };
}

/**
 * Issue #13: the claim KPI definitions of the kpi-reports plugin (clean claim rate, first-pass resolution, initial
 * denial rate by count and dollars, denials by category and payer, gate defects, charge lag, days to submit) run
 * through the reports API on the hand-made claim history (claim-history.ts) as of instants it recorded; each
 * expected number is worked out here from the report's formula and the history's facts.
 */
describe('claim KPI definitions on the claim history', () => {
  let app: INestApplication;
  let h: ClaimHistory;
  let claims: HistoryClaims;
  let asOf: string;
  let period: { from: string; to: string };
  const CLAIM_CENTS = 36500;

  beforeAll(async () => {
    const modules: Record<string, unknown> = { 'reporting-scrub': reportingScrubPlugin, 'kpi-reports': kpiReports };
    const config = await testConfig({ useRedis: false, plugins: { installed: Object.keys(modules).map((module) => ({ module })), callTimeoutMs: 20_000 } });
    app = await startTestServer(config, { loadPluginModule: (module) => ({ plugin: modules[module] }) });
    h = await buildClaimHistory(app);
    claims = h.claims;
    await new Promise((resolve) => setTimeout(resolve, 5));
    asOf = new Date().toISOString();
    period = { from: addDays(h.today, -90), to: h.today };
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  const run = async (reportId: string, at: string | Date = asOf): Promise<RunBody['output']> => {
    const body = (await h.practice.get(`/reports/${reportId}/run`).query({ ...period, asOf: new Date(at).toISOString() }).expect(200)).body as RunBody;
    return body.output;
  };
  const linked = (output: RunBody['output']) => output.table.rows.map((row) => row.link?.id).sort();
  const ids = (...names: (keyof HistoryClaims)[]) => names.map((name) => claims[name].id).sort();

  it('clean claim rate: clean ÷ scrubbed, by first scrub; Kim was clean until its late finding', async () => {
    const scrubbed = ids('adams', 'brooks', 'chen', 'hale', 'diaz', 'diazCorrected', 'evans', 'irwin', 'jones', 'kim', 'flores').length;
    // An error found (Brooks, Hale, Kim) or a reopen (Chen) makes a claim not clean.
    const notClean = ids('brooks', 'chen', 'hale', 'kim');
    const output = await run('clean-claim-rate');
    expect(output.value).toEqual(ratio(scrubbed - notClean.length, scrubbed));
    expect(linked(output)).toEqual(notClean);
    expect((await run('clean-claim-rate', h.beforeRemittances)).value).toEqual(ratio(scrubbed - (notClean.length - 1), scrubbed));
    // Before Chen: Adams (clean) and Brooks (an error found) only.
    expect((await run('clean-claim-rate', h.beforeException)).value).toEqual(ratio(1, 2));
  });

  it('first-pass resolution rate: adjudicated claims neither denied first (Chen) nor sent twice (Diaz corrected)', async () => {
    const adjudicated = ids('adams', 'brooks', 'chen', 'diazCorrected', 'evans', 'irwin', 'jones', 'flores');
    const notResolved = ids('chen', 'diazCorrected');
    const output = await run('first-pass-resolution-rate');
    expect(output.value).toEqual(ratio(adjudicated.length - notResolved.length, adjudicated.length));
    expect(linked(output)).toEqual(notResolved);
    expect((await run('first-pass-resolution-rate', h.beforeRemittances)).value).toEqual(ratio(0, 0));
  });

  it('initial denial rate by count and by billed dollars: Chen (CLP02 4) of the adjudicated claims', async () => {
    const adjudicated = 8;
    const deniedFirst = 1;
    const count = await run('initial-denial-rate');
    expect(count.value).toEqual(ratio(deniedFirst, adjudicated));
    expect(linked(count)).toEqual(ids('chen'));
    // Every claim bills $365.00: 99213 $125.00 + 97110 $240.00.
    const cents = await run('initial-denial-rate-dollars');
    expect(cents.value).toEqual(ratio(deniedFirst * CLAIM_CENTS, adjudicated * CLAIM_CENTS));
    expect(linked(cents)).toEqual(ids('chen'));
  });

  it('denials by category and by payer: claims, lines and denied dollars, largest first', async () => {
    const brooks97110 = 10000 + 14000; // CO-50 + CO-167 on one line
    const irwin97110 = 24000; // CO-50
    const chenWhole = CLAIM_CENTS; // CO-197
    const medicalNecessity = brooks97110 + irwin97110;
    const byCategory = await run('denials-by-category');
    expect(byCategory.table.rows.map((row) => row.cells)).toEqual([
      ['medical-necessity', 2, 2, dollars(medicalNecessity)],
      ['authorization', 1, 1, dollars(chenWhole)],
    ]);
    expect(byCategory.series).toEqual([{ period: h.today.slice(0, 7), value: medicalNecessity + chenWhole }]);
    const byPayer = await run('denials-by-payer');
    // A claim with denials in two categories would count in each; here the three claims are each in one.
    expect(byPayer.table.rows.map((row) => row.cells)).toEqual([['Acme Health', 2 + 1, 2 + 1, dollars(medicalNecessity + chenWhole)]]);
    expect((await run('denials-by-payer', h.beforeRemittances)).table.rows).toEqual([]);
  });

  it('gate defects: Brooks refused at the scrub gate, Hale passed by exception, and the repeat opened one upstream item', async () => {
    expect((await run('gate-defects')).table.rows.map((row) => row.cells)).toEqual([['claim-scrub-clean', 'claim', 1, 1, 1]]);
    expect((await run('gate-defects', h.beforeException)).table.rows.map((row) => row.cells)).toEqual([['claim-scrub-clean', 'claim', 1, 0, 0]]);
  });

  it('charge lag and days to submit: Σ days from the date of service ÷ charges entered and claims first submitted', async () => {
    const days = daysFrom('2026-03-02', h.today);
    const jonesDays = daysFrom('2026-02-16', h.today);
    // Ten visits of two charges entered today, one of them Jones's; eleven claims first submitted today (Diaz's
    // correction is one, of Diaz's visit).
    const charges = 10 * 2;
    const chargeLagDays = (charges - 2) * days + 2 * jonesDays;
    const lag = await run('charge-lag');
    expect(lag.value).toEqual(ratio(chargeLagDays, charges));
    expect(lag.table.rows.map((row) => row.cells)).toEqual([[h.today.slice(0, 7), charges, (chargeLagDays / charges).toFixed(1), 11, ((10 * days + jonesDays) / 11).toFixed(1)]]);
    expect((await run('days-to-submit')).value).toEqual(ratio(10 * days + jonesDays, 11));
    // Before Chen: Adams's and Brooks's four charges and two claims.
    expect((await run('days-to-submit', h.beforeException)).value).toEqual(ratio(2 * days, 2));
    expect((await run('charge-lag', h.beforeException)).value).toEqual(ratio(4 * days, 4));
  });
});

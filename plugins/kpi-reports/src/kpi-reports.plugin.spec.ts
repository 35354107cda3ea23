import { systemContext, type ClaimAdjudicationRow, type ReportParameters } from '@openrcm/sdk';
import { createPluginHarness, fakeReportingQuery } from '@openrcm/sdk/testing';
import { plugin } from './kpi-reports.plugin';

const context = systemContext('org-test', 'spec', 'spec');
const QUARTER: ReportParameters = { from: '2026-01-01', to: '2026-03-31' };

function adjudications(period: string, payerId: string, counts: Partial<ClaimAdjudicationRow>): ClaimAdjudicationRow {
  return { period, payerId, payerName: payerId, adjudicated: 0, adjudicatedChargeCents: 0, deniedFirst: 0, deniedFirstChargeCents: 0, resolvedFirstPass: 0, ...counts };
}

async function report(id: string) {
  const harness = await createPluginHarness(plugin);
  const found = harness.contributions('report-definition').find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no report ${id}`);
  return found;
}

describe('kpi-reports', () => {
  it('contributes every KPI of the issue, each with a formula and unique id', async () => {
    const harness = await createPluginHarness(plugin);
    const reports = harness.contributions('report-definition');
    expect(reports.map((definition) => definition.id)).toEqual([
      'clean-claim-rate',
      'first-pass-resolution-rate',
      'initial-denial-rate',
      'initial-denial-rate-dollars',
      'net-days-in-ar',
      'ar-over-90-days',
      'net-collection-rate',
      'gross-collection-rate',
      'charge-lag',
      'days-to-submit',
      'point-of-service-collections',
      'denials-by-category',
      'denials-by-payer',
      'ar-aging',
      'payer-mix',
      'gate-defects',
    ]);
    for (const definition of reports) expect(definition.formula.length).toBeGreaterThan(40);
  });

  it('divides denials on first adjudication by claims adjudicated, in count and in dollars, summed over months and payers', async () => {
    const rows = [
      adjudications('2026-01', 'acme', { adjudicated: 40, adjudicatedChargeCents: 400_000, deniedFirst: 2, deniedFirstChargeCents: 15_000, resolvedFirstPass: 36 }),
      adjudications('2026-02', 'acme', { adjudicated: 10, adjudicatedChargeCents: 100_000, deniedFirst: 3, deniedFirstChargeCents: 35_000, resolvedFirstPass: 6 }),
      adjudications('2026-02', 'beta', { adjudicated: 50, adjudicatedChargeCents: 500_000, deniedFirst: 0, deniedFirstChargeCents: 0, resolvedFirstPass: 50 }),
    ];
    const query = fakeReportingQuery({ 'claim-adjudications': () => rows, 'claim-list': () => [] });
    const byCount = await (await report('initial-denial-rate')).compute(context, QUARTER, query);
    expect(byCount.value).toEqual({ value: 5 / 100, numerator: 5, denominator: 100 });
    expect(byCount.series).toEqual([
      { period: '2026-01', value: 2 / 40 },
      { period: '2026-02', value: 3 / 60 },
    ]);
    const byDollars = await (await report('initial-denial-rate-dollars')).compute(context, QUARTER, query);
    expect(byDollars.value).toEqual({ value: 50_000 / 1_000_000, numerator: 50_000, denominator: 1_000_000 });
    const firstPass = await (await report('first-pass-resolution-rate')).compute(context, QUARTER, query);
    expect(firstPass.value).toEqual({ value: 0.92, numerator: 92, denominator: 100 });
    expect(query.calls.filter((call) => call.name === 'claim-list').map((call) => (call.parameters as { cohort: string }).cohort)).toEqual([
      'denied-first',
      'denied-first',
      'not-resolved-first-pass',
    ]);
  });

  it('divides net A/R at expected amounts by the average daily net revenue of the 90 days up to the run', async () => {
    const query = fakeReportingQuery(
      {
        'open-ar': () => [
          { payerId: 'acme', payerName: 'Acme', bucket: '0-30', claims: 3, balanceCents: 90_000, expectedBalanceCents: 60_000 },
          { payerId: null, payerName: 'Patient', bucket: '121+', claims: 1, balanceCents: 15_000, expectedBalanceCents: 15_000 },
        ],
        'ledger-activity': () => [
          { period: '2026-04', chargesCents: 200_000, contractualAdjustmentsCents: 50_000, payerPaymentsCents: 0, patientPaymentsCents: 0, refundsCents: 0 },
          { period: '2026-05', chargesCents: 100_000, contractualAdjustmentsCents: 25_000, payerPaymentsCents: 0, patientPaymentsCents: 0, refundsCents: 0 },
        ],
      },
      '2026-06-30T12:00:00.000Z',
    );
    const output = await (await report('net-days-in-ar')).compute(context, QUARTER, query);
    // Net revenue 225,000 cents over 90 days = 2,500 cents a day; net A/R 75,000 cents → 30 days.
    expect(output.value).toEqual({ value: 30, numerator: 75_000, denominator: 2_500 });
    expect(query.calls.find((call) => call.name === 'ledger-activity')?.parameters).toEqual({ from: '2026-04-02', to: '2026-06-30' });
    expect(output.table?.rows.at(-1)?.cells).toEqual(['All payers and patients', '900.00', '0.00', '0.00', '0.00', '150.00', '1050.00', 4]);
  });

  it('nets refunds out of payments and contractual adjustments out of charges for the cohort of dates of service', async () => {
    const query = fakeReportingQuery({
      'charge-cohort': () => [{ period: '2026-01', chargesCents: 100_000, paymentsCents: 57_000, refundsCents: 2_000, contractualAdjustmentsCents: 40_000 }],
    });
    const net = await (await report('net-collection-rate')).compute(context, QUARTER, query);
    expect(net.value).toEqual({ value: 55_000 / 60_000, numerator: 55_000, denominator: 60_000 });
    const gross = await (await report('gross-collection-rate')).compute(context, QUARTER, query);
    expect(gross.value).toEqual({ value: 0.57, numerator: 57_000, denominator: 100_000 });
    expect(net.table?.rows[0]?.cells).toEqual(['2026-01', '1000.00', '400.00', '570.00', '20.00', '91.7%', '57.0%']);
  });

  it('says 0 with a zero denominator when nothing was counted', async () => {
    const output = await (await report('clean-claim-rate')).compute(context, QUARTER, fakeReportingQuery({}));
    expect(output.value).toEqual({ value: 0, numerator: 0, denominator: 0 });
    expect(output.series).toEqual([]);
  });
});

import { AR_BUCKETS, reportParametersSchema, type AgingBasis, type OpenArRow, type ReportDefinition, type ReportParameters } from '@openrcm/sdk';
import { addDays, claimTable, dollars, groupBy, ratio, sum, type ReportTable } from '../report-kit';

/** The days of revenue net days in A/R averages over: the last three months. */
export const NET_REVENUE_DAYS = 90;

const BASIS_WORDS: Record<AgingBasis, string> = { 'service-date': 'date of service', 'bill-date': 'first bill date' };

function basisOf(parameters: ReportParameters): AgingBasis {
  return parameters.agingBasis ?? 'service-date';
}

function filtersOf(parameters: ReportParameters) {
  const { locationId, providerId, payerId } = parameters;
  return { ...(locationId ? { locationId } : {}), ...(providerId ? { providerId } : {}), ...(payerId ? { payerId } : {}) };
}

/** The open A/R by payer (patients together) as a table: one row per party, one column per bucket, in dollars. */
function agingTable(rows: readonly OpenArRow[], basis: AgingBasis): ReportTable {
  const parties = [...groupBy(rows, (row) => row.payerId ?? '')].sort(([, a], [, b]) => (a[0]?.payerName ?? '').localeCompare(b[0]?.payerName ?? ''));
  const line = (name: string, group: readonly OpenArRow[]) => ({
    cells: [
      name,
      ...AR_BUCKETS.map((bucket) => dollars(sum(group.filter((row) => row.bucket === bucket), (row) => row.balanceCents))),
      dollars(sum(group, (row) => row.balanceCents)),
      sum(group, (row) => row.claims),
    ],
  });
  return {
    title: `Open A/R by payer, aged from the ${BASIS_WORDS[basis]}`,
    columns: ['Payer', ...AR_BUCKETS.map((bucket) => `${bucket} days ($)`), 'Total ($)', 'Claims'],
    rows: [...parties.map(([, group]) => line(group[0]?.payerName ?? '', group)), line('All payers and patients', rows)],
  };
}

/** Net days in A/R: net A/R ÷ average daily net revenue over the last three months. */
export const netDaysInAr: ReportDefinition<ReportParameters> = {
  id: 'net-days-in-ar',
  title: 'Net days in A/R',
  formula:
    `Net A/R as of the run ÷ average daily net revenue over the last ${NET_REVENUE_DAYS} days (charges posted − ` +
    `contractual adjustments posted, ÷ ${NET_REVENUE_DAYS}). Net A/R counts open claims at their expected amount: a ` +
    'line the payer has not adjudicated yet at the contract’s expected allowed amount, the rest at its balance. ' +
    'The period is not used: A/R is a balance as of the run.',
  unit: 'days',
  target: { label: '30–40 days', max: 40 },
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const basis = basisOf(parameters);
    const [ar, revenue] = await Promise.all([
      query.aggregate('open-ar', { ...filtersOf(parameters), agingBasis: basis }),
      query.aggregate('ledger-activity', { ...filtersOf(parameters), from: addDays(query.asOfDate, 1 - NET_REVENUE_DAYS), to: query.asOfDate }),
    ]);
    const netRevenueCents = sum(revenue, (row) => row.chargesCents - row.contractualAdjustmentsCents);
    return {
      value: ratio(sum(ar, (row) => row.expectedBalanceCents), netRevenueCents / NET_REVENUE_DAYS),
      table: agingTable(ar, basis),
    };
  },
};

/** A/R over 90 days: A/R older than 90 days ÷ total A/R, with the aging basis said. */
export const arOver90Days: ReportDefinition<ReportParameters> = {
  id: 'ar-over-90-days',
  title: 'A/R over 90 days',
  formula:
    'Open A/R older than 90 days ÷ total open A/R, as of the run; the age counts from the date of service or from the ' +
    'first bill date (the agingBasis parameter; the date of service by default). Credit balances are left out.',
  unit: 'percent',
  target: { label: '< 10–15%', max: 0.15 },
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const basis = basisOf(parameters);
    const [ar, claims91To120, claims121Up] = await Promise.all([
      query.aggregate('open-ar', { ...filtersOf(parameters), agingBasis: basis }),
      query.aggregate('claim-list', { ...parameters, agingBasis: basis, cohort: 'open-ar', bucket: '91-120' }),
      query.aggregate('claim-list', { ...parameters, agingBasis: basis, cohort: 'open-ar', bucket: '121+' }),
    ]);
    const old = ar.filter((row) => row.bucket === '91-120' || row.bucket === '121+');
    const claims = [...claims91To120, ...claims121Up];
    return {
      value: ratio(sum(old, (row) => row.balanceCents), sum(ar, (row) => row.balanceCents)),
      table: claimTable(`Claims with A/R over 90 days, aged from the ${BASIS_WORDS[basis]}`, claims),
    };
  },
};

/** A/R aging by payer and bucket. */
export const arAging: ReportDefinition<ReportParameters> = {
  id: 'ar-aging',
  title: 'A/R aging by payer',
  formula:
    'Open balances as of the run by responsible payer (patients together) in 0–30, 31–60, 61–90, 91–120 and 121+ day ' +
    'buckets, aged from the date of service or the first bill date (the agingBasis parameter). Credit balances are left out.',
  unit: 'cents',
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const basis = basisOf(parameters);
    const ar = await query.aggregate('open-ar', { ...filtersOf(parameters), agingBasis: basis });
    return { table: agingTable(ar, basis) };
  },
};

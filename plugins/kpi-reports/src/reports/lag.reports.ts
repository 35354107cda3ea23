import { reportParametersSchema, type ChargeLagRow, type ReportDefinition, type ReportParameters } from '@openrcm/sdk';
import { monthlyRatio, ratio, sum, type ReportTable } from '../report-kit';

function lagTable(rows: readonly ChargeLagRow[]): ReportTable {
  return {
    title: 'By month',
    columns: ['Month', 'Charges entered', 'Average charge lag (days)', 'Claims first submitted', 'Average days to submit'],
    rows: [...rows]
      .sort((a, b) => a.period.localeCompare(b.period))
      .map((row) => ({
        cells: [row.period, row.charges, ratio(row.chargeLagDays, row.charges).value.toFixed(1), row.claimsSubmitted, ratio(row.daysToSubmit, row.claimsSubmitted).value.toFixed(1)],
      })),
  };
}

/** An average number of days over the `charge-lag` rows: Σ days ÷ count. */
function averageDays(definition: {
  readonly id: string;
  readonly title: string;
  readonly formula: string;
  readonly days: (row: ChargeLagRow) => number;
  readonly count: (row: ChargeLagRow) => number;
}): ReportDefinition<ReportParameters> {
  const { days, count, ...described } = definition;
  return {
    ...described,
    unit: 'days',
    target: { label: '≤ 2–3 days', max: 3 },
    parameters: reportParametersSchema,
    async compute(_context, parameters, query) {
      const rows = await query.aggregate('charge-lag', parameters);
      return { value: ratio(sum(rows, days), sum(rows, count)), series: monthlyRatio(rows, days, count), table: lagTable(rows) };
    },
  };
}

/** Charge lag: average days from date of service to charge entry. */
export const chargeLag = averageDays({
  id: 'charge-lag',
  title: 'Charge lag',
  formula: 'Σ (charge entry date − date of service) ÷ charges entered, in days, for the charges entered in the period.',
  days: (row) => row.chargeLagDays,
  count: (row) => row.charges,
});

/** Days to submit: average days from date of service to the claim's first submission. */
export const daysToSubmit = averageDays({
  id: 'days-to-submit',
  title: 'Days to submit',
  formula: 'Σ (first submission date − date of service) ÷ claims first submitted, in days, for the claims first submitted in the period.',
  days: (row) => row.daysToSubmit,
  count: (row) => row.claimsSubmitted,
});

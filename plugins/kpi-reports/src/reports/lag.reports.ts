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

/** Charge lag: average days from date of service to charge entry. */
export const chargeLag: ReportDefinition<ReportParameters> = {
  id: 'charge-lag',
  title: 'Charge lag',
  formula: 'Σ (charge entry date − date of service) ÷ charges entered, in days, for the charges entered in the period.',
  unit: 'days',
  target: { label: '≤ 2–3 days', max: 3 },
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('charge-lag', parameters);
    const days = (row: ChargeLagRow) => row.chargeLagDays;
    const charges = (row: ChargeLagRow) => row.charges;
    return { value: ratio(sum(rows, days), sum(rows, charges)), series: monthlyRatio(rows, days, charges), table: lagTable(rows) };
  },
};

/** Days to submit: average days from date of service to the claim's first submission. */
export const daysToSubmit: ReportDefinition<ReportParameters> = {
  id: 'days-to-submit',
  title: 'Days to submit',
  formula: 'Σ (first submission date − date of service) ÷ claims first submitted, in days, for the claims first submitted in the period.',
  unit: 'days',
  target: { label: '≤ 2–3 days', max: 3 },
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('charge-lag', parameters);
    const days = (row: ChargeLagRow) => row.daysToSubmit;
    const claims = (row: ChargeLagRow) => row.claimsSubmitted;
    return { value: ratio(sum(rows, days), sum(rows, claims)), series: monthlyRatio(rows, days, claims), table: lagTable(rows) };
  },
};

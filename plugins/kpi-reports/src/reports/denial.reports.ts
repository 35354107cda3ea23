import { reportParametersSchema, type DenialRow, type ReportDefinition, type ReportParameters } from '@openrcm/sdk';
import { dollars, groupBy, sum, type ReportTable, type SeriesPoint } from '../report-kit';

/** The denied amount per month, in cents. */
function deniedPerMonth(rows: readonly DenialRow[]): SeriesPoint[] {
  return [...groupBy(rows, (row) => row.period)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, group]) => ({ period, value: sum(group, (row) => row.amountCents) }));
}

/** One row per group (largest denied amount first) with claims, lines and amount. */
function denialTable(title: string, heading: string, rows: readonly DenialRow[], key: (row: DenialRow) => string, name: (row: DenialRow) => string): ReportTable {
  return {
    title,
    columns: [heading, 'Claims', 'Lines', 'Denied ($)'],
    rows: [...groupBy(rows, key).values()]
      .map((group) => ({ name: name(group[0] as DenialRow), claims: sum(group, (row) => row.claims), lines: sum(group, (row) => row.lines), cents: sum(group, (row) => row.amountCents) }))
      .sort((a, b) => b.cents - a.cents || a.name.localeCompare(b.name))
      .map((group) => ({ cells: [group.name, group.claims, group.lines, dollars(group.cents)] })),
  };
}

const FORMULA =
  'Denials posted from 835s (claim- and line-level adjustments that keep the balance open) by the date received, ' +
  'counted as claims, lines and denied dollars; a claim with denials in two groups counts in each.';

/** Denials by category. */
export const denialsByCategory: ReportDefinition<ReportParameters> = {
  id: 'denials-by-category',
  title: 'Denials by category',
  formula: `${FORMULA} Grouped by denial category.`,
  unit: 'cents',
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('denials', parameters);
    return { series: deniedPerMonth(rows), table: denialTable('Denials by category', 'Category', rows, (row) => row.category, (row) => row.category) };
  },
};

/** Denials by payer. */
export const denialsByPayer: ReportDefinition<ReportParameters> = {
  id: 'denials-by-payer',
  title: 'Denials by payer',
  formula: `${FORMULA} Grouped by payer.`,
  unit: 'cents',
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('denials', parameters);
    return { series: deniedPerMonth(rows), table: denialTable('Denials by payer', 'Payer', rows, (row) => row.payerId, (row) => row.payerName) };
  },
};

import { reportParametersSchema, type ReportDefinition, type ReportParameters } from '@openrcm/sdk';
import { dollars, groupBy, percent, ratio, sum } from '../report-kit';

/** Payer mix: encounters and charges by primary payer. */
export const payerMix: ReportDefinition<ReportParameters> = {
  id: 'payer-mix',
  title: 'Payer mix',
  formula: 'Encounters and charges by primary payer (self-pay apart) for the dates of service in the period; each payer’s share is its charges ÷ all charges.',
  unit: 'percent',
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('payer-mix', parameters);
    const total = sum(rows, (row) => row.chargesCents);
    const payers = [...groupBy(rows, (row) => row.payerId ?? '').values()]
      .map((group) => ({ name: group[0]?.payerName ?? '', encounters: sum(group, (row) => row.encounters), cents: sum(group, (row) => row.chargesCents) }))
      .sort((a, b) => b.cents - a.cents || a.name.localeCompare(b.name));
    return {
      table: {
        title: 'Charges by primary payer',
        columns: ['Payer', 'Encounters', 'Charges ($)', 'Share of charges'],
        rows: payers.map((payer) => ({ cells: [payer.name, payer.encounters, dollars(payer.cents), percent(ratio(payer.cents, total).value)] })),
      },
    };
  },
};

/** The gate-defect report: exceptions and upstream work items by gate check — the stop-the-line signal. */
export const gateDefects: ReportDefinition<ReportParameters> = {
  id: 'gate-defects',
  title: 'Gate defects',
  formula:
    'For each gate check, in the period: transitions it refused, transitions that passed it by exception, and the ' +
    'upstream-defect work items its repeated failures opened. Defects found downstream are fixed upstream: a check ' +
    'that keeps failing is the line to stop.',
  unit: 'count',
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = [...(await query.aggregate('gate-defects', parameters))].sort(
      (a, b) => b.refused + b.excepted - (a.refused + a.excepted) || a.check.localeCompare(b.check),
    );
    return {
      table: {
        title: 'Defects by gate check',
        columns: ['Check', 'Workflow', 'Refused', 'Passed by exception', 'Upstream work items'],
        rows: rows.map((row) => ({ cells: [row.check, row.recordType, row.refused, row.excepted, row.upstreamWorkItems] })),
      },
    };
  },
};

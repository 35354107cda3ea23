import { reportParametersSchema, type ChargeCohortRow, type ReportDefinition, type ReportParameters } from '@openrcm/sdk';
import { dollars, monthlyRatio, percent, ratio, sum, type ReportTable } from '../report-kit';

const net = (row: ChargeCohortRow) => row.paymentsCents - row.refundsCents;
const netCharges = (row: ChargeCohortRow) => row.chargesCents - row.contractualAdjustmentsCents;

/** The cohort month by month, in dollars, with both collection rates. */
function cohortTable(rows: readonly ChargeCohortRow[]): ReportTable {
  return {
    title: 'The cohort by month of service',
    columns: ['Month of service', 'Charges ($)', 'Contractual adjustments ($)', 'Payments ($)', 'Refunds ($)', 'Net collection rate', 'Gross collection rate'],
    rows: [...rows]
      .sort((a, b) => a.period.localeCompare(b.period))
      .map((row) => ({
        cells: [
          row.period,
          dollars(row.chargesCents),
          dollars(row.contractualAdjustmentsCents),
          dollars(row.paymentsCents),
          dollars(row.refundsCents),
          percent(ratio(net(row), netCharges(row)).value),
          percent(ratio(row.paymentsCents, row.chargesCents).value),
        ],
      })),
  };
}

/** Net collection rate: (payments − refunds) ÷ (charges − contractual adjustments), same cohort of dates of service. */
export const netCollectionRate: ReportDefinition<ReportParameters> = {
  id: 'net-collection-rate',
  title: 'Net collection rate',
  formula:
    '(Payments − refunds) ÷ (charges − contractual adjustments), all for the charges whose dates of service fall in ' +
    'the period, as posted up to the run. Payments count payers and patients; contractual adjustments are the CO ' +
    'adjustments posted off.',
  unit: 'percent',
  target: { label: '≥ 95%', min: 0.95 },
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('charge-cohort', parameters);
    return { value: ratio(sum(rows, net), sum(rows, netCharges)), series: monthlyRatio(rows, net, netCharges), table: cohortTable(rows) };
  },
};

/** Gross collection rate: payments ÷ charges, same cohort. */
export const grossCollectionRate: ReportDefinition<ReportParameters> = {
  id: 'gross-collection-rate',
  title: 'Gross collection rate',
  formula:
    'Payments ÷ charges, for the charges whose dates of service fall in the period, as posted up to the run. It ' +
    'depends on the fee schedule: compare it with itself over time, not with other practices.',
  unit: 'percent',
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('charge-cohort', parameters);
    const payments = (row: ChargeCohortRow) => row.paymentsCents;
    const charges = (row: ChargeCohortRow) => row.chargesCents;
    return { value: ratio(sum(rows, payments), sum(rows, charges)), series: monthlyRatio(rows, payments, charges), table: cohortTable(rows) };
  },
};

/** Point-of-service collections: patient payments collected at the visit ÷ all patient payments. */
export const pointOfServiceCollections: ReportDefinition<ReportParameters> = {
  id: 'point-of-service-collections',
  title: 'Point-of-service collections',
  formula: 'Patient payments taken at the visit ÷ all patient payments, by the date the money was received.',
  unit: 'percent',
  target: { label: 'trend up' },
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('patient-payments', parameters);
    const atVisit = (row: (typeof rows)[number]) => row.pointOfServiceCents;
    const all = (row: (typeof rows)[number]) => row.pointOfServiceCents + row.otherCents;
    return {
      value: ratio(sum(rows, atVisit), sum(rows, all)),
      series: monthlyRatio(rows, atVisit, all),
      table: {
        title: 'Patient payments by month received',
        columns: ['Month', 'At the visit ($)', 'Other patient payments ($)', 'Share at the visit'],
        rows: [...rows]
          .sort((a, b) => a.period.localeCompare(b.period))
          .map((row) => ({ cells: [row.period, dollars(row.pointOfServiceCents), dollars(row.otherCents), percent(ratio(atVisit(row), all(row)).value)] })),
      },
    };
  },
};

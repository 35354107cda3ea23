import { reportParametersSchema, type ReportDefinition, type ReportParameters } from '@openrcm/sdk';
import { claimsOf, monthlyRatio, ratio, sum } from '../report-kit';

/** Clean claim rate: claims passing all edits with no manual touch ÷ claims scrubbed. */
export const cleanClaimRate: ReportDefinition<ReportParameters> = {
  id: 'clean-claim-rate',
  title: 'Clean claim rate',
  formula:
    'Claims that passed every scrub edit with no manual touch ÷ claims scrubbed, by the date of their first scrub. ' +
    'A claim is not clean when any scrub found an error on it (even one later overridden) or someone reopened it.',
  unit: 'percent',
  target: { label: '≥ 95%', min: 0.95 },
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('claim-scrubs', parameters);
    return {
      value: ratio(sum(rows, (row) => row.clean), sum(rows, (row) => row.scrubbed)),
      series: monthlyRatio(rows, (row) => row.clean, (row) => row.scrubbed),
      table: await claimsOf(query, parameters, 'scrubbed-not-clean', 'Claims scrubbed that were not clean'),
    };
  },
};

/** First-pass resolution rate: claims paid on first submission ÷ claims adjudicated. */
export const firstPassResolutionRate: ReportDefinition<ReportParameters> = {
  id: 'first-pass-resolution-rate',
  title: 'First-pass resolution rate',
  formula:
    'Claims resolved on their first submission ÷ claims adjudicated, by the date of their first adjudication (the ' +
    'first 835 claim payment received). Resolved on first pass: the first adjudication was not a denial (CLP02 4) ' +
    'and the claim went out once (it corrects no rejected claim and replaces none).',
  unit: 'percent',
  target: { label: '≥ 90%', min: 0.9 },
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('claim-adjudications', parameters);
    return {
      value: ratio(sum(rows, (row) => row.resolvedFirstPass), sum(rows, (row) => row.adjudicated)),
      series: monthlyRatio(rows, (row) => row.resolvedFirstPass, (row) => row.adjudicated),
      table: await claimsOf(query, parameters, 'not-resolved-first-pass', 'Claims adjudicated that were not resolved on first pass'),
    };
  },
};

/** Initial denial rate by count: claims denied on first adjudication ÷ claims adjudicated. */
export const initialDenialRate: ReportDefinition<ReportParameters> = {
  id: 'initial-denial-rate',
  title: 'Initial denial rate',
  formula:
    'Claims denied on their first adjudication (CLP02 4 on the first 835 claim payment) ÷ claims adjudicated, by the ' +
    'date of the first adjudication.',
  unit: 'percent',
  target: { label: '< 5%', max: 0.05 },
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('claim-adjudications', parameters);
    return {
      value: ratio(sum(rows, (row) => row.deniedFirst), sum(rows, (row) => row.adjudicated)),
      series: monthlyRatio(rows, (row) => row.deniedFirst, (row) => row.adjudicated),
      table: await claimsOf(query, parameters, 'denied-first', 'Claims denied on first adjudication'),
    };
  },
};

/** Initial denial rate by dollars: charges of claims denied on first adjudication ÷ charges of claims adjudicated. */
export const initialDenialRateDollars: ReportDefinition<ReportParameters> = {
  id: 'initial-denial-rate-dollars',
  title: 'Initial denial rate (dollars)',
  formula:
    'Billed charges of the claims denied on their first adjudication (CLP02 4) ÷ billed charges of the claims ' +
    'adjudicated, by the date of the first adjudication.',
  unit: 'percent',
  target: { label: '< 5%', max: 0.05 },
  parameters: reportParametersSchema,
  async compute(_context, parameters, query) {
    const rows = await query.aggregate('claim-adjudications', parameters);
    return {
      value: ratio(sum(rows, (row) => row.deniedFirstChargeCents), sum(rows, (row) => row.adjudicatedChargeCents)),
      series: monthlyRatio(rows, (row) => row.deniedFirstChargeCents, (row) => row.adjudicatedChargeCents),
      table: await claimsOf(query, parameters, 'denied-first', 'Claims denied on first adjudication'),
    };
  },
};

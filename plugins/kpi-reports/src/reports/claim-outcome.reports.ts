import { reportParametersSchema, type ClaimAdjudicationRow, type ClaimCohort, type ReportDefinition, type ReportParameters, type ReportTarget } from '@openrcm/sdk';
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
    const [rows, table] = await Promise.all([
      query.aggregate('claim-scrubs', parameters),
      claimsOf(query, parameters, 'scrubbed-not-clean', 'Claims scrubbed that were not clean'),
    ]);
    return {
      value: ratio(sum(rows, (row) => row.clean), sum(rows, (row) => row.scrubbed)),
      series: monthlyRatio(rows, (row) => row.clean, (row) => row.scrubbed),
      table,
    };
  },
};

/** A rate over the claims adjudicated for the first time in the period, with its drill-down cohort. */
function adjudicationRate(definition: {
  readonly id: string;
  readonly title: string;
  readonly formula: string;
  readonly target: ReportTarget;
  readonly numerator: (row: ClaimAdjudicationRow) => number;
  readonly denominator: (row: ClaimAdjudicationRow) => number;
  readonly cohort: ClaimCohort;
  readonly cohortTitle: string;
}): ReportDefinition<ReportParameters> {
  const { numerator, denominator, cohort, cohortTitle, ...described } = definition;
  return {
    ...described,
    unit: 'percent',
    parameters: reportParametersSchema,
    async compute(_context, parameters, query) {
      const [rows, table] = await Promise.all([query.aggregate('claim-adjudications', parameters), claimsOf(query, parameters, cohort, cohortTitle)]);
      return { value: ratio(sum(rows, numerator), sum(rows, denominator)), series: monthlyRatio(rows, numerator, denominator), table };
    },
  };
}

/** First-pass resolution rate: claims paid on first submission ÷ claims adjudicated. */
export const firstPassResolutionRate = adjudicationRate({
  id: 'first-pass-resolution-rate',
  title: 'First-pass resolution rate',
  formula:
    'Claims resolved on their first submission ÷ claims adjudicated, by the date of their first adjudication (the ' +
    'first 835 claim payment received). Resolved on first pass: the first adjudication was not a denial (CLP02 4) ' +
    'and the claim went out once (an original, frequency 1, that corrects no rejected claim).',
  target: { label: '≥ 90%', min: 0.9 },
  numerator: (row) => row.resolvedFirstPass,
  denominator: (row) => row.adjudicated,
  cohort: 'not-resolved-first-pass',
  cohortTitle: 'Claims adjudicated that were not resolved on first pass',
});

/** Initial denial rate by count: claims denied on first adjudication ÷ claims adjudicated. */
export const initialDenialRate = adjudicationRate({
  id: 'initial-denial-rate',
  title: 'Initial denial rate',
  formula:
    'Claims denied on their first adjudication (CLP02 4 on the first 835 claim payment) ÷ claims adjudicated, by the ' +
    'date of the first adjudication.',
  target: { label: '< 5%', max: 0.05 },
  numerator: (row) => row.deniedFirst,
  denominator: (row) => row.adjudicated,
  cohort: 'denied-first',
  cohortTitle: 'Claims denied on first adjudication',
});

/** Initial denial rate by dollars: charges of claims denied on first adjudication ÷ charges of claims adjudicated. */
export const initialDenialRateDollars = adjudicationRate({
  id: 'initial-denial-rate-dollars',
  title: 'Initial denial rate (dollars)',
  formula:
    'Billed charges of the claims denied on their first adjudication (CLP02 4) ÷ billed charges of the claims ' +
    'adjudicated, by the date of the first adjudication.',
  target: { label: '< 5%', max: 0.05 },
  numerator: (row) => row.deniedFirstChargeCents,
  denominator: (row) => row.adjudicatedChargeCents,
  cohort: 'denied-first',
  cohortTitle: 'Claims denied on first adjudication',
});

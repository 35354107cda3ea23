import type { AggregateTable } from './aggregate-scope';
import { CLAIM_AGGREGATES } from './claim-aggregates';
import { MONEY_AGGREGATES, openArClaimList } from './money-aggregates';

/** Every reporting aggregate core offers reports, by name (the SDK's ReportingAggregateMap). */
export const REPORTING_AGGREGATES_TABLE: AggregateTable = {
  ...CLAIM_AGGREGATES,
  ...MONEY_AGGREGATES,
  // The open-A/R drill-down lives with the open-A/R aggregate, so the two share one predicate.
  'claim-list': (em, scope, parameters) => (parameters.cohort === 'open-ar' ? openArClaimList(em, scope, parameters) : CLAIM_AGGREGATES['claim-list'](em, scope, parameters)),
};

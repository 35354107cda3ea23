import type { AggregateTable } from './aggregate-scope';
import { CLAIM_AGGREGATES } from './claim-aggregates';
import { MONEY_AGGREGATES } from './money-aggregates';

/** Every reporting aggregate core offers reports, by name (the SDK's ReportingAggregateMap). */
export const REPORTING_AGGREGATES_TABLE: AggregateTable = { ...CLAIM_AGGREGATES, ...MONEY_AGGREGATES };

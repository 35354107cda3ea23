import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReportingAggregateMap, ReportingAggregateName } from '@openrcm/sdk';

/** What every aggregate runs within: one organization, as of one instant, with dates read in its time zone. */
export interface AggregateScope {
  readonly organizationId: string;
  /** Only what was recorded at or before this instant counts (`created_at <= asOf`). */
  readonly asOf: Date;
  /** The organization's IANA time zone: instants fall on the calendar dates and months of this zone. */
  readonly timeZone: string;
}

/** One named aggregate: SQL in the database, rows out (numbers as JS numbers, cents as integers). */
export type AggregateFunction<N extends ReportingAggregateName> = (
  em: EntityManager,
  scope: AggregateScope,
  parameters: ReportingAggregateMap[N]['parameters'],
) => Promise<ReportingAggregateMap[N]['row'][]>;

/** Aggregates by name. */
export type AggregateTable<N extends ReportingAggregateName = ReportingAggregateName> = { readonly [K in N]: AggregateFunction<K> };

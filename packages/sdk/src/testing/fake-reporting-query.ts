import type { ReportingAggregateMap, ReportingAggregateName } from '../extensions/reporting-aggregates';
import type { ReportingQueryApi } from '../extensions/report-definition';

/** The rows a fake reporting query answers, per aggregate (an aggregate not given answers no rows). @public */
export type FakeAggregateRows = { readonly [N in ReportingAggregateName]?: (parameters: ReportingAggregateMap[N]['parameters']) => readonly ReportingAggregateMap[N]['row'][] };

/** A reporting query API answering from canned rows, recording each call: for unit tests of report definitions. @public */
export interface FakeReportingQuery extends ReportingQueryApi {
  /** Every aggregate the report ran, with its parameters, in order. */
  readonly calls: readonly { readonly name: ReportingAggregateName; readonly parameters: unknown }[];
}

/**
 * A fake `ReportingQueryApi` for report unit tests: `rows` gives each aggregate's answer as a function of its
 * parameters; `asOf` is the run's instant (its UTC date is `asOfDate`).
 * @public
 */
export function fakeReportingQuery(rows: FakeAggregateRows, asOf = '2026-06-30T12:00:00.000Z'): FakeReportingQuery {
  const calls: { name: ReportingAggregateName; parameters: unknown }[] = [];
  return {
    asOf,
    asOfDate: asOf.slice(0, 10),
    calls,
    async aggregate<N extends ReportingAggregateName>(name: N, parameters: ReportingAggregateMap[N]['parameters']) {
      calls.push({ name, parameters });
      const answer = rows[name] as ((parameters: ReportingAggregateMap[N]['parameters']) => readonly ReportingAggregateMap[N]['row'][]) | undefined;
      return answer ? answer(parameters) : [];
    },
  };
}

import type { ZodType } from 'zod';
import type { RequestContext } from '../context/request-context';

/** A ratio with the numbers it is made of, so every KPI shows its working. @public */
export interface ReportValue {
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
}

/** A report's output: a headline value, a series over time and a table whose rows link to records. @public */
export interface ReportOutput {
  readonly value?: ReportValue;
  readonly series?: readonly { readonly period: string; readonly value: number }[];
  readonly table?: {
    readonly columns: readonly string[];
    readonly rows: readonly { readonly cells: readonly (string | number)[]; readonly link?: { readonly kind: 'claim' | 'account'; readonly id: string } }[];
  };
}

/** Read-only aggregates over billing data that reports compute from (grows with each release). @public */
export interface ReportingQueryApi {
  /** Runs one of core's named aggregate queries with parameters; aggregates run in the database. */
  aggregate(name: string, parameters: Readonly<Record<string, unknown>>): Promise<readonly Readonly<Record<string, unknown>>[]>;
}

/** Extension point `report-definition`: a KPI or report with its formula published beside it. @public */
export interface ReportDefinition<P = unknown> {
  readonly id: string;
  readonly title: string;
  /** The formula in words, shown beside the number. */
  readonly formula: string;
  readonly parameters: ZodType<P>;
  compute(context: RequestContext, parameters: P, query: ReportingQueryApi): Promise<ReportOutput>;
}

import type { ZodType } from 'zod';
import type { RequestContext } from '../context/request-context';

/** A ratio with the numbers it is made of, so every KPI shows its working. @public */
export interface ReportValue {
  /** The headline number: `numerator / denominator`. */
  readonly value: number;
  /** The numerator of the ratio (e.g. clean claims). */
  readonly numerator: number;
  /** The denominator of the ratio (e.g. claims scrubbed). */
  readonly denominator: number;
}

/** A report's output: a headline value, a series over time and a table whose rows link to records. @public */
export interface ReportOutput {
  /** The headline value with its working. */
  readonly value?: ReportValue;
  /** The value over time, one point per period. */
  readonly series?: readonly {
    /** The label of the period the value covers. */
    readonly period: string;
    /** The value for that period. */
    readonly value: number;
  }[];
  /** A detail table. */
  readonly table?: {
    /** The column headings. */
    readonly columns: readonly string[];
    /** The rows, each with one cell per column and an optional link to the record it is about. */
    readonly rows: readonly {
      /** One cell per column, in column order. */
      readonly cells: readonly (string | number)[];
      /** The claim or patient account the row is about. */
      readonly link?: {
        /** The kind of record. */
        readonly kind: 'claim' | 'account';
        /** The record's id. */
        readonly id: string;
      };
    }[];
  };
}

/** Read-only aggregates over billing data that reports compute from (grows with each release). @public */
export interface ReportingQueryApi {
  /** Runs one of core's named aggregate queries with parameters; aggregates run in the database. */
  aggregate(name: string, parameters: Readonly<Record<string, unknown>>): Promise<readonly Readonly<Record<string, unknown>>[]>;
}

/** Extension point `report-definition`: a KPI or report with its formula published beside it. @public */
export interface ReportDefinition<P = unknown> {
  /** A stable id for the report, e.g. `clean-claim-rate`. */
  readonly id: string;
  /** The report's title as shown to users. */
  readonly title: string;
  /** The formula in words, shown beside the number. */
  readonly formula: string;
  /** The schema of the report's parameters (e.g. a date range). */
  readonly parameters: ZodType<P>;
  /** Computes the report for the given parameters through the read-only query API. */
  compute(context: RequestContext, parameters: P, query: ReportingQueryApi): Promise<ReportOutput>;
}

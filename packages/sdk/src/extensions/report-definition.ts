import type { ZodType } from 'zod';
import type { RequestContext } from '../context/request-context';
import type { ReportingAggregateMap, ReportingAggregateName } from './reporting-aggregates';

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
  /** A detail table: the breakdown of the value, or the records behind it (drill-down). */
  readonly table?: {
    /** What the rows are, e.g. `Claims denied on first adjudication`. */
    readonly title?: string;
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

/**
 * Read-only aggregates over billing data that reports compute from: each runs in the database (no rows are loaded
 * into the plugin) and counts only what was recorded at or before {@link ReportingQueryApi.asOf}.
 * @public
 */
export interface ReportingQueryApi {
  /** The instant the run is as of (ISO 8601); the same data, parameters and `asOf` give the same output. */
  readonly asOf: string;
  /** The calendar date of `asOf` in the organization's time zone (YYYY-MM-DD). */
  readonly asOfDate: string;
  /**
   * Runs one of core's named aggregates (see {@link ReportingAggregateMap}) for the caller's organization. Ask for a
   * report's independent aggregates together (`Promise.all`): core runs them side by side where it can.
   */
  aggregate<N extends ReportingAggregateName>(
    name: N,
    parameters: ReportingAggregateMap[N]['parameters'],
  ): Promise<readonly ReportingAggregateMap[N]['row'][]>;
}

/** How a report's headline value reads. @public */
export type ReportUnit = 'percent' | 'days' | 'cents' | 'count';

/** The range a KPI's value should stay in (in the report's unit; a percent as a fraction, 0.95 for 95 %). @public */
export interface ReportTarget {
  /** The target as people say it, e.g. `≥ 95%`. */
  readonly label: string;
  /** The value should be at least this. */
  readonly min?: number;
  /** The value should be at most this. */
  readonly max?: number;
}

/** Extension point `report-definition`: a KPI or report with its formula published beside it. @public */
export interface ReportDefinition<P = unknown> {
  /** A stable id for the report, e.g. `clean-claim-rate`. */
  readonly id: string;
  /** The report's title as shown to users. */
  readonly title: string;
  /** The formula in words, shown beside the number. */
  readonly formula: string;
  /** How the headline value reads (default `percent`: a fraction shown as a percentage). */
  readonly unit?: ReportUnit;
  /** The range the value should stay in, when the KPI has one. */
  readonly target?: ReportTarget;
  /** The schema of the report's parameters (e.g. {@link reportParametersSchema}, or an extension of it). */
  readonly parameters: ZodType<P>;
  /** Computes the report for the given parameters through the read-only query API. */
  compute(context: RequestContext, parameters: P, query: ReportingQueryApi): Promise<ReportOutput>;
}

// The server's answers (see ../views.ts): reports (KPIs) contributed by plugins, their runs, and scheduled report emails.
// (views/reports.ts holds the dashboard's, aging's and the ledger's answers, which predate the report plugins.)
import type { Schemas } from './schemas';

/** How a report's headline value reads: a fraction shown as a percentage, days, cents, or a count. */
export type ReportUnit = 'percent' | 'days' | 'cents' | 'count';

/** The range a KPI's value should stay in, in the report's unit (a percent as a fraction: 0.95 for 95 %). */
export interface ReportTarget {
  /** The target as people say it, e.g. `≥ 95%`. */
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
}

/** A JSON Schema as the server publishes a report's parameters (`z.toJSONSchema`, as input). */
export interface ParametersSchema {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, { readonly type?: string; readonly enum?: readonly string[]; readonly description?: string; readonly format?: string }>>;
  readonly required?: readonly string[];
}

/** One item of `GET …/reports`: a report an enabled plugin contributes, with its formula. */
export interface ReportSummary {
  readonly id: string;
  readonly pluginId: string;
  readonly title: string;
  /** The formula in words, shown beside the number. */
  readonly formula: string;
  readonly unit: ReportUnit;
  readonly target: ReportTarget | null;
  readonly parameters: ParametersSchema;
}

/** A ratio with its working: `value = numerator / denominator`. */
export interface ReportValue {
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
}

/** One point of a report's series (period `YYYY-MM`), in the report's unit. */
export interface ReportSeriesPoint {
  readonly period: string;
  readonly value: number;
}

/** A report's detail table (money cells are dollar strings already); rows may link to a claim or a patient account. */
export interface ReportTable {
  readonly title?: string;
  readonly columns: readonly string[];
  readonly rows: readonly {
    readonly cells: readonly (string | number)[];
    readonly link?: { readonly kind: 'claim' | 'account'; readonly id: string };
  }[];
}

/** `GET …/reports/:reportId/run`: what ran, with which parameters, as of when, and its output. */
export interface ReportRun {
  readonly report: ReportSummary;
  readonly parameters: Readonly<Record<string, unknown>>;
  /** The instant the run counted up to (ISO 8601). */
  readonly asOf: string;
  /** asOf's calendar date in the organization's time zone. */
  readonly asOfDate: string;
  readonly output: {
    readonly value?: ReportValue;
    readonly series?: readonly ReportSeriesPoint[];
    readonly table?: ReportTable;
  };
}

export type ReportScheduleInput = Schemas['CreateReportScheduleDto'];

export type ReportCadence = ReportScheduleInput['cadence'];

export type ReportWindow = ReportScheduleInput['window'];

export type ReportScheduleFilters = NonNullable<ReportScheduleInput['filters']>;

/** One item of `GET …/report-schedules`. */
export interface ReportSchedule {
  readonly id: string;
  readonly name: string;
  readonly reportIds: readonly string[];
  readonly recipients: readonly string[];
  readonly cadence: ReportCadence;
  readonly window: ReportWindow;
  readonly filters: ReportScheduleFilters;
  /** The calendar date (organization's time zone) of the next email. */
  readonly nextSendOn: string;
  readonly active: boolean;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One item of `GET …/report-schedules/:id/emails` (or the answer of a test send). */
export interface ReportEmail {
  readonly id: string;
  readonly scheduleId: string;
  readonly sendOn: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly asOf: string;
  readonly recipients: readonly string[];
  readonly reports: readonly {
    readonly id: string;
    readonly title: string;
    readonly value: number | null;
    readonly numerator: number | null;
    readonly denominator: number | null;
  }[];
  readonly messageId: string;
  readonly outboxFile: string | null;
  /** `user:<id>` for a test send, `schedule` for a due day. */
  readonly sentBy: string;
  readonly createdAt: string;
}

/** Where a report's A/R ages count from (the `agingBasis` parameter). */
export type ReportAgingBasis = NonNullable<ReportScheduleFilters['agingBasis']>;

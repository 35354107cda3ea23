import type { ReportAgingBasis, ReportSummary } from '../api/views';

/** The parameters every built-in report takes (core's `reportParametersSchema`); a plugin may add its own. */
export const STANDARD_PARAMETERS = ['from', 'to', 'locationId', 'providerId', 'payerId', 'agingBasis'] as const;

/** The reports' filters as the URL carries them (`/admin/reports?from=…&to=…&payerId=…&asOf=…`), defaults applied. */
export type ReportFilters = {
  readonly from: string;
  readonly to: string;
  readonly locationId?: string;
  readonly providerId?: string;
  readonly payerId?: string;
  readonly agingBasis?: ReportAgingBasis;
  /** The instant (or calendar date, meaning its end) the runs count up to; now when absent. */
  readonly asOf?: string;
};

const pad = (value: number) => String(value).padStart(2, '0');

/** A date's calendar day in the browser's time zone, YYYY-MM-DD. */
export function calendarDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last 12 months to today: from the first day of the month eleven months back (twelve monthly periods). */
export function defaultPeriod(today: Date): { from: string; to: string } {
  const first = new Date(today.getFullYear(), today.getMonth() - 11, 1);
  return { from: calendarDay(first), to: calendarDay(today) };
}

const text = (params: URLSearchParams, key: string) => params.get(key)?.trim() || undefined;

/** Reads the filters from the URL's query; a missing or empty period is the last 12 months to today. */
export function filtersFrom(params: URLSearchParams, today: Date): ReportFilters {
  const period = defaultPeriod(today);
  const optional = { locationId: text(params, 'locationId'), providerId: text(params, 'providerId'), payerId: text(params, 'payerId'), agingBasis: text(params, 'agingBasis'), asOf: text(params, 'asOf') };
  const given = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)) as Omit<ReportFilters, 'from' | 'to'>;
  return { from: text(params, 'from') ?? period.from, to: text(params, 'to') ?? period.to, ...given };
}

/** The URL query with `changes` applied: an empty or undefined value removes its key. */
export function searchWith(params: URLSearchParams, changes: Readonly<Record<string, string | undefined>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value.trim() === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** The URL query for links to a report (and back): the same filters, with the period written out. */
export function linkSearch(params: URLSearchParams, today: Date): string {
  const { from, to } = filtersFrom(params, today);
  return searchWith(params, { from, to }).toString();
}

/** The names of the parameters a report's JSON Schema declares; the standard ones when it declares none. */
export function parameterNames(report: ReportSummary): readonly string[] {
  const properties = report.parameters.properties;
  return properties ? Object.keys(properties) : STANDARD_PARAMETERS;
}

/** The parameters a report declares beyond the standard ones (a plugin's own), with their JSON Schema. */
export function extraParameters(report: ReportSummary) {
  return Object.entries(report.parameters.properties ?? {}).filter(([name]) => !(STANDARD_PARAMETERS as readonly string[]).includes(name));
}

/**
 * The query of one report's run: each parameter the report declares, from the filters (the period defaulted) or, for
 * a plugin's own parameters, from the URL as is; and asOf when set. Parameters the report does not declare are left
 * out, so a report with a strict schema is never refused for another report's filter.
 */
export function runQuery(report: ReportSummary, params: URLSearchParams, today: Date): Record<string, string> {
  const filters: Readonly<Record<string, string | undefined>> = filtersFrom(params, today);
  const query: Record<string, string> = {};
  for (const name of parameterNames(report)) {
    const value = (STANDARD_PARAMETERS as readonly string[]).includes(name) ? filters[name] : text(params, name);
    if (value !== undefined) query[name] = value;
  }
  if (filters.asOf) query.asOf = filters.asOf;
  return query;
}

import type { ClaimCohort, ClaimListRow, ReportOutput, ReportParameters, ReportValue, ReportingQueryApi } from '@openrcm/sdk';

/** A report's detail table. */
export type ReportTable = NonNullable<ReportOutput['table']>;

/** One point of a report's series. */
export type SeriesPoint = NonNullable<ReportOutput['series']>[number];

/** A ratio with its working; 0 when nothing was counted (the denominator says so). */
export function ratio(numerator: number, denominator: number): ReportValue {
  return { value: denominator === 0 ? 0 : numerator / denominator, numerator, denominator };
}

/** The sum of one numeric field over rows. */
export function sum<R>(rows: readonly R[], field: (row: R) => number): number {
  return rows.reduce((total, row) => total + field(row), 0);
}

/** The rows grouped by a key, in first-seen order. */
export function groupBy<R>(rows: readonly R[], key: (row: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** A ratio per month (rows carry a `period`), months in order. */
export function monthlyRatio<R extends { readonly period: string }>(
  rows: readonly R[],
  numerator: (row: R) => number,
  denominator: (row: R) => number,
): SeriesPoint[] {
  return [...groupBy(rows, (row) => row.period)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, group]) => ({ period, value: ratio(sum(group, numerator), sum(group, denominator)).value }));
}

/** Cents as a decimal amount in dollars, exact (`12345` → `123.45`). */
export function dollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.trunc(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** A fraction as a percentage with one decimal (`0.1234` → `12.3%`). */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** The columns of a claim drill-down table. */
const CLAIM_COLUMNS = ['Claim', 'Date of service', 'Payer', 'State', 'Charges ($)', 'Amount ($)'] as const;

/** A drill-down table of claims, each row linking to its claim. */
export function claimTable(title: string, claims: readonly ClaimListRow[]): ReportTable {
  return {
    title,
    columns: CLAIM_COLUMNS,
    rows: claims.map((claim) => ({
      cells: [claim.patientControlNumber, claim.dateOfService, claim.payerName, claim.state, dollars(claim.chargeCents), dollars(claim.amountCents)],
      link: { kind: 'claim', id: claim.claimId },
    })),
  };
}

/** The claims of one cohort for the report's parameters, as a drill-down table. */
export async function claimsOf(query: ReportingQueryApi, parameters: ReportParameters, cohort: ClaimCohort, title: string): Promise<ReportTable> {
  return claimTable(title, await query.aggregate('claim-list', { ...parameters, cohort }));
}

/** The calendar date `days` days after `date` (YYYY-MM-DD; negative goes back). */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

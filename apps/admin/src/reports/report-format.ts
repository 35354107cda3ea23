import type { ReportTarget, ReportUnit, ReportValue } from '../api/views';
import { formatCents } from '../money/cents';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** -0 (a rounded small negative) reads as 0. */
const unsigned = (text: string) => (/^-0(\.0+)?$/.test(text) ? text.slice(1) : text);

/**
 * A value in a report's unit as people read it: a percent (a fraction) with one decimal (0.1234 → `12.3%`), days with
 * one decimal (2.25 → `2.3 days`), cents as dollars (24500 → `$245.00`, fractions of a cent rounded), a count with
 * thousands separators (1234 → `1,234`).
 */
export function formatReportValue(value: number, unit: ReportUnit): string {
  switch (unit) {
    case 'percent':
      return `${unsigned((value * 100).toFixed(1))}%`;
    case 'days':
      return `${unsigned(value.toFixed(1))} days`;
    case 'cents':
      return formatCents(Math.round(value));
    case 'count':
      return unsigned(COUNT.format(value));
  }
}

/** A chart axis tick in the report's unit, shorter than the value: `12.5%`, `3 days`, `$1,200`, `40`. */
export function formatAxisTick(value: number, unit: ReportUnit): string {
  switch (unit) {
    case 'percent':
      return `${Number((value * 100).toFixed(1))}%`;
    case 'days':
      return `${Number(value.toFixed(1))} days`;
    case 'cents':
      return `$${Math.round(value / 100).toLocaleString('en-US')}`;
    case 'count':
      return COUNT.format(value);
  }
}

/** Whether the ratio counted anything: a zero denominator means there was nothing in the period to count. */
export function counted(value: ReportValue): boolean {
  return value.denominator !== 0;
}

/**
 * The ratio's working, numerator ÷ denominator (`1 ÷ 3`, `12,500 ÷ 50,000`). For a report in cents the numerator is
 * money over a count, so it reads in dollars (`$490.00 ÷ 2`); otherwise both sides are shown as counted.
 */
export function formatWorking(value: ReportValue, unit: ReportUnit): string {
  const numerator = unit === 'cents' ? formatCents(Math.round(value.numerator)) : NUMBER.format(value.numerator);
  return `${numerator} ÷ ${NUMBER.format(value.denominator)}`;
}

export type TargetStatus = 'on-target' | 'off-target';

/**
 * Whether the value is within the target's bounds (min and max inclusive). None when the target has neither bound
 * (e.g. `trend up`), when there is no target, or when nothing was counted (a rate of nothing is on no target).
 */
export function targetStatus(target: ReportTarget | null, value: ReportValue): TargetStatus | null {
  if (!target || (target.min === undefined && target.max === undefined) || !counted(value)) return null;
  const aboveMin = target.min === undefined || value.value >= target.min;
  const belowMax = target.max === undefined || value.value <= target.max;
  return aboveMin && belowMax ? 'on-target' : 'off-target';
}

/** The target as a sentence part: `target < 5%: off target`, `target trend up`, or nothing without a target. */
export function targetText(target: ReportTarget | null, status: TargetStatus | null): string {
  if (!target) return '';
  if (!status) return `Target ${target.label}`;
  return `Target ${target.label}: ${status === 'on-target' ? 'on target' : 'off target'}`;
}

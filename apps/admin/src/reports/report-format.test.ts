import { describe, expect, it } from 'vitest';
import type { ReportTarget } from '../api/views';
import { formatAxisTick, formatReportValue, formatWorking, targetStatus, targetText } from './report-format';

const ratio = (value: number, numerator = value, denominator = 1) => ({ value, numerator, denominator });

describe('formatReportValue', () => {
  it('shows a percent (a fraction) with one decimal', () => {
    expect(formatReportValue(1 / 3, 'percent')).toBe('33.3%');
    expect(formatReportValue(0.95, 'percent')).toBe('95.0%');
    expect(formatReportValue(1, 'percent')).toBe('100.0%');
    expect(formatReportValue(0, 'percent')).toBe('0.0%');
    expect(formatReportValue(-0.00001, 'percent')).toBe('0.0%');
  });

  it('shows days with one decimal', () => {
    expect(formatReportValue(2.25, 'days')).toBe('2.3 days');
    expect(formatReportValue(38.04, 'days')).toBe('38.0 days');
  });

  it('shows cents as dollars, fractions of a cent rounded', () => {
    expect(formatReportValue(24_500, 'cents')).toBe('$245.00');
    expect(formatReportValue(49_000 / 3, 'cents')).toBe('$163.33');
    expect(formatReportValue(123_456_789, 'cents')).toBe('$1,234,567.89');
    expect(formatReportValue(-500, 'cents')).toBe('-$5.00');
  });

  it('shows a count with thousands separators', () => {
    expect(formatReportValue(1234, 'count')).toBe('1,234');
    expect(formatReportValue(2.5, 'count')).toBe('2.5');
  });
});

describe('formatAxisTick', () => {
  it('keeps ticks short in the unit', () => {
    expect(formatAxisTick(0.125, 'percent')).toBe('12.5%');
    expect(formatAxisTick(0.05, 'percent')).toBe('5%');
    expect(formatAxisTick(3, 'days')).toBe('3 days');
    expect(formatAxisTick(120_049, 'cents')).toBe('$1,200');
    expect(formatAxisTick(40, 'count')).toBe('40');
  });
});

describe('formatWorking', () => {
  it('shows numerator ÷ denominator as counted', () => {
    expect(formatWorking(ratio(1 / 3, 1, 3), 'percent')).toBe('1 ÷ 3');
    expect(formatWorking(ratio(0.25, 12_500, 50_000), 'percent')).toBe('12,500 ÷ 50,000');
    expect(formatWorking(ratio(38, 1_520_000, 40_000.123), 'days')).toBe('1,520,000 ÷ 40,000.12');
  });

  it('reads the numerator of a report in cents as dollars', () => {
    expect(formatWorking(ratio(24_500, 49_000, 2), 'cents')).toBe('$490.00 ÷ 2');
  });
});

describe('targetStatus', () => {
  const atMost5: ReportTarget = { label: '< 5%', max: 0.05 };
  const atLeast95: ReportTarget = { label: '≥ 95%', min: 0.95 };
  const between: ReportTarget = { label: '30–40 days', min: 30, max: 40 };

  it('is on target at or under a maximum, off above it', () => {
    expect(targetStatus(atMost5, ratio(0.04, 1, 25))).toBe('on-target');
    expect(targetStatus(atMost5, ratio(0.05, 1, 20))).toBe('on-target');
    expect(targetStatus(atMost5, ratio(1 / 3, 1, 3))).toBe('off-target');
  });

  it('is on target at or over a minimum, off below it', () => {
    expect(targetStatus(atLeast95, ratio(0.95, 95, 100))).toBe('on-target');
    expect(targetStatus(atLeast95, ratio(0.949, 949, 1000))).toBe('off-target');
  });

  it('checks both bounds of a range', () => {
    expect(targetStatus(between, ratio(35, 35, 1))).toBe('on-target');
    expect(targetStatus(between, ratio(29.9, 29.9, 1))).toBe('off-target');
    expect(targetStatus(between, ratio(40.1, 40.1, 1))).toBe('off-target');
  });

  it('marks nothing without a target, for a target without bounds, or when nothing was counted', () => {
    expect(targetStatus(null, ratio(0.5, 1, 2))).toBeNull();
    expect(targetStatus({ label: 'trend up' }, ratio(0.5, 1, 2))).toBeNull();
    expect(targetStatus(atMost5, { value: 0, numerator: 0, denominator: 0 })).toBeNull();
  });

  it('says the target and the mark in words', () => {
    expect(targetText(atMost5, 'off-target')).toBe('Target < 5%: off target');
    expect(targetText(atLeast95, 'on-target')).toBe('Target ≥ 95%: on target');
    expect(targetText({ label: 'trend up' }, null)).toBe('Target trend up');
    expect(targetText(null, null)).toBe('');
  });
});

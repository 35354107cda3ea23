import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '../api/views';
import { defaultPeriod, extraParameters, filtersFrom, linkSearch, runQuery, searchWith } from './report-parameters';

const TODAY = new Date(2026, 10, 30, 15, 0);

const STANDARD_SCHEMA = {
  type: 'object',
  properties: { from: { type: 'string' }, to: { type: 'string' }, locationId: { type: 'string' }, providerId: { type: 'string' }, payerId: { type: 'string' }, agingBasis: { type: 'string', enum: ['service-date', 'bill-date'] } },
  required: ['from', 'to'],
};

const report = (parameters: ReportSummary['parameters']): ReportSummary => ({ id: 'r', pluginId: 'p', title: 'R', formula: 'f', unit: 'percent', target: null, parameters });

describe('the reports’ filters in the URL', () => {
  it('defaults the period to the last 12 months to today: twelve monthly periods', () => {
    expect(defaultPeriod(TODAY)).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(defaultPeriod(new Date(2026, 0, 5))).toEqual({ from: '2025-02-01', to: '2026-01-05' });
  });

  it('reads the filters, the period defaulted and blanks ignored', () => {
    expect(filtersFrom(new URLSearchParams('payerId=p-1&asOf=2026-06-30&locationId='), TODAY)).toEqual({ from: '2025-12-01', to: '2026-11-30', payerId: 'p-1', asOf: '2026-06-30' });
    expect(filtersFrom(new URLSearchParams('from=2026-01-01&to=2026-03-31&agingBasis=bill-date'), TODAY)).toEqual({ from: '2026-01-01', to: '2026-03-31', agingBasis: 'bill-date' });
  });

  it('changes the query, an empty value removing its key', () => {
    expect(searchWith(new URLSearchParams('payerId=p-1&from=2026-01-01'), { payerId: '', to: '2026-02-01', asOf: undefined }).toString()).toBe('from=2026-01-01&to=2026-02-01');
  });

  it('writes the period out in links, so the report page shows the same numbers', () => {
    expect(linkSearch(new URLSearchParams('payerId=p-1'), TODAY)).toBe('payerId=p-1&from=2025-12-01&to=2026-11-30');
  });
});

describe('runQuery', () => {
  it('sends the parameters the report declares, with asOf', () => {
    const params = new URLSearchParams('payerId=p-1&agingBasis=bill-date&asOf=2026-06-30&region=west');
    expect(runQuery(report(STANDARD_SCHEMA), params, TODAY)).toEqual({ from: '2025-12-01', to: '2026-11-30', payerId: 'p-1', agingBasis: 'bill-date', asOf: '2026-06-30' });
  });

  it("leaves out the filters a report does not declare and sends a plugin's own parameters from the URL", () => {
    const own = report({ type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' }, region: { type: 'string', enum: ['east', 'west'] } }, required: ['from', 'to', 'region'] });
    const params = new URLSearchParams('payerId=p-1&region=west');
    expect(runQuery(own, params, TODAY)).toEqual({ from: '2025-12-01', to: '2026-11-30', region: 'west' });
    expect(extraParameters(own).map(([name]) => name)).toEqual(['region']);
  });

  it('sends the standard filters for a report whose schema declares no properties', () => {
    expect(runQuery(report({}), new URLSearchParams('providerId=dr-1'), TODAY)).toEqual({ from: '2025-12-01', to: '2026-11-30', providerId: 'dr-1' });
  });
});

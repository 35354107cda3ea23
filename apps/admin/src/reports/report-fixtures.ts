import type { ReportRun, ReportSummary } from '../api/views';

const PARAMETERS = {
  type: 'object',
  properties: { from: { type: 'string' }, to: { type: 'string' }, locationId: { type: 'string' }, providerId: { type: 'string' }, payerId: { type: 'string' }, agingBasis: { type: 'string', enum: ['service-date', 'bill-date'] } },
  required: ['from', 'to'],
};

/** Three reports as the list API gives them: a KPI with a target, an outside plugin's KPI in cents, a table-only report. */
export const REPORTS: readonly ReportSummary[] = [
  {
    id: 'initial-denial-rate',
    pluginId: 'kpi-reports',
    title: 'Initial denial rate',
    formula: 'Claims denied on their first adjudication ÷ claims adjudicated.',
    unit: 'percent',
    target: { label: '< 5%', max: 0.05 },
    parameters: PARAMETERS,
  },
  { id: 'average-charge-per-encounter', pluginId: 'acme-reports', title: 'Average charge per encounter', formula: 'Charges ÷ encounters billed.', unit: 'cents', target: null, parameters: PARAMETERS },
  { id: 'payer-mix', pluginId: 'kpi-reports', title: 'Payer mix', formula: 'Encounters and charges by primary payer.', unit: 'percent', target: null, parameters: PARAMETERS },
];

const run = (report: ReportSummary, output: ReportRun['output']): ReportRun => ({
  report,
  parameters: { from: '2025-12-01', to: '2026-11-30' },
  asOf: '2026-11-30T15:00:00.000Z',
  asOfDate: '2026-11-30',
  output,
});

/** Each report's run. */
export const RUNS: Readonly<Record<string, ReportRun>> = {
  'initial-denial-rate': run(REPORTS[0] as ReportSummary, {
    value: { value: 1 / 3, numerator: 1, denominator: 3 },
    series: [
      { period: '2026-10', value: 0 },
      { period: '2026-11', value: 0.5 },
    ],
    table: {
      title: 'Claims denied on first adjudication',
      columns: ['Claim', 'Date of service', 'Payer', 'State', 'Charges ($)', 'Amount ($)'],
      rows: [{ cells: ['C-1001', '2026-11-02', 'Acme Health', 'denied', '365.00', '365.00'], link: { kind: 'claim', id: 'claim-1' } }],
    },
  }),
  'average-charge-per-encounter': run(REPORTS[1] as ReportSummary, { value: { value: 24_500, numerator: 49_000, denominator: 2 }, series: [{ period: '2026-11', value: 24_500 }] }),
  'payer-mix': run(REPORTS[2] as ReportSummary, {
    table: { title: 'Charges by primary payer', columns: ['Payer', 'Encounters', 'Charges ($)', 'Share of charges'], rows: [{ cells: ['Acme Health', 2, '490.00', '100.0%'] }] },
  }),
};

const EMPTY_PAGE = { items: [], total: 0, limit: 200, nextCursor: null };

/** The answer of a mocked `api.GET` for the reports screens. */
export function reportAnswer(path: string, options: { params: { path: { reportId?: string } } }): unknown {
  if (path === '/api/organizations/{organizationId}/reports') return { items: REPORTS };
  if (path === '/api/organizations/{organizationId}/reports/{reportId}/run') return RUNS[options.params.path.reportId ?? ''];
  return EMPTY_PAGE;
}

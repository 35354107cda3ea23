import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { ReportRun, ReportSummary } from '../api/views';

/** The reports the organization's enabled plugins contribute, in the plugins' order. */
export function useReportsQuery(organizationId: string) {
  return useQuery({
    queryKey: ['reports', organizationId],
    queryFn: async () => (await expectOk<{ items: ReportSummary[] }>(api.GET('/api/organizations/{organizationId}/reports', { params: { path: { organizationId } } }))).items,
  });
}

/** The query options of one report's run with `query` (its parameters and asOf, as the URL gives them). */
export function reportRunOptions(organizationId: string, reportId: string, query: Readonly<Record<string, string>>) {
  return {
    queryKey: ['report-run', organizationId, reportId, query],
    queryFn: () => expectOk<ReportRun>(api.GET('/api/organizations/{organizationId}/reports/{reportId}/run', { params: { path: { organizationId, reportId }, query } })),
  };
}

/** The address of a run's table as CSV (a plain link: the session cookie goes with it). */
export function exportCsvHref(organizationId: string, reportId: string, query: Readonly<Record<string, string>>): string {
  const search = new URLSearchParams(query).toString();
  return `/api/organizations/${encodeURIComponent(organizationId)}/reports/${encodeURIComponent(reportId)}/export.csv${search ? `?${search}` : ''}`;
}

import { Alert, Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { messageOf } from '../api/problem';
import type { ReportRun, ReportSummary } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { ExtraParameterInputs } from './extra-parameter-inputs';
import { Formula } from './report-cards';
import { ReportFilterBar } from './report-filter-bar';
import { ReportHeadline } from './report-headline';
import { linkSearch, runQuery, searchWith } from './report-parameters';
import { exportCsvHref, reportRunOptions, useReportsQuery } from './report-queries';
import { ReportRunFacts } from './report-run-facts';
import { ReportTableView } from './report-table-view';
import { ReportTrendChart } from './report-trend-chart';

function RunOutput({ organizationId, report, run, query, pinned }: { organizationId: string; report: ReportSummary; run: ReportRun; query: Record<string, string>; pinned?: string | undefined }) {
  const { value, series, table } = run.output;
  return (
    <>
      <ReportRunFacts organizationId={organizationId} run={run} pinned={pinned} />
      {value && (
        <Paper withBorder p="md" maw={520}>
          <ReportHeadline report={report} value={value} />
        </Paper>
      )}
      {series && (
        <Stack component="section" aria-labelledby="report-trend" gap="xs">
          <Title order={2} size="h3" id="report-trend">
            Trend
          </Title>
          <ReportTrendChart title={report.title} unit={report.unit} series={series} target={report.target} height={280} />
        </Stack>
      )}
      {table && (
        <>
          <ReportTableView table={table} reportTitle={report.title} />
          <Group>
            <Anchor href={exportCsvHref(organizationId, report.id, query)} download>
              Download CSV
            </Anchor>
          </Group>
        </>
      )}
    </>
  );
}

/** One report: its formula and parameters, the value with its working and target, the trend, and the drill-down table with its CSV. */
export function ReportPage() {
  const { organizationId } = useCurrentOrganization();
  const { reportId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => new Date());
  const reports = useReportsQuery(organizationId);
  const report = reports.data?.find((item) => item.id === reportId);
  const query = report ? runQuery(report, params, today) : {};
  const run = useQuery({ ...reportRunOptions(organizationId, reportId, query), enabled: report !== undefined });
  const change = (changes: Readonly<Record<string, string | undefined>>) => setParams(searchWith(params, changes));
  const pinned = run.data && !params.get('asOf') ? `?${searchWith(new URLSearchParams(linkSearch(params, today)), { asOf: run.data.asOf }).toString()}` : undefined;

  return (
    <Stack>
      <Anchor component={Link} to={`/reports?${linkSearch(params, today)}`}>
        ← All reports
      </Anchor>
      {reports.isPending && <Loader aria-label="Loading the report" />}
      {reports.error && (
        <Alert color="red" role="alert">
          {messageOf(reports.error)}
        </Alert>
      )}
      {reports.data && !report && (
        <Alert color="red" role="alert">
          No report “{reportId}” is enabled for this organization.
        </Alert>
      )}
      {report && (
        <>
          <Title order={1} size="h2">
            {report.title}
          </Title>
          <Text size="sm">
            From the plugin {report.pluginId}, in {report.unit}
            {report.target ? `, target ${report.target.label}` : ''}.
          </Text>
          <Formula formula={report.formula} />
          <ReportFilterBar organizationId={organizationId} params={params} today={today} onChange={change} onReset={() => setParams(new URLSearchParams())}>
            <ExtraParameterInputs report={report} params={params} onChange={change} />
          </ReportFilterBar>
          {run.isPending && <Loader aria-label={`Running ${report.title}`} />}
          {run.error && (
            <Alert color="red" role="alert">
              {messageOf(run.error)}
            </Alert>
          )}
          {run.data && <RunOutput organizationId={organizationId} report={report} run={run.data} query={query} pinned={pinned} />}
        </>
      )}
    </Stack>
  );
}

import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { messageOf } from '../api/problem';
import type { ReportSummary } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, REPORT_SCHEDULE_ROLES } from '../session/permissions';
import { KpiCard, TableCard } from './report-cards';
import { ReportFilterBar } from './report-filter-bar';
import { linkSearch, runQuery, searchWith } from './report-parameters';
import { reportRunOptions, useReportsQuery } from './report-queries';

/**
 * The KPI dashboard: every report the organization's plugins contribute, run with the filters in the URL. Reports
 * with a headline value are cards (value, working, target, formula, trend); table-only reports follow, each opening
 * its table. Every number opens the report's page with the same filters.
 */
export function ReportsPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => new Date());
  const reports = useReportsQuery(organizationId);
  const items: readonly ReportSummary[] = reports.data ?? [];
  const runs = useQueries({ queries: items.map((report) => reportRunOptions(organizationId, report.id, runQuery(report, params, today))) });
  const search = linkSearch(params, today);
  const cards = items.map((report, index) => ({ report, run: runs[index] as (typeof runs)[number], to: `/reports/${encodeURIComponent(report.id)}?${search}` }));
  // A report is a table only once its run answered without a value; until then (or when it failed) it stays a card.
  const valueCards = cards.filter(({ run }) => !run.data || run.data.output.value);
  const tableCards = cards.filter(({ run }) => run.data && !run.data.output.value);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Reports
        </Title>
        {allows(roles, REPORT_SCHEDULE_ROLES) && (
          <Button component={Link} to="/reports/schedules" variant="default">
            Scheduled report emails
          </Button>
        )}
      </Group>
      <ReportFilterBar
        organizationId={organizationId}
        params={params}
        today={today}
        onChange={(changes) => setParams(searchWith(params, changes))}
        onReset={() => setParams(new URLSearchParams())}
      />
      {reports.isPending && <Loader aria-label="Loading the reports" />}
      {reports.error && (
        <Alert color="red" role="alert">
          {messageOf(reports.error)}
        </Alert>
      )}
      {reports.data && reports.data.length === 0 && <Text>No report is enabled for this organization: the reports come from plugins (see Plugins).</Text>}
      {valueCards.length > 0 && (
        <Stack component="section" aria-labelledby="kpis">
          <Title order={2} size="h3" id="kpis">
            Key performance indicators
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
            {valueCards.map((card) => (
              <KpiCard key={card.report.id} {...card} />
            ))}
          </SimpleGrid>
        </Stack>
      )}
      {tableCards.length > 0 && (
        <Stack component="section" aria-labelledby="report-tables">
          <Title order={2} size="h3" id="report-tables">
            Tables
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
            {tableCards.map((card) => (
              <TableCard key={card.report.id} {...card} />
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Stack>
  );
}

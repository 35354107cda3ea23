import { Alert, Anchor, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { messageOf } from '../api/problem';
import type { ReportRun, ReportSummary } from '../api/views';
import { ReportHeadline } from './report-headline';
import { ReportTrendChart } from './report-trend-chart';

interface ReportCardProps {
  readonly report: ReportSummary;
  readonly run: UseQueryResult<ReportRun>;
  /** The report's page with the same filters. */
  readonly to: string;
}

/** The report's formula in words, always on screen (never only on hover). */
export function Formula({ formula }: { formula: string }) {
  return (
    <Text size="sm" c="dimmed">
      Formula: {formula}
    </Text>
  );
}

function CardFrame({ report, children }: { report: ReportSummary; children: ReactNode }) {
  const titleId = `report-${report.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={titleId}>
          {report.title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** A KPI: its value (opening the report), working and target, its formula, and its trend with the trend's table. */
export function KpiCard({ report, run, to }: ReportCardProps) {
  const output = run.data?.output;
  return (
    <CardFrame report={report}>
      {run.isPending && <Loader size="sm" aria-label={`Loading ${report.title}`} />}
      {run.error && (
        <Alert color="red" role="alert">
          {messageOf(run.error)}
        </Alert>
      )}
      {output?.value && <ReportHeadline report={report} value={output.value} to={to} />}
      <Formula formula={report.formula} />
      {output?.series && <ReportTrendChart title={report.title} unit={report.unit} series={output.series} target={report.target} height={140} tableCollapsed />}
    </CardFrame>
  );
}

/** A report that is a table only (no headline value): its formula, what its table holds, and a link to it. */
export function TableCard({ report, run, to }: ReportCardProps) {
  const table = run.data?.output.table;
  return (
    <CardFrame report={report}>
      <Formula formula={report.formula} />
      <Text size="sm">{table ? `${table.title ?? 'Table'}: ${table.rows.length} row(s).` : 'No table for these filters.'}</Text>
      <Anchor component={Link} to={to} aria-label={`Open the table of ${report.title}`}>
        Open the table
      </Anchor>
    </CardFrame>
  );
}

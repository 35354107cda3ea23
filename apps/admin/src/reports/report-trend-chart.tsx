import { Box, Table, Text } from '@mantine/core';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportSeriesPoint, ReportTarget, ReportUnit } from '../api/views';
import { formatAxisTick, formatReportValue } from './report-format';

interface ReportTrendChartProps {
  readonly title: string;
  readonly unit: ReportUnit;
  readonly series: readonly ReportSeriesPoint[];
  readonly target: ReportTarget | null;
  readonly height: number;
  /** The table behind a disclosure (the dashboard's cards), or shown (a report's page). */
  readonly tableCollapsed?: boolean;
}

/** The chart's text equivalent, read by screen readers in place of the drawing. */
export function trendSummary(title: string, unit: ReportUnit, series: readonly ReportSeriesPoint[]): string {
  return `Line chart of ${title} by period: ${series.map((point) => `${point.period} ${formatReportValue(point.value, unit)}`).join(', ')}`;
}

function TrendTable({ title, unit, series }: Pick<ReportTrendChartProps, 'title' | 'unit' | 'series'>) {
  return (
    <Table aria-label={`${title} by period`} maw={360}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Period</Table.Th>
          <Table.Th ta="right">{title}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {series.map((point) => (
          <Table.Tr key={point.period}>
            <Table.Td>{point.period}</Table.Td>
            <Table.Td ta="right">{formatReportValue(point.value, unit)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A report's series as a line (the target's bound dashed), with a table of the same figures. */
export function ReportTrendChart({ title, unit, series, target, height, tableCollapsed = false }: ReportTrendChartProps) {
  if (series.length === 0) return <Text size="sm">No periods to chart.</Text>;
  const bound = target?.max ?? target?.min;
  return (
    <>
      <div role="img" aria-label={trendSummary(title, unit, series)}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 360, height }}>
          <LineChart data={[...series]} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" tick={{ fontSize: 11 }} />
            <YAxis width={64} tick={{ fontSize: 11 }} tickFormatter={(value: number) => formatAxisTick(value, unit)} />
            <Tooltip formatter={(value) => formatReportValue(Number(value), unit)} />
            {bound !== undefined && <ReferenceLine y={bound} stroke="#868e96" strokeDasharray="4 4" />}
            <Line type="monotone" dataKey="value" name={title} stroke="#1971c2" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {tableCollapsed ? (
        <Box component="details">
          <Box component="summary" fz="sm">
            {title} by period, as a table
          </Box>
          <TrendTable title={title} unit={unit} series={series} />
        </Box>
      ) : (
        <TrendTable title={title} unit={unit} series={series} />
      )}
    </>
  );
}

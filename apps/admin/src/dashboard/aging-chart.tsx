import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AgingBasis, AgingBucket, AgingReport } from '../api/views';
import { formatCents } from './money';

/** One colour per bucket, older darker and warmer. */
const BUCKET_COLOURS: Readonly<Record<AgingBucket, string>> = { '0-30': '#2f9e44', '31-60': '#f08c00', '61-90': '#e8590c', '91-120': '#c92a2a', '121+': '#862e9c' };

export const BASIS_LABELS: Readonly<Record<AgingBasis, string>> = { 'service-date': 'the date of service', 'first-bill-date': 'the first bill date' };

/** Youngest bucket first in the legend and tooltip (recharts sorts by label otherwise, putting 121+ second). */
function bucketOrder(dataKey: unknown): number {
  return (Object.keys(BUCKET_COLOURS) as unknown[]).indexOf(dataKey);
}

/** The chart's text equivalent, read by screen readers in place of the drawing. */
export function agingSummary(report: AgingReport): string {
  const payers = report.rows.map((row) => `${row.name} ${formatCents(row.totalCents)}`).join('; ');
  const buckets = report.buckets.map((bucket) => `${bucket} days ${formatCents(report.totals.buckets[bucket])}`).join(', ');
  return `Stacked bar chart of open A/R by payer as of ${report.asOf}, aged from ${BASIS_LABELS[report.basis]}: total ${formatCents(report.totals.totalCents)} (${buckets}); ${payers}`;
}

/** A/R aging by payer and bucket: a stacked bar chart and its table, amounts in dollars. */
export function AgingChart({ report, controls }: { report: AgingReport; controls?: ReactNode }) {
  // The chart plots dollars; the table shows the server's cents formatted.
  const data = report.rows.map((row) => ({ name: row.name, ...Object.fromEntries(report.buckets.map((bucket) => [bucket, row.buckets[bucket] / 100])) }));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ar-aging">
      <Stack>
        <Title order={2} size="h3" id="ar-aging">
          A/R aging by payer
        </Title>
        {controls}
        <Text>
          Open payer balances as of {report.asOf}, aged from {BASIS_LABELS[report.basis]}, in 0–30, 31–60, 61–90, 91–120 and 121+ day buckets.
          {report.creditBalances.accounts > 0 && ` Credit balances are set apart: ${report.creditBalances.accounts} account(s), ${formatCents(report.creditBalances.totalCents)}.`}
        </Text>
        {report.serviceDateFallback && report.serviceDateFallback.accounts > 0 && <Text size="sm">{report.serviceDateFallback.note}</Text>}
        {report.rows.length === 0 ? (
          <Text>No open payer balances.</Text>
        ) : (
          <>
            <div role="img" aria-label={agingSummary(report)}>
              <ResponsiveContainer width="100%" height={Math.max(200, 60 + report.rows.length * 40)} initialDimension={{ width: 600, height: 240 }}>
                <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" tickFormatter={(dollars: number) => `$${dollars.toLocaleString('en-US')}`} />
                  <YAxis type="category" dataKey="name" width={140} />
                  <Tooltip formatter={(dollars) => formatCents(Math.round(Number(dollars) * 100))} itemSorter={(item) => bucketOrder(item.dataKey)} />
                  <Legend itemSorter={(item) => bucketOrder(item.dataKey)} />
                  {report.buckets.map((bucket) => (
                    <Bar key={bucket} dataKey={bucket} name={`${bucket} days`} stackId="aging" fill={BUCKET_COLOURS[bucket]} />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </div>
            <Table aria-label="A/R aging by payer and bucket">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Payer</Table.Th>
                  {report.buckets.map((bucket) => (
                    <Table.Th key={bucket} ta="right">
                      {bucket} days
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">Total</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>{row.name}</Table.Td>
                    {report.buckets.map((bucket) => (
                      <Table.Td key={bucket} ta="right">
                        {formatCents(row.buckets[bucket])}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">{formatCents(row.totalCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th>All payers</Table.Th>
                  {report.buckets.map((bucket) => (
                    <Table.Td key={bucket} ta="right">
                      {formatCents(report.totals.buckets[bucket])}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{formatCents(report.totals.totalCents)}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}

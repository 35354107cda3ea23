import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardCounts } from '../api/views';

type ClaimCounts = DashboardCounts['claimsByState'];

/** The chart's text equivalent, read by screen readers in place of the drawing. */
export function claimsSummary(counts: ClaimCounts): string {
  const total = counts.reduce((sum, row) => sum + row.claims, 0);
  return `Bar chart of ${total} claim(s) by state: ${counts.map((row) => `${row.state} ${row.claims}`).join(', ')}`;
}

/** Claims by state: a bar chart and a table whose counts open the claims list filtered by that state. */
export function ClaimsByState({ counts }: { counts: ClaimCounts }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="claims-by-state">
      <Stack>
        <Title order={2} size="h3" id="claims-by-state">
          Claims by state
        </Title>
        {counts.length === 0 ? (
          <Text>No claims yet.</Text>
        ) : (
          <>
            <div role="img" aria-label={claimsSummary(counts)}>
              <ResponsiveContainer width="100%" height={240} initialDimension={{ width: 600, height: 240 }}>
                <BarChart data={[...counts]} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="state" />
                  <YAxis allowDecimals={false} />
                  <Tooltip />
                  <Bar dataKey="claims" name="Claims" fill="#1971c2" />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <Table aria-label="Claims by state" maw={420}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>State</Table.Th>
                  <Table.Th ta="right">Claims</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {counts.map((row) => (
                  <Table.Tr key={row.state}>
                    <Table.Td>{row.state}</Table.Td>
                    <Table.Td ta="right">
                      <Anchor component={Link} to={`/claims?state=${encodeURIComponent(row.state)}`} aria-label={`${row.claims} claim(s) ${row.state}`}>
                        {row.claims}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}

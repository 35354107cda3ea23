import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ReportTable } from '../api/views';

type Row = ReportTable['rows'][number];

/** Where a row's record opens: the claim's page, or the patient's page for a patient account. */
export function recordPath(link: NonNullable<Row['link']>): string {
  return link.kind === 'claim' ? `/claims/${encodeURIComponent(link.id)}` : `/patients/${encodeURIComponent(link.id)}`;
}

const NUMERIC = /^-?[\d,]+(\.\d+)?%?$/;

/** Numbers (counts, dollar strings, percentages) line up on the right. */
const alignOf = (cell: string | number) => (typeof cell === 'number' || NUMERIC.test(cell) ? 'right' : 'left');

/** A report's detail table; a row about a claim or an account opens it from its first cell. */
export function ReportTableView({ table, reportTitle }: { table: ReportTable; reportTitle: string }) {
  const title = table.title ?? reportTitle;
  return (
    <Stack component="section" aria-labelledby="report-table" gap="xs">
      <Title order={2} size="h3" id="report-table">
        {title}
      </Title>
      {table.rows.length === 0 ? (
        <Text>No rows for these filters.</Text>
      ) : (
        <Table aria-label={title} striped>
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((column) => (
                <Table.Th key={column}>{column}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, rowIndex) => (
              <Table.Tr key={row.link ? `${row.link.kind}:${row.link.id}:${rowIndex}` : rowIndex}>
                {row.cells.map((cell, cellIndex) => (
                  <Table.Td key={table.columns[cellIndex] ?? cellIndex} ta={alignOf(cell)}>
                    {cellIndex === 0 && row.link ? (
                      <Anchor component={Link} to={recordPath(row.link)}>
                        {cell}
                      </Anchor>
                    ) : (
                      cell
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm">{table.rows.length} row(s).</Text>
    </Stack>
  );
}

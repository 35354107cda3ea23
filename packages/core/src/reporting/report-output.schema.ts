import { z } from 'zod';

const finite = z.number().refine(Number.isFinite, 'a finite number');

/** What core accepts back from a report's `compute` (the SDK's ReportOutput, checked: plugin code is not trusted). */
export const reportOutputSchema = z.object({
  value: z.object({ value: finite, numerator: finite, denominator: finite }).optional(),
  series: z.array(z.object({ period: z.string(), value: finite })).optional(),
  table: z
    .object({
      title: z.string().optional(),
      columns: z.array(z.string()),
      rows: z.array(
        z.object({
          cells: z.array(z.union([z.string(), finite])),
          link: z.object({ kind: z.enum(['claim', 'account']), id: z.string() }).optional(),
        }),
      ),
    })
    .refine((table) => table.rows.every((row) => row.cells.length === table.columns.length), 'every row has one cell per column')
    .optional(),
});

/** A report's output as core returns it. */
export type CheckedReportOutput = z.infer<typeof reportOutputSchema>;

import { Money } from '@openrcm/sdk';

/** Integer cents as dollars for people: `$1,234.50`, `-$2.50`. */
export function dollars(cents: number): string {
  return Money.fromCents(cents).toDisplay();
}

/**
 * Lines of an aligned table: the header, a rule, then the rows; columns listed in `right` (0-based) are right-aligned
 * (amounts and counts), the others left-aligned.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (right.includes(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
}

import { Money, ValidationError } from '@openrcm/sdk';
import { cellField, csvLines, isBlank } from '../csv/csv-line';
import type { FeeScheduleEntryInput } from './fee-schedule.types';

const HEADER = ['code', 'modifier', 'amount'] as const;
const CODE = /^[A-Z0-9]{5}$/;
const MODIFIER = /^(?:[A-Z0-9]{2})?$/;

/**
 * Parses a fee-schedule CSV: the header `code,modifier,amount`, then one line per code (modifier empty for the code
 * without one, amount in dollars such as `125.00`, read straight to cents). Refuses the first bad line naming its
 * line and column, a repeated code and modifier, and a file without entries.
 */
export function parseFeeScheduleCsv(text: string): FeeScheduleEntryInput[] {
  const lines = csvLines(text);
  const entries: FeeScheduleEntryInput[] = [];
  const seen = new Set<string>();
  let header = false;
  for (const { number, cells } of lines) {
    if (isBlank(cells)) continue;
    if (!header) {
      if (cells.map((cell) => cell.toLowerCase()).join(',') !== HEADER.join(',')) {
        throw new ValidationError([{ field: `line ${number}`, message: `expected the header ${HEADER.join(',')}` }]);
      }
      header = true;
      continue;
    }
    if (cells.length !== HEADER.length) throw new ValidationError([{ field: `line ${number}`, message: `expected 3 columns (code,modifier,amount), found ${cells.length}` }]);
    const [code, modifier] = cells.slice(0, 2).map((cell) => cell.toUpperCase()) as [string, string];
    const amount = cells[2] as string;
    if (!CODE.test(code)) throw new ValidationError([{ field: cellField(number, 0, 'code'), message: `"${cells[0]}" is not a five-character CPT/HCPCS code` }]);
    if (!MODIFIER.test(modifier)) throw new ValidationError([{ field: cellField(number, 1, 'modifier'), message: `"${cells[1]}" is not empty or a two-character modifier` }]);
    const cents = Money.parse(amount, cellField(number, 2, 'amount')).cents;
    if (cents < 0) throw new ValidationError([{ field: cellField(number, 2, 'amount'), message: `"${amount}" is negative` }]);
    const key = `${code}/${modifier}`;
    if (seen.has(key)) throw new ValidationError([{ field: `line ${number}`, message: `${code}${modifier ? ` with modifier ${modifier}` : ' without a modifier'} appears twice` }]);
    seen.add(key);
    entries.push({ code, modifier, amountCents: cents });
  }
  if (entries.length === 0) throw new ValidationError([{ field: 'file', message: 'the file holds no entries (expected the header code,modifier,amount and at least one line)' }]);
  return entries;
}

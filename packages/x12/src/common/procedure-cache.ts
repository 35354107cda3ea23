import { appended, emptyList } from '../read/append';
import { NewProcedure } from '../read/records';
import { TextCache } from '../tokenizer/text-cache';
import type { Procedure } from './common.types';

/** Procedures already read, by composite text (files repeat a few hundred procedure codes). */
const procedures = new Map<string, Procedure>();
const MAX_CACHED_PROCEDURES = 20_000;
let procedureSeparator = '';
/** The same procedures by the composite's characters, looked up without slicing the composite. */
const recent = new TextCache<Procedure>(1024);

/** The procedure of an absent composite. */
export const NO_PROCEDURE: Procedure = Object.freeze(new NewProcedure('', '', emptyList()));

/** The shared, frozen procedure of a composite such as `HC:99213:25` (read once per distinct text). */
export function procedureOf(text: string, separator: string): Procedure {
  if (separator !== procedureSeparator) {
    procedures.clear();
    recent.clear();
    procedureSeparator = separator;
  }
  const known = procedures.get(text);
  if (known !== undefined) return known;
  const parts = text.split(separator);
  let modifiers = emptyList<string>();
  for (let m = 2; m <= 5; m++) if (parts[m]) modifiers = appended(modifiers, parts[m]!);
  const proc = new NewProcedure(parts[0] ?? '', parts[1] ?? '', Object.freeze(modifiers) as string[]);
  if (parts[6]) proc.description = parts[6];
  Object.freeze(proc);
  if (procedures.size >= MAX_CACHED_PROCEDURES) procedures.clear();
  procedures.set(text, proc);
  return proc;
}

/** {@link procedureOf} of the composite `text[start, end)`, which allocates nothing for a composite seen recently. */
export function procedureAtText(text: string, start: number, end: number, separator: string): Procedure {
  const slot = recent.slotOf(text, start, end);
  if (separator === procedureSeparator) {
    const known = recent.get(slot, text, start, end);
    if (known !== undefined) return known;
  }
  const composite = text.slice(start, end);
  const proc = procedureOf(composite, separator);
  recent.set(slot, composite, proc);
  return proc;
}

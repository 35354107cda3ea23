import type { FeeScheduleEntry } from './fee-schedule-entry.entity';
import type { FeeScheduleEntryInput } from './fee-schedule.types';

/** How a file's entries would change a schedule's: new codes, new amounts, and entries the file no longer has. */
export interface EntryChanges {
  readonly added: readonly FeeScheduleEntryInput[];
  readonly changed: readonly { readonly current: FeeScheduleEntry; readonly amountCents: number }[];
  readonly removed: readonly FeeScheduleEntry[];
}

/** Compares a schedule's entries with a file's, by code and modifier (the file replaces them). */
export function compareEntries(existing: readonly FeeScheduleEntry[], incoming: readonly FeeScheduleEntryInput[]): EntryChanges {
  const byKey = new Map(existing.map((entry) => [`${entry.code}/${entry.modifier}`, entry]));
  const added: FeeScheduleEntryInput[] = [];
  const changed: { current: FeeScheduleEntry; amountCents: number }[] = [];
  for (const entry of incoming) {
    const key = `${entry.code}/${entry.modifier}`;
    const current = byKey.get(key);
    byKey.delete(key);
    if (!current) added.push({ code: entry.code, modifier: entry.modifier, amountCents: entry.amountCents });
    else if (current.amountCents !== entry.amountCents) changed.push({ current, amountCents: entry.amountCents });
  }
  return { added, changed, removed: [...byKey.values()] };
}

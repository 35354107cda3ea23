/**
 * Returns `list` with `item` added. A push onto an empty array reserves 17 slots, which dominates
 * the memory of typed results made of many short lists; lists of up to four items are therefore
 * copied into exact-size arrays and only longer ones grow in place. Assign the result back.
 *
 * The short arrays are made by `new Array(length)` and filled, never by an array literal (`[item]`):
 * V8 gives every literal an allocation site whose pretenuring decision flips once most of its arrays
 * survive a garbage collection (a reader that keeps its results), and each flip throws away the
 * optimized code of every function that inlined the literal (see `records.ts`); and calling
 * `Array(a, b)` goes through the generic constructor, several times slower than an allocation of
 * known length.
 */
export function appended<T>(list: T[], item: T): T[] {
  const n = list.length;
  if (n >= 4) {
    list.push(item);
    return list;
  }
  const copy = new Array<T>(n + 1);
  for (let i = 0; i < n; i++) copy[i] = list[i]!;
  copy[n] = item;
  return copy;
}

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The one shared, frozen empty list that typed readers put in every list field with no item (a
 * claim or service line has about eight such lists; giving each its own `[]` made a large part of
 * the retained heap and of the garbage-collection time of a parsed 835). It cannot be pushed onto:
 * add items with {@link appended} (or `[...list, item]`), which return a new array.
 */
export function emptyList<T>(): T[] {
  return EMPTY as unknown as T[];
}

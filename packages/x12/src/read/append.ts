/**
 * Returns `list` with `item` added. A push onto an empty array reserves 17 slots, which dominates
 * the memory of typed results made of many short lists; lists of up to four items are therefore
 * copied into exact-size arrays and only longer ones grow in place. Assign the result back.
 *
 * The short arrays are made by calling `Array(...)`, never by an array literal (`[item]`): V8 gives
 * every literal an allocation site whose pretenuring decision flips once most of its arrays survive
 * a garbage collection (a reader that keeps its results), and each flip throws away the optimized
 * code of every function that inlined the literal. See `records.ts`.
 */
export function appended<T>(list: T[], item: T): T[] {
  switch (list.length) {
    case 0: return single(item);
    case 1: return Array<T>(list[0]!, item);
    case 2: return Array<T>(list[0]!, list[1]!, item);
    case 3: return Array<T>(list[0]!, list[1]!, list[2]!, item);
    default: list.push(item); return list;
  }
}

/** A one-item array without a literal (`Array(item)` would be an empty array of that length for a number). */
function single<T>(item: T): T[] {
  const list = Array<T>(item, item);
  list.pop();
  return list;
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

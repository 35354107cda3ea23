/**
 * Returns `list` with `item` added. A push onto an empty array reserves 17 slots, which dominates
 * the memory of typed results made of many short lists; lists of up to four items are therefore
 * copied into exact-size arrays and only longer ones grow in place. Assign the result back.
 */
export function appended<T>(list: T[], item: T): T[] {
  switch (list.length) {
    case 0: return [item];
    case 1: return [list[0]!, item];
    case 2: return [list[0]!, list[1]!, item];
    case 3: return [list[0]!, list[1]!, list[2]!, item];
    default: list.push(item); return list;
  }
}

import { emptyList } from './append';

/**
 * Collects the items of a list whose owner is still being read (a claim's service lines, a line's
 * adjustments) in one reused scratch array, and hands out an exact-size copy once the owner is
 * complete: no intermediate array per added item, and the shared empty list when there is none.
 */
export class ListBuilder<T> {
  private readonly items: T[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  add(item: T): void {
    this.items[this.count++] = item;
  }

  /** The items added since the last `take`, in order; empties the builder. */
  take(): T[] {
    const n = this.count;
    if (n === 0) return emptyList();
    const list = new Array<T>(n);
    for (let i = 0; i < n; i++) list[i] = this.items[i]!;
    this.count = 0;
    return list;
  }
}

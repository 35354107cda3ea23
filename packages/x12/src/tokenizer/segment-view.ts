import type { Segment } from './segment';
import { sliceElement } from './short-strings';
import { sharedSlice } from './text-cache';

/**
 * One segment as positions in the decoded text, without an array of element strings: an element
 * is sliced only when a reader asks for it, and money, numbers and dates can be read from the
 * characters directly. The tokenizer reuses one view for every segment of a typed read, so a view
 * is valid only during the call that hands it over: keep {@link SegmentView.snapshot} instead.
 *
 * `elements` (the {@link Segment} array) is built on first use, for code written against arrays.
 */
export class SegmentView implements Segment {
  id = '';
  index = 0;
  byteOffset = 0;
  /** Decoded text holding the segment. */
  text = '';
  /** Number of elements, the identifier included (CLP*A*1 has 3). */
  count = 0;
  /**
   * `starts[i]` is the position of element i's first character; element i ends one character
   * before `starts[i + 1]` (a separator, or the terminator for the last element).
   */
  starts: Int32Array = new Int32Array(64);
  private array: string[] | undefined = undefined;

  /** `seg` itself when it is a view, else a new view of its elements joined with `separator`. */
  static of(seg: Segment, separator: string): SegmentView {
    return seg instanceof SegmentView ? seg : new SegmentView().load(seg, separator);
  }

  /** Empties the view before the tokenizer fills it with the next segment. */
  reset(text: string, start: number): void {
    // Consecutive segments share their text (a block of the input). Storing it again for each segment
    // took the write barrier's slow path every time: the long-lived view is in the old generation and a
    // new block in the young one.
    if (this.text !== text) this.text = text;
    this.count = 0;
    this.starts[0] = start;
    this.array = undefined;
  }

  /** Doubles the room for element positions; returns the new array. */
  grow(): Int32Array {
    const bigger = new Int32Array(this.starts.length * 2);
    bigger.set(this.starts);
    this.starts = bigger;
    return bigger;
  }

  /** Position of the first character of element `i` (`i < count`). */
  startOf(i: number): number {
    return this.starts[i]!;
  }

  /** Position just past the last character of element `i` (`i < count`). */
  endOf(i: number): number {
    return this.starts[i + 1]! - 1;
  }

  /** True when element `i` is present and not empty. */
  has(i: number): boolean {
    return i < this.count && this.starts[i + 1]! - 1 > this.starts[i]!;
  }

  /** Element `i`, or `''` when absent. */
  at(i: number): string {
    if (i >= this.count) return '';
    return sliceElement(this.text, this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Element `i` (present), as a string shared with earlier equal elements: for values that repeat, such as names. */
  shared(i: number): string {
    return sharedSlice(this.text, this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Element `i`, or `undefined` when absent or empty. */
  opt(i: number): string | undefined {
    if (i >= this.count) return undefined;
    const start = this.starts[i]!;
    const end = this.starts[i + 1]! - 1;
    return end > start ? sliceElement(this.text, start, end) : undefined;
  }

  /** True when element `i` is exactly `value`, compared without slicing. */
  is(i: number, value: string): boolean {
    if (i >= this.count) return value === '';
    const start = this.starts[i]!;
    const n = value.length;
    if (this.starts[i + 1]! - 1 - start !== n) return false;
    for (let k = 0; k < n; k++) if (this.text.charCodeAt(start + k) !== value.charCodeAt(k)) return false;
    return true;
  }

  get elements(): string[] {
    return (this.array ??= this.split());
  }

  /** A stable {@link Segment} copy of the view, to keep after the call that handed the view over. */
  snapshot(): Segment {
    return { id: this.id, elements: this.elements, index: this.index, byteOffset: this.byteOffset };
  }

  /** Points the view at a {@link Segment} given as an array, joining its elements with `separator`. */
  load(seg: Segment, separator: string): this {
    const text = seg.elements.join(separator);
    this.reset(text, 0);
    let starts = this.starts;
    let at = 0;
    for (const element of seg.elements) {
      if (this.count + 1 >= starts.length) starts = this.grow();
      starts[this.count++] = at;
      at += element.length + 1;
    }
    starts[this.count] = at;
    this.id = seg.id;
    this.index = seg.index;
    this.byteOffset = seg.byteOffset;
    this.array = seg.elements;
    return this;
  }

  private split(): string[] {
    const elements = new Array<string>(this.count);
    elements[0] = this.id;
    for (let i = 1; i < this.count; i++) elements[i] = this.at(i);
    return elements;
  }
}

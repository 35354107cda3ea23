import type { Delimiters } from '../tokenizer';

/** The delimiters OpenRCM writes: `*` elements, `^` repetitions, `:` components, `~` + newline segments. */
export const DEFAULT_DELIMITERS: Delimiters = { element: '*', repetition: '^', component: ':', segment: '~' };

/** An element value: `undefined` or `''` writes an empty element (trailing empties are dropped). */
export type ElementValue = string | undefined;

/**
 * Accumulates segments as text. Trailing empty elements are dropped; values are written as given
 * (builders validate that no value contains a delimiter before writing).
 */
export class SegmentWriter {
  private readonly parts: string[] = [];
  /** Segments written since the last {@link SegmentWriter.resetCount}. */
  count = 0;

  constructor(
    readonly delimiters: Delimiters = DEFAULT_DELIMITERS,
    private readonly lineBreak = '\n',
  ) {}

  /** Writes one segment. */
  seg(id: string, ...elements: ElementValue[]): void {
    let last = elements.length;
    while (last > 0 && !elements[last - 1]) last--;
    let text = id;
    const sep = this.delimiters.element;
    for (let i = 0; i < last; i++) text += sep + (elements[i] ?? '');
    this.parts.push(text + this.delimiters.segment + this.lineBreak);
    this.count++;
  }

  /** Joins components into a composite, dropping trailing empty components. */
  comp(...components: ElementValue[]): string {
    let last = components.length;
    while (last > 0 && !components[last - 1]) last--;
    return components.slice(0, last).map((c) => c ?? '').join(this.delimiters.component);
  }

  /** Starts counting segments again (at ST). */
  resetCount(): void {
    this.count = 0;
  }

  /** The text written so far. */
  toString(): string {
    return this.parts.join('');
  }
}

import type { Delimiters } from '../tokenizer/segment';
import { ByteOutput } from './byte-output';

/** The delimiters OpenRCM writes: `*` elements, `^` repetitions, `:` components, `~` + newline segments. */
export const DEFAULT_DELIMITERS: Delimiters = { element: '*', repetition: '^', component: ':', segment: '~' };

/** An element value: `undefined` or `''` writes an empty element (trailing empties are dropped). */
export type ElementValue = string | undefined;

/**
 * Accumulates segments as text. Trailing empty elements are dropped; values are written as given
 * (builders validate that no value contains a delimiter before writing).
 */
export class SegmentWriter {
  private readonly out = new ByteOutput();
  private readonly terminator: string;
  /** The element separator's code when it is one ASCII character (written byte by byte), else -1. */
  private readonly separatorCode: number;
  /** Segments written since the last {@link SegmentWriter.resetCount}. */
  count = 0;

  constructor(
    readonly delimiters: Delimiters = DEFAULT_DELIMITERS,
    lineBreak = '\n',
  ) {
    this.terminator = delimiters.segment + lineBreak;
    const code = delimiters.element.charCodeAt(0);
    this.separatorCode = delimiters.element.length === 1 && code < 128 ? code : -1;
  }

  /** Writes one segment. */
  seg(id: string, ...elements: ElementValue[]): void {
    let last = elements.length;
    while (last > 0 && !elements[last - 1]) last--;
    const out = this.out;
    const sep = this.separatorCode;
    out.put(id);
    for (let i = 0; i < last; i++) {
      if (sep >= 0) out.putCode(sep);
      else out.put(this.delimiters.element);
      const value = elements[i];
      if (value) out.put(value);
    }
    out.put(this.terminator);
    this.count++;
  }

  /** Joins components into a composite, dropping trailing empty components. */
  comp(...components: ElementValue[]): string {
    let last = components.length;
    while (last > 0 && !components[last - 1]) last--;
    const sep = this.delimiters.component;
    let text = last > 0 ? components[0] ?? '' : '';
    for (let i = 1; i < last; i++) text += sep + (components[i] ?? '');
    return text;
  }

  /** Starts counting segments again (at ST). */
  resetCount(): void {
    this.count = 0;
  }

  /** The text written so far. */
  toString(): string {
    return this.out.toString();
  }
}

/** One X12 segment as read from a file. */
export interface Segment {
  /** Segment identifier, e.g. `CLP`. Same as `elements[0]`. */
  readonly id: string;
  /** `elements[0]` is the identifier; `elements[n]` is element n (CLP02 is `elements[2]`). */
  readonly elements: string[];
  /** 0-based index of the segment in the input (the first ISA is 0). */
  readonly index: number;
  /** Byte offset of the segment's first byte in the input. */
  readonly byteOffset: number;
}

/** The four X12 delimiters, read from the ISA of each interchange. */
export interface Delimiters {
  /** Element separator: the 4th character of the ISA. */
  readonly element: string;
  /** Repetition separator (ISA11) or `undefined` when the interchange has none. */
  readonly repetition: string | undefined;
  /** Component (sub-element) separator: ISA16. */
  readonly component: string;
  /** Segment terminator: the character after ISA16. */
  readonly segment: string;
}

/** Receives what a tokenizer reads. */
export interface SegmentSink {
  /** Called for each segment, in file order. */
  segment(seg: Segment, delimiters: Delimiters): void;
}

/** Returns element `i` of a segment, or `''` when absent. */
export function elementAt(seg: Segment, i: number): string {
  return seg.elements[i] ?? '';
}

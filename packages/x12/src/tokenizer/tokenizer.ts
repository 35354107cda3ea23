import type { X12Error } from '../errors';
import { ByteOffsets } from './byte-offsets';
import { detectIsa, guessDelimiters } from './isa-detector';
import type { Delimiters, Segment, SegmentSink } from './segment';

/** Receives the tokenizer's findings (bad ISA, missing ISA, bad segment id...). */
export type IssueReporter = (issue: X12Error) => void;

const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;

/**
 * Splits decoded X12 text into segments. Delimiters come from each ISA; CR/LF (and other
 * whitespace) between segments and a leading UTF-8 BOM are skipped. Used block by block:
 * {@link Tokenizer.scan} consumes complete segments only, unless told the block is final.
 */
export class Tokenizer {
  /** Delimiters of the current interchange, once an ISA (or a guess) has set them. */
  delimiters: Delimiters | undefined;
  /** Number of segments emitted so far. */
  segmentCount = 0;
  private started = false;
  private text = '';
  private offsets = new ByteOffsets('', 0, true);

  constructor(
    private readonly sink: SegmentSink,
    private readonly report: IssueReporter,
  ) {}

  /**
   * Scans `text` (whose first character is at byte `base` of the input) and returns the index of
   * the first character not consumed (the start of an incomplete segment when `final` is false).
   */
  scan(text: string, base: number, ascii: boolean, final: boolean): number {
    this.text = text;
    this.offsets = new ByteOffsets(text, base, ascii);
    let pos = this.skipBom(text);
    const len = text.length;
    for (;;) {
      while (pos < len && text.charCodeAt(pos) <= 32) pos++;
      if (pos >= len) return len;
      if (text.charCodeAt(pos) === 73 && text.startsWith('ISA', pos)) {
        const next = this.readIsa(pos, final);
        if (next < 0) return pos;
        pos = next;
        continue;
      }
      if (!this.delimiters) {
        if (!final && len - pos < 3) return pos;
        if (!this.guess(pos, final)) return final ? len : pos;
      }
      const end = text.indexOf(this.delimiters!.segment, pos);
      if (end < 0) {
        if (!final) return pos;
        this.unterminated(pos, len);
        return len;
      }
      this.emit(pos, end);
      pos = end + 1;
    }
  }

  private skipBom(text: string): number {
    if (this.started || text.length === 0) return 0;
    this.started = true;
    if (text.charCodeAt(0) === 0xfeff) return 1;
    if (text.startsWith('\xef\xbb\xbf')) return 3;
    return 0;
  }

  /** Reads an ISA at `pos`; returns the position after it, or -1 when more text is needed. */
  private readIsa(pos: number, final: boolean): number {
    const found = detectIsa(this.text, pos, final);
    if (found.kind === 'more') return -1;
    if (found.kind === 'invalid') {
      this.issue('INVALID_ISA', found.message, pos, 'ISA');
      this.delimiters = undefined;
      const skip = this.text.indexOf('~', pos);
      return skip < 0 ? this.text.length : skip + 1;
    }
    this.delimiters = found.delimiters;
    if (!found.fixedWidth) {
      this.issue('ISA_NOT_FIXED_WIDTH', 'ISA is not 106 characters wide; delimiters were read by counting separators', pos, 'ISA', 'warning');
    }
    const end = pos + found.length - 1;
    this.emitElements(this.text.slice(pos, end).split(found.delimiters.element), pos);
    return end + 1;
  }

  private guess(pos: number, final: boolean): boolean {
    const guessed = guessDelimiters(this.text, pos);
    const what = this.text.slice(pos, pos + 3).replace(/[^A-Z0-9].*$/, '');
    if (!guessed && !final) return false;
    if (!guessed) {
      this.issue('MISSING_ISA', 'Data does not start with an ISA and its delimiters cannot be guessed', pos, what);
      return false;
    }
    this.issue('MISSING_ISA', `Data does not start with an ISA segment (found "${what}"); delimiters were guessed`, pos, what);
    this.delimiters = guessed;
    return true;
  }

  private unterminated(pos: number, len: number): void {
    let end = len;
    while (end > pos && this.text.charCodeAt(end - 1) <= 32) end--;
    const seg = this.emit(pos, end);
    this.issue('MISSING_SEGMENT_TERMINATOR', 'The last segment has no segment terminator', pos, seg.id, 'warning', seg.index);
  }

  private emit(pos: number, end: number): Segment {
    let stop = end;
    if (this.text.charCodeAt(stop - 1) === 13 && this.delimiters!.segment !== '\r') stop--;
    return this.emitElements(this.text.slice(pos, stop).split(this.delimiters!.element), pos);
  }

  private emitElements(elements: string[], pos: number): Segment {
    const id = elements[0]!;
    const seg: Segment = { id, elements, index: this.segmentCount++, byteOffset: this.offsets.at(pos) };
    if (!SEGMENT_ID.test(id)) {
      this.issue('INVALID_SEGMENT_ID', `"${id.slice(0, 20)}" is not a segment identifier`, pos, id.slice(0, 3), 'error', seg.index);
    }
    this.sink.segment(seg, this.delimiters!);
    return seg;
  }

  private issue(code: string, message: string, pos: number, segmentId: string, severity: 'error' | 'warning' = 'error', segmentIndex = this.segmentCount): void {
    this.report({ code, message, severity, segmentId, segmentIndex, byteOffset: this.offsets.at(pos) });
  }
}

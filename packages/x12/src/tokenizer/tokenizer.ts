import type { X12Error } from '../errors';
import { ByteOffsets } from './byte-offsets';
import { detectIsa, guessDelimiters } from './isa-detector';
import type { Delimiters, Segment, SegmentSink } from './segment';
import { canonicalSegmentId } from './segment-id';
import { sliceElement } from './short-strings';

/** Receives the tokenizer's findings (bad ISA, missing ISA, bad segment id...). */
export type IssueReporter = (issue: X12Error) => void;

/**
 * Splits decoded X12 text into segments. Delimiters come from each ISA; CR/LF (and other
 * whitespace) between segments and a leading UTF-8 BOM are skipped. Used block by block:
 * {@link Tokenizer.scan} consumes complete segments only, unless told the block is final.
 */
export class Tokenizer {
  /** Delimiters of the current interchange, once an ISA (or a guess) has set them. */
  delimiters: Delimiters | undefined = undefined;
  /** Number of segments emitted so far. */
  segmentCount = 0;
  private started = false;
  private text = '';
  private base = 0;
  private ascii = true;
  private offsets = new ByteOffsets('', 0, true);
  private elementCode = -1;
  private segmentCode = -1;
  /**
   * Elements of the segment being read, copied into an exact-size array once it ends (a push onto an
   * empty array reserves 17 slots: 150 bytes of garbage per segment).
   */
  private readonly scratch: string[] = [];

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
    this.base = base;
    this.ascii = ascii;
    if (!ascii) this.offsets = new ByteOffsets(text, base, ascii);
    let pos = this.skipBom(text);
    const len = text.length;
    for (;;) {
      if (this.delimiters) pos = this.segments(pos, len);
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
      const next = this.segmentAt(pos, len);
      if (next < 0) {
        if (!final) return pos;
        this.unterminated(pos, len);
        return len;
      }
      pos = next;
    }
  }

  /**
   * Reads up to 4096 consecutive segments from `pos` and returns where it stopped: after them, at the
   * end of the text, or at the start of an ISA or of an incomplete segment (which {@link Tokenizer.scan}
   * handles). The hot loop lives here, in a function called many times per file, rather than in
   * `scan`, which runs once per file: V8 compiled `scan`'s loop while its entry had no type feedback
   * yet, and the next file then started by deoptimizing the tokenizer ("insufficient type feedback").
   */
  private segments(pos: number, len: number): number {
    const text = this.text;
    for (let n = 0; n < 4096; n++) {
      while (pos < len && text.charCodeAt(pos) <= 32) pos++;
      if (pos >= len || (text.charCodeAt(pos) === 73 && text.startsWith('ISA', pos))) return pos;
      const next = this.segmentAt(pos, len);
      if (next < 0) return pos;
      pos = next;
    }
    return pos;
  }

  /**
   * Reads the segment starting at `pos` in one pass (each character is compared with the
   * terminator and the element separator once); returns the position after its terminator, or -1
   * when the text ends first. A CR just before the terminator is dropped.
   */
  private segmentAt(pos: number, len: number): number {
    const text = this.text;
    const term = this.segmentCode;
    const sep = this.elementCode;
    const scratch = this.scratch;
    let n = 0;
    let start = pos;
    for (let i = pos; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === term) {
        const stop = i > start && text.charCodeAt(i - 1) === 13 && term !== 13 ? i - 1 : i;
        scratch[n++] = sliceElement(text, start, stop);
        this.emitElements(scratch.slice(0, n), pos);
        return i + 1;
      }
      if (c === sep) {
        scratch[n++] = sliceElement(text, start, i);
        start = i + 1;
      }
    }
    return -1;
  }

  /** Splits `text[pos, end)` at the element separator. */
  private split(pos: number, end: number): string[] {
    const text = this.text;
    const sep = this.elementCode;
    const elements: string[] = [];
    let start = pos;
    for (let i = pos; i < end; i++) {
      if (text.charCodeAt(i) !== sep) continue;
      elements.push(text.slice(start, i));
      start = i + 1;
    }
    elements.push(text.slice(start, end));
    return elements;
  }

  private setDelimiters(delimiters: Delimiters | undefined): void {
    this.delimiters = delimiters;
    this.elementCode = delimiters ? delimiters.element.charCodeAt(0) : -1;
    this.segmentCode = delimiters ? delimiters.segment.charCodeAt(0) : -1;
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
      this.setDelimiters(undefined);
      const skip = this.text.indexOf('~', pos);
      return skip < 0 ? this.text.length : skip + 1;
    }
    this.setDelimiters(found.delimiters);
    if (!found.fixedWidth) {
      this.issue('ISA_NOT_FIXED_WIDTH', 'ISA is not 106 characters wide; delimiters were read by counting separators', pos, 'ISA', 'warning');
    }
    const end = pos + found.length - 1;
    this.emitElements(this.split(pos, end), pos);
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
    this.setDelimiters(guessed);
    return true;
  }

  private unterminated(pos: number, len: number): void {
    let end = len;
    while (end > pos && this.text.charCodeAt(end - 1) <= 32) end--;
    const stop = end > pos && this.text.charCodeAt(end - 1) === 13 && this.segmentCode !== 13 ? end - 1 : end;
    const seg = this.emitElements(this.split(pos, stop), pos);
    this.issue('MISSING_SEGMENT_TERMINATOR', 'The last segment has no segment terminator', pos, seg.id, 'warning', seg.index);
  }

  private emitElements(elements: string[], pos: number): Segment {
    const raw = elements[0]!;
    const canonical = canonicalSegmentId(raw);
    const id = canonical ?? raw;
    elements[0] = id;
    const seg: Segment = { id, elements, index: this.segmentCount++, byteOffset: this.byteOffset(pos) };
    if (canonical === undefined) {
      this.issue('INVALID_SEGMENT_ID', `"${id.slice(0, 20)}" is not a segment identifier`, pos, id.slice(0, 3), 'error', seg.index);
    }
    this.sink.segment(seg, this.delimiters!);
    return seg;
  }

  private issue(code: string, message: string, pos: number, segmentId: string, severity: 'error' | 'warning' = 'error', segmentIndex = this.segmentCount): void {
    this.report({ code, message, severity, segmentId, segmentIndex, byteOffset: this.byteOffset(pos) });
  }

  private byteOffset(pos: number): number {
    return this.ascii ? this.base + pos : this.offsets.at(pos);
  }
}

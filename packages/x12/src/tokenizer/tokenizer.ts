import type { X12Error } from '../errors';
import { ByteOffsets } from './byte-offsets';
import { detectIsa, guessDelimiters, GUESS_WINDOW } from './isa-detector';
import type { Delimiters, Segment, SegmentSink } from './segment';
import { canonicalSegmentId, segmentIdAt } from './segment-id';
import { SegmentView } from './segment-view';

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
  /** The bytes of `text` when it is ASCII (one byte per character), read instead of the characters. */
  private bytes: Uint8Array | undefined = undefined;
  private offsets = new ByteOffsets('', 0, true);
  private elementCode = -1;
  private segmentCode = -1;
  /** The segment being read, as positions in `text`. */
  private readonly view = new SegmentView();

  /**
   * @param views when true, every segment but the envelope ones (ISA, GS, ST, SE, GE, IEA, TA1) is
   * handed to the sink as one reused {@link SegmentView}, valid only during the call: for typed
   * readers that read the elements they need and keep none of the segments.
   */
  constructor(
    private readonly sink: SegmentSink,
    private readonly report: IssueReporter,
    private readonly views = false,
  ) {}

  /**
   * Scans `text` (whose first character is at byte `base` of the input) and returns the index of
   * the first character not consumed (the start of an incomplete segment when `final` is false).
   */
  scan(text: string, base: number, ascii: boolean, final: boolean, bytes?: Uint8Array): number {
    this.text = text;
    this.base = base;
    this.ascii = ascii;
    this.bytes = ascii && bytes !== undefined && bytes.length === text.length ? bytes : undefined;
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
      const next = this.bytes ? this.segmentInBytes(pos, len) : this.segmentAt(pos, len);
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
    const bytes = this.bytes;
    for (let n = 0; n < 4096; n++) {
      while (pos < len && text.charCodeAt(pos) <= 32) pos++;
      if (pos >= len || (text.charCodeAt(pos) === 73 && text.startsWith('ISA', pos))) return pos;
      const next = bytes ? this.segmentInBytes(pos, len) : this.segmentAt(pos, len);
      if (next < 0) return pos;
      pos = next;
    }
    return pos;
  }

  /**
   * Reads the segment starting at `pos` in one pass (each character is compared with the
   * terminator and the element separator once) into the view; returns the position after its
   * terminator, or -1 when the text ends first. A CR just before the terminator is dropped.
   */
  private segmentAt(pos: number, len: number): number {
    const text = this.text;
    const term = this.segmentCode;
    const sep = this.elementCode;
    const view = this.view;
    view.reset(text, pos);
    let starts = view.starts;
    let n = 1;
    for (let i = pos; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === term) {
        const stop = i > starts[n - 1]! && text.charCodeAt(i - 1) === 13 && term !== 13 ? i - 1 : i;
        starts[n] = stop + 1;
        view.count = n;
        this.emitView(pos);
        return i + 1;
      }
      if (c === sep) {
        if (n + 1 >= starts.length) starts = view.grow();
        starts[n++] = i + 1;
      }
    }
    return -1;
  }

  /** {@link Tokenizer.segmentAt} reading the character codes from the bytes of an ASCII block (faster than `charCodeAt`). */
  private segmentInBytes(pos: number, len: number): number {
    const bytes = this.bytes!;
    const term = this.segmentCode;
    const sep = this.elementCode;
    const view = this.view;
    view.reset(this.text, pos);
    let starts = view.starts;
    let n = 1;
    for (let i = pos; i < len; i++) {
      const c = bytes[i]!;
      if (c === term) {
        const stop = i > starts[n - 1]! && bytes[i - 1] === 13 && term !== 13 ? i - 1 : i;
        starts[n] = stop + 1;
        view.count = n;
        this.emitView(pos);
        return i + 1;
      }
      if (c === sep) {
        if (n + 1 >= starts.length) starts = view.grow();
        starts[n++] = i + 1;
      }
    }
    return -1;
  }

  /** Hands the filled view to the sink: as itself in view mode, as a stable copy otherwise or for envelope segments. */
  private emitView(pos: number): void {
    const view = this.view;
    const canonical = segmentIdAt(this.text, pos, view.endOf(0));
    view.id = canonical ?? this.text.slice(pos, view.endOf(0));
    view.index = this.segmentCount++;
    view.byteOffset = this.byteOffset(pos);
    if (canonical === undefined) {
      this.issue('INVALID_SEGMENT_ID', `"${view.id.slice(0, 20)}" is not a segment identifier`, pos, view.id.slice(0, 3), 'error', view.index);
    }
    this.sink.segment(this.views && !isEnvelopeId(canonical) ? view : view.snapshot(), this.delimiters!);
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
      const skip = this.text.indexOf('~', pos);
      if (skip < 0 && !final) return -1;
      this.issue('INVALID_ISA', found.message, pos, 'ISA');
      this.setDelimiters(undefined);
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

  /** Guesses the delimiters at `pos`; false when they cannot be guessed, or not yet (a block with less than the window left). */
  private guess(pos: number, final: boolean): boolean {
    if (!final && this.text.length - pos < GUESS_WINDOW) return false;
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

/** Envelope segments, which envelope trackers keep to position later findings. */
function isEnvelopeId(id: string | undefined): boolean {
  return id === 'ISA' || id === 'GS' || id === 'ST' || id === 'SE' || id === 'GE' || id === 'IEA' || id === 'TA1';
}

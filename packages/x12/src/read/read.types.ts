import type { InterchangeHeader, TransactionContext } from '../envelope';
import type { X12Error, X12Severity } from '../errors';
import type { Delimiters, Segment } from '../tokenizer';

/** Options shared by every reader. */
export interface ReadOptions {
  /** `lenient` (default) returns errors beside whatever parsed; `strict` throws an `X12ParseError` when there is any error. */
  mode?: 'lenient' | 'strict';
  /** ISA13 values already seen (e.g. in earlier files); duplicates are reported. */
  seenInterchangeControlNumbers?: Set<string>;
}

/** Options of the streaming readers. */
export interface StreamReadOptions<T> extends ReadOptions {
  /** Called with each transaction set as soon as its SE is read. */
  onTransaction?: (transaction: T) => void;
  /** Keep transactions in the result (default true). Set false with `onTransaction` for bounded memory. */
  retain?: boolean;
  /** Largest segment accepted in bytes (default 1 MiB). */
  maxSegmentBytes?: number;
}

/** What a reader returns: typed transaction sets plus every positioned finding. */
export interface ReadResult<T> {
  transactions: T[];
  /** Errors and warnings, in the order found. */
  errors: X12Error[];
  interchanges: InterchangeHeader[];
  segmentCount: number;
}

/** What a typed reader may use while reading one transaction set. */
export interface ReaderContext {
  readonly transaction: TransactionContext;
  readonly delimiters: Delimiters;
  /** Reports a finding positioned on `seg` (and element `elementIndex`, 1-based). */
  issue(code: string, message: string, seg: Segment, elementIndex?: number, severity?: X12Severity, componentIndex?: number): void;
}

/** Reads the segments of one transaction set (between ST and SE) into a typed object. */
export interface TransactionReader<T> {
  segment(seg: Segment): void;
  /** Called at SE (or at the end of input when SE is missing); returns the typed transaction. */
  finish(): T;
}

/** Makes a reader for one transaction set. */
export type ReaderFactory<T> = (context: ReaderContext) => TransactionReader<T>;

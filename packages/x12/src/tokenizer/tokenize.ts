import type { Readable } from 'node:stream';
import type { IssueReporter } from './tokenizer';
import { Tokenizer } from './tokenizer';
import type { SegmentSink } from './segment';
import { scanInput, scanReadable } from './scan-input';

/** Options for {@link tokenizeStream}. */
export interface StreamTokenizeOptions {
  /** Largest segment accepted, in bytes, before reading stops with `SEGMENT_TOO_LONG` (bounds memory). Default 1 MiB. */
  maxSegmentBytes?: number;
}

/**
 * Tokenizes an X12 file held in memory (the fast path). Segments go to `sink` in order; findings
 * to `report`. Returns the number of segments read.
 */
export function tokenize(input: Buffer | string, sink: SegmentSink, report: IssueReporter): number {
  return scanInput(new Tokenizer(sink, report), input, report);
}

/**
 * Tokenizes a Node `Readable` of bytes with bounded memory: only the incomplete tail segment of
 * each chunk is carried over. Resolves with the number of segments read.
 */
export function tokenizeStream(stream: Readable, sink: SegmentSink, report: IssueReporter, options: StreamTokenizeOptions = {}): Promise<number> {
  return scanReadable(new Tokenizer(sink, report), stream, report, options);
}

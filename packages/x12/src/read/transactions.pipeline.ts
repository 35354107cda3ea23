import type { Readable } from 'node:stream';
import { EnvelopeTracker } from '../envelope';
import type { X12Error } from '../errors';
import { X12ParseError } from '../errors';
import { scanInput, scanReadable } from '../tokenizer/scan-input';
import { Tokenizer } from '../tokenizer/tokenizer';
import type { ReaderFactory, ReadOptions, ReadResult, StreamReadOptions } from './read.types';
import { TransactionDispatcher } from './transaction-dispatcher';

/*
 * The reading pipeline (tokenizer, envelope tracker, dispatcher, typed reader) behind the public
 * readers. `segmentViews` hands the typed reader one reused SegmentView per segment instead of a
 * Segment with an array of element strings: only for readers that keep no segment.
 */

function finishResult<T>(result: ReadResult<T>, options: ReadOptions): ReadResult<T> {
  if (options.mode === 'strict' && result.errors.some((e) => e.severity === 'error')) throw new X12ParseError(result.errors);
  return result;
}

/** Reads every transaction set of the given kinds from an in-memory file with a typed reader. */
export function readTransactionsWith<T>(
  input: Buffer | string,
  setIds: readonly string[],
  factory: ReaderFactory<T>,
  options: ReadOptions,
  segmentViews: boolean,
): ReadResult<T> {
  const errors: X12Error[] = [];
  const transactions: T[] = [];
  const report = (e: X12Error) => errors.push(e);
  const dispatcher = new TransactionDispatcher(setIds, factory, (t: T) => transactions.push(t), report);
  const tracker = new EnvelopeTracker(dispatcher, report, options);
  const segmentCount = scanInput(new Tokenizer(tracker, report, segmentViews), input, report);
  tracker.finish();
  return finishResult({ transactions, errors, interchanges: dispatcher.interchanges, segmentCount }, options);
}

/** Streaming version of {@link readTransactionsWith} over a Node `Readable`. */
export async function readTransactionsStreamWith<T>(
  stream: Readable,
  setIds: readonly string[],
  factory: ReaderFactory<T>,
  options: StreamReadOptions<T>,
  segmentViews: boolean,
): Promise<ReadResult<T>> {
  const errors: X12Error[] = [];
  const transactions: T[] = [];
  const report = (e: X12Error) => errors.push(e);
  const emit = (t: T) => {
    options.onTransaction?.(t);
    if (options.retain !== false) transactions.push(t);
  };
  const dispatcher = new TransactionDispatcher(setIds, factory, emit, report);
  const tracker = new EnvelopeTracker(dispatcher, report, options);
  const segmentCount = await scanReadable(new Tokenizer(tracker, report, segmentViews), stream, report, options);
  tracker.finish();
  return finishResult({ transactions, errors, interchanges: dispatcher.interchanges, segmentCount }, options);
}

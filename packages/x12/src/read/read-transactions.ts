import type { Readable } from 'node:stream';
import { EnvelopeTracker } from '../envelope';
import type { X12Error } from '../errors';
import { X12ParseError } from '../errors';
import { tokenize, tokenizeStream } from '../tokenizer';
import type { ReaderFactory, ReadOptions, ReadResult, StreamReadOptions } from './read.types';
import { TransactionDispatcher } from './transaction-dispatcher';

function finishResult<T>(result: ReadResult<T>, options: ReadOptions): ReadResult<T> {
  if (options.mode === 'strict' && result.errors.some((e) => e.severity === 'error')) throw new X12ParseError(result.errors);
  return result;
}

/**
 * Reads every transaction set of the given kinds from an in-memory file with a typed reader.
 * Never throws on malformed input in lenient mode: findings are in `errors`.
 */
export function readTransactions<T>(
  input: Buffer | string,
  setIds: readonly string[],
  factory: ReaderFactory<T>,
  options: ReadOptions = {},
): ReadResult<T> {
  const errors: X12Error[] = [];
  const transactions: T[] = [];
  const report = (e: X12Error) => errors.push(e);
  const dispatcher = new TransactionDispatcher(setIds, factory, (t: T) => transactions.push(t), report);
  const tracker = new EnvelopeTracker(dispatcher, report, options);
  const segmentCount = tokenize(input, tracker, report);
  tracker.finish();
  return finishResult({ transactions, errors, interchanges: dispatcher.interchanges, segmentCount }, options);
}

/** Streaming version of {@link readTransactions} over a Node `Readable` (bounded memory with `retain: false`). */
export async function readTransactionsStream<T>(
  stream: Readable,
  setIds: readonly string[],
  factory: ReaderFactory<T>,
  options: StreamReadOptions<T> = {},
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
  const segmentCount = await tokenizeStream(stream, tracker, report, options);
  tracker.finish();
  return finishResult({ transactions, errors, interchanges: dispatcher.interchanges, segmentCount }, options);
}

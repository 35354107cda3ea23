import type { Readable } from 'node:stream';
import type { ReaderFactory, ReadOptions, ReadResult, StreamReadOptions } from './read.types';
import { readTransactionsStreamWith, readTransactionsWith } from './transactions.pipeline';

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
  return readTransactionsWith(input, setIds, factory, options, false);
}

/** Streaming version of {@link readTransactions} over a Node `Readable` (bounded memory with `retain: false`). */
export function readTransactionsStream<T>(
  stream: Readable,
  setIds: readonly string[],
  factory: ReaderFactory<T>,
  options: StreamReadOptions<T> = {},
): Promise<ReadResult<T>> {
  return readTransactionsStreamWith(stream, setIds, factory, options, false);
}

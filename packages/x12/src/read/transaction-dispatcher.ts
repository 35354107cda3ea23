import type { EnvelopeHandler, InterchangeHeader, TransactionContext } from '../envelope';
import type { X12Error, X12Severity } from '../errors';
import type { Delimiters, Segment } from '../tokenizer';
import type { ReaderContext, ReaderFactory, TransactionReader } from './read.types';

/**
 * An envelope handler that runs a typed reader over every transaction set whose ST01 is one of
 * `setIds`, and hands each finished transaction to `emit`.
 */
export class TransactionDispatcher<T> implements EnvelopeHandler {
  readonly interchanges: InterchangeHeader[] = [];
  /** Set in the constructor like every field, so that the dispatcher keeps one hidden class. */
  private reader: TransactionReader<T> | undefined = undefined;

  constructor(
    private readonly setIds: readonly string[],
    private readonly factory: ReaderFactory<T>,
    private readonly emit: (transaction: T) => void,
    private readonly report: (issue: X12Error) => void,
  ) {}

  beginInterchange(header: InterchangeHeader): void {
    this.interchanges.push(header);
  }

  beginTransaction(ctx: TransactionContext, st: Segment, delimiters: Delimiters): void {
    if (!this.setIds.includes(ctx.setId)) {
      this.report({
        code: 'UNEXPECTED_TRANSACTION_SET', severity: 'warning', segmentId: 'ST', segmentIndex: st.index, byteOffset: st.byteOffset,
        elementIndex: 1, transaction: ctx.controlNumber, message: `Transaction set ${ctx.setId} skipped: this reader reads ${this.setIds.join('/')}`,
      });
      this.reader = undefined;
      return;
    }
    this.reader = this.factory(this.contextFor(ctx, delimiters));
  }

  transactionSegment(seg: Segment): void {
    this.reader?.segment(seg);
  }

  endTransaction(): void {
    if (!this.reader) return;
    const reader = this.reader;
    this.reader = undefined;
    this.emit(reader.finish());
  }

  private contextFor(transaction: TransactionContext, delimiters: Delimiters): ReaderContext {
    const report = this.report;
    return {
      transaction,
      delimiters,
      issue(code: string, message: string, seg: Segment, elementIndex?: number, severity: X12Severity = 'error', componentIndex?: number) {
        const e: X12Error = { code, message, severity, segmentId: seg.id, segmentIndex: seg.index, byteOffset: seg.byteOffset, transaction: transaction.controlNumber };
        if (elementIndex !== undefined) e.elementIndex = elementIndex;
        if (componentIndex !== undefined) e.componentIndex = componentIndex;
        report(e);
      },
    };
  }
}

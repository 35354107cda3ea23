import type { EnvelopeHandler, GroupHeader, InterchangeHeader, TransactionContext } from '../envelope';
import type { Delimiters, Segment } from '../tokenizer';
import type { RawGroup, RawInterchange, RawTransaction, X12Document } from './x12-document.types';

/** Builds an {@link X12Document} from envelope events. */
export class DocumentCollector implements EnvelopeHandler {
  readonly interchanges: RawInterchange[] = [];
  readonly looseTransactions: RawTransaction[] = [];
  private interchange: RawInterchange | undefined;
  private group: RawGroup | undefined;
  private transaction: RawTransaction | undefined;
  private delimiters: Delimiters | undefined;

  beginInterchange(header: InterchangeHeader): void {
    this.interchange = { header, delimiters: this.delimiters!, groups: [], ta1: [] };
    this.interchanges.push(this.interchange);
  }

  beginGroup(header: GroupHeader): void {
    this.group = { header, transactions: [] };
    this.interchange?.groups.push(this.group);
  }

  beginTransaction(ctx: TransactionContext, st: Segment, delimiters: Delimiters): void {
    this.delimiters = delimiters;
    if (this.interchange) this.interchange.delimiters = delimiters;
    this.transaction = { setId: ctx.setId, controlNumber: ctx.controlNumber, implementationRef: ctx.implementationRef, segments: [st] };
    if (this.group) this.group.transactions.push(this.transaction);
    else this.looseTransactions.push(this.transaction);
  }

  transactionSegment(seg: Segment): void {
    this.transaction?.segments.push(seg);
  }

  endTransaction(_ctx: TransactionContext, se: Segment | undefined): void {
    if (se) this.transaction?.segments.push(se);
    this.transaction = undefined;
  }

  interchangeSegment(seg: Segment, _header: InterchangeHeader | undefined, delimiters: Delimiters): void {
    this.delimiters = delimiters;
    this.interchange?.ta1.push(seg);
  }

  endGroup(): void {
    this.group = undefined;
  }

  endInterchange(): void {
    this.interchange = undefined;
  }

  /** Remembers the delimiters of the ISA being read (called by the parser before envelope events). */
  noteDelimiters(delimiters: Delimiters): void {
    this.delimiters = delimiters;
  }

  /** The collected document (errors are added by the caller). */
  document(): Omit<X12Document, 'errors' | 'segmentCount'> {
    return { interchanges: this.interchanges, looseTransactions: this.looseTransactions };
  }
}

import type { X12Error, X12Severity } from '../errors';
import type { Delimiters, Segment, SegmentSink } from '../tokenizer/segment';
import { elementAt } from '../tokenizer/segment';
import { parseDate6, parseDate8, parseTime } from '../values/dates';
import { readGroupHeader, readInterchangeHeader } from './envelope-headers';
import type { EnvelopeHandler, GroupHeader, InterchangeHeader, TransactionContext } from './envelope.types';
import { FUNCTIONAL_ID_BY_SET } from './envelope.types';

/** Options of an {@link EnvelopeTracker}. */
export interface EnvelopeTrackerOptions {
  /**
   * Interchange control numbers (ISA13) already seen, e.g. in earlier files from the same sender.
   * The tracker adds the ones it reads and reports duplicates.
   */
  seenInterchangeControlNumbers?: Set<string>;
}

interface OpenInterchange { header: InterchangeHeader; groups: number; isa: Segment }
interface OpenGroup { header: GroupHeader; transactions: number; gs: Segment }
interface OpenTransaction { ctx: TransactionContext; segments: number; st: Segment }

/**
 * Checks the ISA/GS/ST envelopes as segments stream past and hands the structure to a handler:
 * ISA13 = IEA02, GS06 = GE02, ST02 = SE02, the SE01/GE01/IEA01 counts, duplicate ISA13, GS01 vs ST01,
 * GS08 vs ST03, and envelope dates and times.
 */
export class EnvelopeTracker implements SegmentSink {
  /** Set in the constructor like every field (one hidden class, so `segment`'s reads stay monomorphic). */
  private interchange: OpenInterchange | undefined = undefined;
  private group: OpenGroup | undefined = undefined;
  private transaction: OpenTransaction | undefined = undefined;
  private readonly seen: Set<string>;
  private sawEnvelope = false;

  constructor(
    private readonly handler: EnvelopeHandler,
    private readonly report: (issue: X12Error) => void,
    options: EnvelopeTrackerOptions = {},
  ) {
    this.seen = options.seenInterchangeControlNumbers ?? new Set();
  }

  /** Reports a finding about `seg`, stamped with the open transaction's control number. */
  issue(code: string, message: string, seg: Segment | undefined, elementIndex?: number, severity: X12Severity = 'error'): void {
    const e: X12Error = { code, message, severity };
    if (seg) Object.assign(e, { segmentId: seg.id, segmentIndex: seg.index, byteOffset: seg.byteOffset });
    if (elementIndex !== undefined) e.elementIndex = elementIndex;
    if (this.transaction) e.transaction = this.transaction.ctx.controlNumber;
    this.report(e);
  }

  segment(seg: Segment, delimiters: Delimiters): void {
    if (this.transaction) {
      this.transaction.segments++;
      if (seg.id === 'SE') return this.closeTransaction(seg);
      if (!isEnvelopeId(seg.id)) return this.handler.transactionSegment?.(seg, this.transaction.ctx, delimiters);
      this.issue('MISSING_SE', `Transaction ${this.transaction.ctx.controlNumber} has no SE before ${seg.id}`, seg);
      this.endTransaction(undefined);
    }
    this.envelopeSegment(seg, delimiters);
  }

  private envelopeSegment(seg: Segment, delimiters: Delimiters): void {
    switch (seg.id) {
      case 'ISA': return this.openInterchange(seg, delimiters);
      case 'GS': return this.openGroup(seg);
      case 'ST': return this.openTransaction(seg, delimiters);
      case 'GE': return this.closeGroup(seg);
      case 'IEA': return this.closeInterchange(seg);
      case 'TA1': return this.handler.interchangeSegment?.(seg, this.interchange?.header, delimiters);
      case 'SE': return this.issue('UNEXPECTED_SE', 'SE without a matching ST', seg);
      default: return this.issue('SEGMENT_OUTSIDE_TRANSACTION', `${seg.id} is outside any ST..SE transaction set`, seg);
    }
  }

  /** Closes whatever is still open at the end of the input and reports what is missing. */
  finish(): void {
    if (this.transaction) {
      this.issue('MISSING_SE', `Transaction ${this.transaction.ctx.controlNumber} has no SE`, this.transaction.st);
      this.endTransaction(undefined);
    }
    if (this.group) {
      this.issue('MISSING_GE', `Group ${this.group.header.controlNumber} has no GE`, this.group.gs);
      this.endGroup(undefined);
    }
    if (this.interchange) {
      this.issue('MISSING_IEA', `Interchange ${this.interchange.header.controlNumber} has no IEA`, this.interchange.isa);
      this.endInterchange(undefined);
    }
  }

  private openInterchange(isa: Segment, d: Delimiters): void {
    this.sawEnvelope = true;
    if (this.interchange) {
      this.issue('MISSING_IEA', `Interchange ${this.interchange.header.controlNumber} has no IEA before the next ISA`, isa);
      this.finish();
    }
    const header = readInterchangeHeader(isa, d.repetition, d.component);
    this.checkIsa(isa, header);
    this.interchange = { header, groups: 0, isa };
    this.handler.beginInterchange?.(header, isa);
  }

  private checkIsa(isa: Segment, header: InterchangeHeader): void {
    if (isa.elements.length !== 17) this.issue('ISA_ELEMENT_COUNT', `ISA has ${isa.elements.length - 1} elements, expected 16`, isa);
    if (!/^\d{9}$/.test(header.controlNumber)) this.issue('INVALID_CONTROL_NUMBER', 'ISA13 must be 9 digits', isa, 13);
    if (this.seen.has(header.controlNumber)) {
      this.issue('DUPLICATE_INTERCHANGE_CONTROL_NUMBER', `Interchange control number ${header.controlNumber} was already used`, isa, 13);
    }
    this.seen.add(header.controlNumber);
    if (!parseDate6(elementAt(isa, 9).trim())) this.issue('INVALID_DATE', 'ISA09 is not a valid YYMMDD date', isa, 9);
    if (!parseTime(elementAt(isa, 10).trim())) this.issue('INVALID_TIME', 'ISA10 is not a valid HHMM time', isa, 10);
    if (!['P', 'T', 'I'].includes(header.usage)) this.issue('INVALID_CODE', 'ISA15 must be P, T or I', isa, 15);
  }

  private closeInterchange(iea: Segment): void {
    if (!this.interchange) return this.issue('UNEXPECTED_IEA', 'IEA without a matching ISA', iea);
    if (this.group) {
      this.issue('MISSING_GE', `Group ${this.group.header.controlNumber} has no GE before IEA`, iea);
      this.endGroup(undefined);
    }
    const { header, groups } = this.interchange;
    if (elementAt(iea, 2) !== header.controlNumber) {
      this.issue('IEA02_MISMATCH', `IEA02 ${elementAt(iea, 2)} does not match ISA13 ${header.controlNumber}`, iea, 2);
    }
    if (elementAt(iea, 1) !== String(groups)) {
      this.issue('IEA01_COUNT_MISMATCH', `IEA01 says ${elementAt(iea, 1)} functional groups, the interchange has ${groups}`, iea, 1);
    }
    this.endInterchange(iea);
  }

  private endInterchange(iea: Segment | undefined): void {
    const open = this.interchange!;
    this.interchange = undefined;
    this.handler.endInterchange?.(open.header, iea);
  }

  private openGroup(gs: Segment): void {
    if (this.group) {
      this.issue('MISSING_GE', `Group ${this.group.header.controlNumber} has no GE before the next GS`, gs);
      this.endGroup(undefined);
    }
    if (!this.interchange) this.issue('GS_OUTSIDE_INTERCHANGE', 'GS is not inside an ISA..IEA interchange', gs);
    else this.interchange.groups++;
    const header = readGroupHeader(gs);
    if (!parseDate8(elementAt(gs, 4))) this.issue('INVALID_DATE', 'GS04 is not a valid CCYYMMDD date', gs, 4);
    if (!parseTime(elementAt(gs, 5))) this.issue('INVALID_TIME', 'GS05 is not a valid HHMM[SS[D..]] time', gs, 5);
    if (!/^\d{1,9}$/.test(header.controlNumber)) this.issue('INVALID_CONTROL_NUMBER', 'GS06 must be 1 to 9 digits', gs, 6);
    this.group = { header, transactions: 0, gs };
    this.handler.beginGroup?.(header, gs);
  }

  private closeGroup(ge: Segment): void {
    if (!this.group) return this.issue('UNEXPECTED_GE', 'GE without a matching GS', ge);
    const { header, transactions } = this.group;
    if (elementAt(ge, 2) !== header.controlNumber) {
      this.issue('GE02_MISMATCH', `GE02 ${elementAt(ge, 2)} does not match GS06 ${header.controlNumber}`, ge, 2);
    }
    if (elementAt(ge, 1) !== String(transactions)) {
      this.issue('GE01_COUNT_MISMATCH', `GE01 says ${elementAt(ge, 1)} transaction sets, the group has ${transactions}`, ge, 1);
    }
    this.endGroup(ge);
  }

  private endGroup(ge: Segment | undefined): void {
    const open = this.group!;
    this.group = undefined;
    this.handler.endGroup?.(open.header, ge);
  }

  private openTransaction(st: Segment, d: Delimiters): void {
    if (this.group) this.group.transactions++;
    else if (this.sawEnvelope) this.issue('ST_OUTSIDE_GROUP', 'ST is not inside a GS..GE functional group', st);
    const ctx: TransactionContext = {
      interchange: this.interchange?.header, group: this.group?.header, setId: elementAt(st, 1),
      controlNumber: elementAt(st, 2), implementationRef: st.elements[3] || undefined, startIndex: st.index,
    };
    this.transaction = { ctx, segments: 1, st };
    this.checkSt(st, ctx);
    this.handler.beginTransaction?.(ctx, st, d);
  }

  private checkSt(st: Segment, ctx: TransactionContext): void {
    if (!/^\w{4,9}$/.test(ctx.controlNumber)) this.issue('INVALID_CONTROL_NUMBER', 'ST02 must be 4 to 9 characters', st, 2);
    const expected = FUNCTIONAL_ID_BY_SET[ctx.setId];
    if (ctx.group && expected && ctx.group.functionalId !== expected) {
      this.issue('GS01_MISMATCH', `GS01 is ${ctx.group.functionalId} but a ${ctx.setId} belongs in a ${expected} group`, st, 1);
    }
    if (ctx.group && ctx.implementationRef && ctx.implementationRef !== ctx.group.version) {
      this.issue('ST03_GS08_MISMATCH', `ST03 ${ctx.implementationRef} differs from GS08 ${ctx.group.version}`, st, 3);
    }
  }

  private closeTransaction(se: Segment): void {
    const { ctx, segments } = this.transaction!;
    if (elementAt(se, 2) !== ctx.controlNumber) {
      this.issue('SE02_MISMATCH', `SE02 ${elementAt(se, 2)} does not match ST02 ${ctx.controlNumber}`, se, 2);
    }
    if (elementAt(se, 1) !== String(segments)) {
      this.issue('SE01_COUNT_MISMATCH', `SE01 says ${elementAt(se, 1)} segments, the transaction set has ${segments}`, se, 1);
    }
    this.endTransaction(se);
  }

  private endTransaction(se: Segment | undefined): void {
    const open = this.transaction!;
    this.transaction = undefined;
    this.handler.endTransaction?.(open.ctx, se);
  }
}

function isEnvelopeId(id: string): boolean {
  return id === 'ISA' || id === 'IEA' || id === 'GS' || id === 'GE' || id === 'ST';
}

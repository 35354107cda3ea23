import type { Readable } from 'node:stream';
import type { Address, Adjustment, EntityName } from '../common/common.types';
import { applyN4, readN3, readPer } from '../common/common.readers';
import { addAdjustmentsAt, dateValueAt, nameAt, referenceAt } from '../common/common.view-readers';
import type { ReaderContext, ReadOptions, ReadResult, StreamReadOptions, TransactionReader } from '../read/read.types';
import { appended, emptyList } from '../read/append';
import { ListBuilder } from '../read/list-builder';
import { readTransactionsStreamWith, readTransactionsWith } from '../read/transactions.pipeline';
import { date8At, decimalAt, requiredAt, requiredCentsAt } from '../read/view-fields';
import { NewAmountValue, NewQualifiedCode, NewQuantityValue } from '../read/records';
import type { Segment } from '../tokenizer/segment';
import { SegmentView } from '../tokenizer/segment-view';
import { claimAt, lineAt, readBpr, readMia, readMoa, readPlb, readTrn, readTs2, readTs3 } from './x12-835.segments';
import type { Claim835, HeaderGroup835, Party835, Remittance835, ServiceLine835 } from './x12-835.types';

/** Options of {@link Remittance835Reader}: a claim callback lets huge 835s stream without keeping claims. */
export interface Remittance835ReaderOptions {
  /** Called with each claim (2100 loop) once complete. */
  onClaim?: (claim: Claim835) => void;
  /** Keep claims in `Remittance835.claims` (default true). */
  retainClaims?: boolean;
}

/**
 * Reads the segments of one 835 transaction set into a {@link Remittance835}. It keeps no segment, so
 * `read835` hands it one reused {@link SegmentView} per segment; a {@link Segment} given as an array is
 * read through a view of its elements.
 */
export class Remittance835Reader implements TransactionReader<Remittance835> {
  private readonly r: Remittance835;
  /*
   * Every field is set in the constructor, `undefined` included: a field first assigned later (when the
   * first N1, LX or CLP is read) gives each reader a chain of hidden classes, and the dispatcher's call
   * to `segment`, which sees a reader at every step of that chain, became megamorphic (not inlined, and
   * looked up for every segment), as did the reader's own reads of `this.claim` and `this.line`.
   */
  private party: Party835 | undefined = undefined;
  private group: HeaderGroup835 | undefined = undefined;
  private claim: Claim835 | undefined = undefined;
  private line: ServiceLine835 | undefined = undefined;
  private address: Address | undefined = undefined;
  private payerSegment: Segment | undefined = undefined;
  private arrayView: SegmentView | undefined = undefined;
  /** The open claim's and line's lists, put into them when they are complete. */
  private readonly claimAdjustments = new ListBuilder<Adjustment>();
  private readonly claimNames = new ListBuilder<EntityName>();
  private readonly claimLines = new ListBuilder<ServiceLine835>();
  private readonly lineAdjustments = new ListBuilder<Adjustment>();

  constructor(private readonly rc: ReaderContext, private readonly options: Remittance835ReaderOptions = {}) {
    this.r = {
      controlNumber: rc.transaction.controlNumber, payment: { handlingCode: '', amountCents: 0, creditDebit: '', method: '' },
      references: [], dates: [], headerGroups: [], claims: [], providerAdjustments: [],
    };
  }

  segment(seg: Segment): void {
    const v = seg instanceof SegmentView ? seg : (this.arrayView ??= new SegmentView()).load(seg, this.rc.delimiters.element);
    // Most frequent first: a switch on strings compares the cases in order.
    switch (v.id) {
      case 'CAS': return this.cas(v);
      case 'SVC': return this.startLine(v);
      case 'DTM': return this.dtm(v);
      case 'REF': return this.ref(v);
      case 'CLP': return this.startClaim(v);
      case 'NM1': return this.nm1(v);
      case 'AMT': return this.amt(v);
      case 'LQ': return this.lq(v);
      case 'QTY': return this.qty(v);
      default: return this.other(v);
    }
  }

  /** Segments that occur once per transaction or header group, read from their element array. */
  private other(seg: SegmentView): void {
    switch (seg.id) {
      case 'BPR': this.r.payment = readBpr(this.rc, seg); return;
      case 'TRN': this.r.trace = readTrn(this.rc, seg); return;
      case 'N1': return this.startParty(seg);
      case 'N3': this.address = readN3(seg); if (this.party) this.party.address = this.address; return;
      case 'N4': if (this.address) applyN4(this.address, seg); return;
      case 'PER': return this.per(seg);
      case 'LX': return this.startGroup(seg);
      case 'TS3': if (this.group) readTs3(this.rc, seg, this.group); return;
      case 'TS2': if (this.group) readTs2(seg, this.group); return;
      case 'MIA': if (this.claim) this.claim.inpatient = readMia(this.rc, seg); return;
      case 'MOA': if (this.claim) this.claim.outpatient = readMoa(this.rc, seg); return;
      case 'PLB': this.closeClaim(); this.r.providerAdjustments = appended(this.r.providerAdjustments, readPlb(this.rc, seg)); return;
      case 'CUR': case 'RDM': return;
      default: this.rc.issue('UNEXPECTED_SEGMENT', `${seg.id} is not part of an 835`, seg, undefined, 'warning');
    }
  }

  finish(): Remittance835 {
    this.closeClaim();
    this.checkPayerContact();
    return this.r;
  }

  /** 1000A requires a PER*BL payer technical contact. */
  private checkPayerContact(): void {
    if (!this.payerSegment || this.r.payer?.contacts.some((c) => c.function === 'BL')) return;
    this.rc.issue('MISSING_SEGMENT', 'PER*BL (payer technical contact) is required in the payer loop (1000A)', this.payerSegment);
  }

  private startParty(v: SegmentView): void {
    const party: Party835 = { entity: requiredAt(this.rc, v, 1), name: v.at(2), references: emptyList(), contacts: emptyList() };
    if (v.has(3)) party.idQualifier = v.at(3);
    if (v.has(4)) party.id = v.at(4);
    this.address = undefined;
    this.party = party;
    if (party.entity === 'PR') {
      this.r.payer = party;
      this.payerSegment = v.snapshot();
    }
    else if (party.entity === 'PE') this.r.payee = party;
  }

  private startGroup(v: SegmentView): void {
    this.closeClaim();
    this.party = undefined;
    this.group = { number: v.at(1) };
    this.r.headerGroups = appended(this.r.headerGroups, this.group);
  }

  private startClaim(v: SegmentView): void {
    this.closeClaim();
    this.party = undefined;
    this.claim = claimAt(this.rc, v, this.group?.number);
  }

  private closeLine(): void {
    if (!this.line) return;
    this.line.adjustments = this.lineAdjustments.take();
    this.line = undefined;
  }

  private closeClaim(): void {
    if (!this.claim) return;
    this.closeLine();
    const claim = this.claim;
    this.claim = undefined;
    claim.adjustments = this.claimAdjustments.take();
    claim.names = this.claimNames.take();
    claim.lines = this.claimLines.take();
    this.options.onClaim?.(claim);
    if (this.options.retainClaims !== false) this.r.claims.push(claim);
  }

  private startLine(v: SegmentView): void {
    if (!this.claim) return this.rc.issue('SEGMENT_OUT_OF_PLACE', 'SVC outside a CLP claim loop', v);
    this.closeLine();
    this.line = lineAt(this.rc, v);
    this.claimLines.add(this.line);
  }

  private cas(v: SegmentView): void {
    if (this.line) addAdjustmentsAt(this.rc, v, this.lineAdjustments);
    else if (this.claim) addAdjustmentsAt(this.rc, v, this.claimAdjustments);
    else this.rc.issue('SEGMENT_OUT_OF_PLACE', 'CAS outside a claim or service line', v);
  }

  private nm1(v: SegmentView): void {
    if (this.claim) this.claimNames.add(nameAt(v));
    else this.rc.issue('SEGMENT_OUT_OF_PLACE', 'NM1 outside a CLP claim loop', v);
  }

  private lq(v: SegmentView): void {
    if (this.line) this.line.remarks = appended(this.line.remarks, new NewQualifiedCode(v.at(1), v.at(2)));
    else this.rc.issue('SEGMENT_OUT_OF_PLACE', 'LQ outside a service line', v);
  }

  private ref(v: SegmentView): void {
    const line = this.line;
    if (line !== undefined && line.lineItemControlNumber === undefined && v.is(1, '6R') && !v.has(3)) {
      line.lineItemControlNumber = v.at(2);
      return;
    }
    const ref = referenceAt(v);
    if (line) line.references = appended(line.references, ref);
    else if (this.claim) this.claim.references = appended(this.claim.references, ref);
    else if (this.party) this.party.references = appended(this.party.references, ref);
    else this.r.references = appended(this.r.references, ref);
  }

  private amt(v: SegmentView): void {
    const qualifier = v.at(1);
    const cents = requiredCentsAt(this.rc, v, 2);
    const line = this.line;
    if (line) {
      if (qualifier === 'B6' && line.allowedCents === undefined) line.allowedCents = cents;
      else line.amounts = appended(line.amounts, new NewAmountValue(qualifier, cents));
    } else if (this.claim) this.claim.amounts = appended(this.claim.amounts, new NewAmountValue(qualifier, cents));
  }

  private qty(v: SegmentView): void {
    const q = new NewQuantityValue(v.at(1), decimalAt(this.rc, v, 2) ?? 0);
    const owner = this.line ?? this.claim;
    if (owner) owner.quantities = appended(owner.quantities, q);
  }

  private dtm(v: SegmentView): void {
    const line = this.line;
    if (line !== undefined && this.lineDate(line, v)) return;
    const date = dateValueAt(this.rc, v);
    if (line !== undefined) line.dates = appended(line.dates, date);
    else {
      const owner = this.claim ?? this.r;
      owner.dates = appended(owner.dates, date);
    }
  }

  /** Puts a DTM*472/150/151 without a time into its field of the line; false for any other or a repeated one. */
  private lineDate(line: ServiceLine835, v: SegmentView): boolean {
    if (v.has(3)) return false;
    switch (v.at(1)) {
      case '472': if (line.serviceDate !== undefined) return false; line.serviceDate = this.dateAt(v); return true;
      case '150': if (line.serviceStartDate !== undefined) return false; line.serviceStartDate = this.dateAt(v); return true;
      case '151': if (line.serviceEndDate !== undefined) return false; line.serviceEndDate = this.dateAt(v); return true;
      default: return false;
    }
  }

  /** DTM02 as an ISO date (as written when it is not a valid date, which is reported). */
  private dateAt(v: SegmentView): string {
    return date8At(this.rc, v, 2) ?? v.at(2);
  }

  private per(v: SegmentView): void {
    const owner = this.claim ?? this.party;
    if (owner) owner.contacts = appended(owner.contacts, readPer(v));
  }
}

/** Options of {@link read835}. */
export interface Read835Options extends ReadOptions, Remittance835ReaderOptions {}

/**
 * Reads every 835 in an in-memory file. Money is integer cents, dates ISO. With `onClaim` and
 * `retainClaims: false` each claim is handed over and dropped (less memory for large files).
 */
export function read835(input: Buffer | string, options: Read835Options = {}): ReadResult<Remittance835> {
  return readTransactionsWith(input, ['835'], (rc) => new Remittance835Reader(rc, options), options, true);
}

/** Options of {@link read835Stream}. */
export interface Read835StreamOptions extends StreamReadOptions<Remittance835>, Remittance835ReaderOptions {}

/**
 * Reads 835s from a stream. With `onClaim` and `retainClaims: false` memory stays bounded however
 * large the file: each claim is handed over and dropped.
 */
export function read835Stream(stream: Readable, options: Read835StreamOptions = {}): Promise<ReadResult<Remittance835>> {
  return readTransactionsStreamWith(stream, ['835'], (rc) => new Remittance835Reader(rc, options), options, true);
}

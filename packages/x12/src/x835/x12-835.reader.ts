import type { Readable } from 'node:stream';
import type { Address } from '../common/common.types';
import { applyN4, readCas, readDtm, readN3, readNm1, readPer, readRef } from '../common/common.readers';
import type { ReaderContext, ReadOptions, ReadResult, StreamReadOptions, TransactionReader } from '../read/read.types';
import { appended, emptyList } from '../read/append';
import { date8, decimal, moneyReq, req } from '../read/fields';
import { readTransactions, readTransactionsStream } from '../read/read-transactions';
import { NewAmountValue, NewQualifiedCode, NewQuantityValue } from '../read/records';
import type { Segment } from '../tokenizer/segment';
import { readBpr, readClp, readMia, readMoa, readPlb, readSvc, readTrn, readTs2, readTs3 } from './x12-835.segments';
import type { Claim835, HeaderGroup835, Party835, Remittance835, ServiceLine835 } from './x12-835.types';

/** Options of {@link Remittance835Reader}: a claim callback lets huge 835s stream without keeping claims. */
export interface Remittance835ReaderOptions {
  /** Called with each claim (2100 loop) once complete. */
  onClaim?: (claim: Claim835) => void;
  /** Keep claims in `Remittance835.claims` (default true). */
  retainClaims?: boolean;
}

/** Reads the segments of one 835 transaction set into a {@link Remittance835}. */
export class Remittance835Reader implements TransactionReader<Remittance835> {
  private readonly r: Remittance835;
  private party: Party835 | undefined;
  private group: HeaderGroup835 | undefined;
  private claim: Claim835 | undefined;
  private line: ServiceLine835 | undefined;
  private address: Address | undefined;
  private payerSegment: Segment | undefined;

  constructor(private readonly rc: ReaderContext, private readonly options: Remittance835ReaderOptions = {}) {
    this.r = {
      controlNumber: rc.transaction.controlNumber, payment: { handlingCode: '', amountCents: 0, creditDebit: '', method: '' },
      references: [], dates: [], headerGroups: [], claims: [], providerAdjustments: [],
    };
  }

  segment(seg: Segment): void {
    switch (seg.id) {
      case 'CLP': return this.startClaim(seg);
      case 'SVC': return this.startLine(seg);
      case 'CAS': return this.cas(seg);
      case 'DTM': return this.dtm(seg);
      case 'REF': return this.ref(seg);
      case 'AMT': return this.amt(seg);
      case 'QTY': return this.qty(seg);
      case 'NM1': return this.nm1(seg);
      case 'LQ': return this.lq(seg);
      default: return this.other(seg);
    }
  }

  private other(seg: Segment): void {
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

  private startParty(seg: Segment): void {
    const party: Party835 = { entity: req(this.rc, seg, 1), name: seg.elements[2] ?? '', references: emptyList(), contacts: emptyList() };
    if (seg.elements[3]) party.idQualifier = seg.elements[3];
    if (seg.elements[4]) party.id = seg.elements[4];
    this.address = undefined;
    this.party = party;
    if (party.entity === 'PR') {
      this.r.payer = party;
      this.payerSegment = seg;
    }
    else if (party.entity === 'PE') this.r.payee = party;
  }

  private startGroup(seg: Segment): void {
    this.closeClaim();
    this.party = undefined;
    this.group = { number: seg.elements[1] ?? '' };
    this.r.headerGroups = appended(this.r.headerGroups, this.group);
  }

  private startClaim(seg: Segment): void {
    this.closeClaim();
    this.party = undefined;
    this.claim = readClp(this.rc, seg, this.group?.number);
  }

  private closeClaim(): void {
    if (!this.claim) return;
    const claim = this.claim;
    this.claim = undefined;
    this.line = undefined;
    this.options.onClaim?.(claim);
    if (this.options.retainClaims !== false) this.r.claims.push(claim);
  }

  private startLine(seg: Segment): void {
    if (!this.claim) return this.rc.issue('SEGMENT_OUT_OF_PLACE', 'SVC outside a CLP claim loop', seg);
    this.line = readSvc(this.rc, seg);
    this.claim.lines = appended(this.claim.lines, this.line);
  }

  private cas(seg: Segment): void {
    const target = this.line ?? this.claim;
    if (!target) return this.rc.issue('SEGMENT_OUT_OF_PLACE', 'CAS outside a claim or service line', seg);
    const adjustments = readCas(this.rc, seg);
    target.adjustments = target.adjustments.length === 0 ? adjustments : target.adjustments.concat(adjustments);
  }

  private nm1(seg: Segment): void {
    if (this.claim) this.claim.names = appended(this.claim.names, readNm1(seg));
    else this.rc.issue('SEGMENT_OUT_OF_PLACE', 'NM1 outside a CLP claim loop', seg);
  }

  private lq(seg: Segment): void {
    if (this.line) this.line.remarks = appended(this.line.remarks, new NewQualifiedCode(seg.elements[1] ?? '', seg.elements[2] ?? ''));
    else this.rc.issue('SEGMENT_OUT_OF_PLACE', 'LQ outside a service line', seg);
  }

  private ref(seg: Segment): void {
    const line = this.line;
    if (line !== undefined && line.lineItemControlNumber === undefined && seg.elements[1] === '6R' && !seg.elements[3]) {
      line.lineItemControlNumber = seg.elements[2] ?? '';
      return;
    }
    const ref = readRef(seg);
    if (line) line.references = appended(line.references, ref);
    else if (this.claim) this.claim.references = appended(this.claim.references, ref);
    else if (this.party) this.party.references = appended(this.party.references, ref);
    else this.r.references = appended(this.r.references, ref);
  }

  private amt(seg: Segment): void {
    const qualifier = seg.elements[1] ?? '';
    const cents = moneyReq(this.rc, seg, 2);
    const line = this.line;
    if (line) {
      if (qualifier === 'B6' && line.allowedCents === undefined) line.allowedCents = cents;
      else line.amounts = appended(line.amounts, new NewAmountValue(qualifier, cents));
    } else if (this.claim) this.claim.amounts = appended(this.claim.amounts, new NewAmountValue(qualifier, cents));
  }

  private qty(seg: Segment): void {
    const q = new NewQuantityValue(seg.elements[1] ?? '', decimal(this.rc, seg, 2) ?? 0);
    const owner = this.line ?? this.claim;
    if (owner) owner.quantities = appended(owner.quantities, q);
  }

  private dtm(seg: Segment): void {
    const line = this.line;
    if (line !== undefined && this.lineDate(line, seg)) return;
    const date = readDtm(this.rc, seg);
    if (line !== undefined) line.dates = appended(line.dates, date);
    else {
      const owner = this.claim ?? this.r;
      owner.dates = appended(owner.dates, date);
    }
  }

  /** Puts a DTM*472/150/151 without a time into its field of the line; false for any other or a repeated one. */
  private lineDate(line: ServiceLine835, seg: Segment): boolean {
    if (seg.elements[3]) return false;
    switch (seg.elements[1]) {
      case '472': if (line.serviceDate !== undefined) return false; line.serviceDate = this.dateAt(seg); return true;
      case '150': if (line.serviceStartDate !== undefined) return false; line.serviceStartDate = this.dateAt(seg); return true;
      case '151': if (line.serviceEndDate !== undefined) return false; line.serviceEndDate = this.dateAt(seg); return true;
      default: return false;
    }
  }

  /** DTM02 as an ISO date (as written when it is not a valid date, which is reported). */
  private dateAt(seg: Segment): string {
    return date8(this.rc, seg, 2) ?? seg.elements[2] ?? '';
  }

  private per(seg: Segment): void {
    const owner = this.claim ?? this.party;
    if (owner) owner.contacts = appended(owner.contacts, readPer(seg));
  }
}

/** Options of {@link read835}. */
export interface Read835Options extends ReadOptions, Remittance835ReaderOptions {}

/**
 * Reads every 835 in an in-memory file. Money is integer cents, dates ISO. With `onClaim` and
 * `retainClaims: false` each claim is handed over and dropped (less memory for large files).
 */
export function read835(input: Buffer | string, options: Read835Options = {}): ReadResult<Remittance835> {
  return readTransactions(input, ['835'], (rc) => new Remittance835Reader(rc, options), options);
}

/** Options of {@link read835Stream}. */
export interface Read835StreamOptions extends StreamReadOptions<Remittance835>, Remittance835ReaderOptions {}

/**
 * Reads 835s from a stream. With `onClaim` and `retainClaims: false` memory stays bounded however
 * large the file: each claim is handed over and dropped.
 */
export function read835Stream(stream: Readable, options: Read835StreamOptions = {}): Promise<ReadResult<Remittance835>> {
  return readTransactionsStream(stream, ['835'], (rc) => new Remittance835Reader(rc, options), options);
}

import type { ReaderContext, ReadOptions, ReadResult, TransactionReader } from '../read';
import { components, decimal, opt, readTransactions, req } from '../read';
import type { Segment } from '../tokenizer';
import type { Acknowledgment999, AckStatusLabel, Context999, ElementError999, SegmentError999, TransactionResponse999 } from './x12-999.types';

/** Maps IK501/AK901 codes to labels. */
export function ackStatusLabel(code: string): AckStatusLabel {
  if (code === 'A') return 'accepted';
  if (code === 'E') return 'accepted-with-errors';
  if (code === 'P') return 'partially-accepted';
  if (code === 'R' || code === 'M' || code === 'W' || code === 'X') return 'rejected';
  return 'unknown';
}

function codesFrom(seg: Segment, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i <= to; i++) if (seg.elements[i]) out.push(seg.elements[i]!);
  return out;
}

/** Reads one 999 transaction set. */
export class Acknowledgment999Reader implements TransactionReader<Acknowledgment999> {
  private readonly ack: Acknowledgment999;
  private tx: TransactionResponse999 | undefined;
  private segError: SegmentError999 | undefined;
  private elemError: ElementError999 | undefined;

  constructor(private readonly rc: ReaderContext) {
    this.ack = {
      controlNumber: rc.transaction.controlNumber, group: { functionalId: '', controlNumber: '' }, transactions: [],
      groupStatus: '', groupStatusLabel: 'unknown', includedCount: 0, receivedCount: 0, acceptedCount: 0, groupErrorCodes: [],
    };
  }

  segment(seg: Segment): void {
    switch (seg.id) {
      case 'AK1': return this.ak1(seg);
      case 'AK2': return this.ak2(seg);
      case 'IK3': return this.ik3(seg);
      case 'IK4': return this.ik4(seg);
      case 'CTX': return this.ctx(seg);
      case 'IK5': return this.ik5(seg);
      case 'AK9': return this.ak9(seg);
      default: this.rc.issue('UNEXPECTED_SEGMENT', `${seg.id} is not part of a 999`, seg, undefined, 'warning');
    }
  }

  finish(): Acknowledgment999 {
    return this.ack;
  }

  private ak1(seg: Segment): void {
    this.ack.group = { functionalId: req(this.rc, seg, 1), controlNumber: req(this.rc, seg, 2) };
    const version = opt(seg, 3);
    if (version) this.ack.group.version = version;
  }

  private ak2(seg: Segment): void {
    this.tx = { setId: req(this.rc, seg, 1), controlNumber: req(this.rc, seg, 2), segmentErrors: [], status: '', statusLabel: 'unknown', errorCodes: [], claimIds: [] };
    const ref = opt(seg, 3);
    if (ref) this.tx.implementationRef = ref;
    this.segError = undefined;
    this.elemError = undefined;
    this.ack.transactions.push(this.tx);
  }

  private ik3(seg: Segment): void {
    if (!this.tx) return this.rc.issue('SEGMENT_OUT_OF_PLACE', 'IK3 before any AK2', seg);
    this.segError = { segmentId: req(this.rc, seg, 1), position: decimal(this.rc, seg, 2) ?? 0, contexts: [], elementErrors: [] };
    if (opt(seg, 3)) this.segError.loopId = seg.elements[3]!;
    if (opt(seg, 4)) this.segError.code = seg.elements[4]!;
    this.elemError = undefined;
    this.tx.segmentErrors.push(this.segError);
  }

  private ik4(seg: Segment): void {
    if (!this.segError) return this.rc.issue('SEGMENT_OUT_OF_PLACE', 'IK4 before any IK3', seg);
    const [pos = '', comp, rep] = components(this.rc, seg, 1);
    this.elemError = { position: Number(pos), code: req(this.rc, seg, 3), contexts: [] };
    if (comp) this.elemError.componentPosition = Number(comp);
    if (rep) this.elemError.repetitionPosition = Number(rep);
    if (opt(seg, 2)) this.elemError.dataElementReference = seg.elements[2]!;
    if (opt(seg, 4)) this.elemError.badValue = seg.elements[4]!;
    this.segError.elementErrors.push(this.elemError);
  }

  private ctx(seg: Segment): void {
    const [name = '', value] = components(this.rc, seg, 1);
    const c: Context999 = { name };
    if (value !== undefined) c.value = value;
    if (opt(seg, 2)) c.segmentId = seg.elements[2]!;
    if (opt(seg, 3)) c.segmentPosition = Number(seg.elements[3]);
    if (opt(seg, 4)) c.loopId = seg.elements[4]!;
    if (opt(seg, 5)) c.elementPosition = seg.elements[5]!;
    if (opt(seg, 6)) c.reference = seg.elements[6]!;
    if (name === 'CLM01' && value && this.tx) this.tx.claimIds.push(value);
    const owner = this.elemError ?? this.segError;
    if (!owner) return this.rc.issue('SEGMENT_OUT_OF_PLACE', 'CTX outside an IK3/IK4 error', seg);
    owner.contexts.push(c);
  }

  private ik5(seg: Segment): void {
    if (!this.tx) return this.rc.issue('SEGMENT_OUT_OF_PLACE', 'IK5 before any AK2', seg);
    this.tx.status = req(this.rc, seg, 1);
    this.tx.statusLabel = ackStatusLabel(this.tx.status);
    this.tx.errorCodes = codesFrom(seg, 2, 6);
    this.tx = undefined;
  }

  private ak9(seg: Segment): void {
    this.ack.groupStatus = req(this.rc, seg, 1);
    this.ack.groupStatusLabel = ackStatusLabel(this.ack.groupStatus);
    this.ack.includedCount = decimal(this.rc, seg, 2) ?? 0;
    this.ack.receivedCount = decimal(this.rc, seg, 3) ?? 0;
    this.ack.acceptedCount = decimal(this.rc, seg, 4) ?? 0;
    this.ack.groupErrorCodes = codesFrom(seg, 5, 9);
  }
}

/** Reads every 999 in a file. */
export function read999(input: Buffer | string, options: ReadOptions = {}): ReadResult<Acknowledgment999> {
  return readTransactions(input, ['999'], (rc) => new Acknowledgment999Reader(rc), options);
}

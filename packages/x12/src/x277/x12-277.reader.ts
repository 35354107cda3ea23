import type { Reference } from '../common';
import { readBht, readDtp, readNm1, readRef } from '../common';
import type { ReaderContext, ReadOptions, ReadResult, TransactionReader } from '../read';
import { decimal, moneyReq, opt, readTransactions, req } from '../read';
import type { Segment } from '../tokenizer';
import { readStc, readSvcStatus, readTrace } from './x12-277.segments';
import type { ClaimStatus277, ClaimStatusResponse277, Entity277, LineStatus277 } from './x12-277.types';

const CLAIM_LEVELS = new Set(['22', '23', 'PT']);

/** Reads one 277 or 277CA transaction set. */
export class ClaimStatus277Reader implements TransactionReader<ClaimStatusResponse277> {
  private readonly out: ClaimStatusResponse277;
  private readonly byId = new Map<string, Entity277>();
  private entity: Entity277 | undefined;
  private entitySegment: Segment | undefined;
  private claim: ClaimStatus277 | undefined;
  private line: LineStatus277 | undefined;

  constructor(private readonly rc: ReaderContext) {
    const ref = rc.transaction.implementationRef ?? rc.transaction.group?.version ?? '';
    this.out = { controlNumber: rc.transaction.controlNumber, kind: ref.includes('X214') ? '277CA' : '277', header: { structure: '', purpose: '' }, entities: [], claims: [] };
  }

  segment(seg: Segment): void {
    switch (seg.id) {
      case 'BHT':
        this.out.header = readBht(this.rc, seg);
        return;
      case 'HL': return this.hl(seg);
      case 'NM1': if (this.entity) this.entity.name = readNm1(seg); return;
      case 'TRN': return this.trn(seg);
      case 'STC': return this.stc(seg);
      case 'REF': return this.ref(readRef(seg));
      case 'DTP': return this.target()?.dates.push(readDtp(this.rc, seg)), undefined;
      case 'QTY': this.entity?.quantities.push({ qualifier: seg.elements[1] ?? '', quantity: decimal(this.rc, seg, 2) ?? 0 }); return;
      case 'AMT': this.entity?.amounts.push({ qualifier: seg.elements[1] ?? '', amountCents: moneyReq(this.rc, seg, 2) }); return;
      case 'SVC': return this.svc(seg);
      case 'PER': case 'N3': case 'N4': case 'DMG': case 'PWK': return;
      default: this.rc.issue('UNEXPECTED_SEGMENT', `${seg.id} is not part of a 277`, seg, undefined, 'warning');
    }
  }

  finish(): ClaimStatusResponse277 {
    this.closeEntity();
    this.closeClaim();
    return this.out;
  }

  private hl(seg: Segment): void {
    this.closeEntity();
    this.closeClaim();
    const e: Entity277 = { hlId: req(this.rc, seg, 1), levelCode: req(this.rc, seg, 3), traces: [], statuses: [], references: [], dates: [], quantities: [], amounts: [] };
    if (opt(seg, 2)) e.parentId = seg.elements[2]!;
    if (e.parentId && !this.byId.has(e.parentId)) this.rc.issue('HL_PARENT_NOT_FOUND', `HL02 ${e.parentId} names no earlier HL`, seg, 2);
    this.byId.set(e.hlId, e);
    this.out.entities.push(e);
    this.entity = e;
    this.entitySegment = seg;
  }

  /** 277CA provider of service level (2200C): a TRN without STC is a structural error. */
  private closeEntity(): void {
    const e = this.entity;
    if (!e || this.out.kind !== '277CA' || e.levelCode !== '19' || e.traces.length === 0 || e.statuses.length > 0) return;
    this.rc.issue('MISSING_SEGMENT', `STC is required in loop 2200C (provider of service status) of HL ${e.hlId}`, this.entitySegment!);
  }

  private trn(seg: Segment): void {
    const trace = readTrace(seg);
    if (this.entity && CLAIM_LEVELS.has(this.entity.levelCode) && trace.typeCode === '2') return this.startClaim(trace.number);
    this.entity?.traces.push(trace);
  }

  private startClaim(number: string): void {
    this.closeClaim();
    const claim: ClaimStatus277 = { hlId: this.entity!.hlId, patientControlNumber: number, statuses: [], references: [], dates: [], lines: [] };
    if (this.entity!.name) claim.patient = this.entity!.name;
    const provider = this.ancestor('19');
    if (provider?.name) claim.provider = provider.name;
    this.claim = claim;
  }

  private ancestor(levelCode: string): Entity277 | undefined {
    let at = this.entity;
    while (at && at.levelCode !== levelCode) at = at.parentId ? this.byId.get(at.parentId) : undefined;
    return at;
  }

  private closeClaim(): void {
    if (!this.claim) return;
    const first = this.claim.statuses[0];
    if (first?.chargeCents !== undefined) this.claim.chargeCents = first.chargeCents;
    this.out.claims.push(this.claim);
    this.claim = undefined;
    this.line = undefined;
  }

  private svc(seg: Segment): void {
    if (!this.claim) return this.rc.issue('SEGMENT_OUT_OF_PLACE', 'SVC outside a claim status loop', seg);
    this.line = readSvcStatus(this.rc, seg);
    this.claim.lines.push(this.line);
  }

  private stc(seg: Segment): void {
    if (this.out.kind === '277') {
      for (const i of [3, 12]) if (opt(seg, i)) this.rc.issue('ELEMENT_NOT_USED', `STC${i === 3 ? '03' : '12'} is not used in a 277 (005010X212)`, seg, i);
    }
    this.target()?.statuses.push(readStc(this.rc, seg));
  }

  private ref(ref: Reference): void {
    if (this.line) {
      this.line.references.push(ref);
      if (ref.qualifier === 'FJ') this.line.lineItemControlNumber = ref.value;
    } else if (this.claim) {
      this.claim.references.push(ref);
      if (ref.qualifier === '1K') this.claim.payerClaimControlNumber = ref.value;
    } else this.entity?.references.push(ref);
  }

  private target(): { statuses: ClaimStatus277['statuses']; dates: ClaimStatus277['dates'] } | undefined {
    return this.line ?? this.claim ?? this.entity;
  }
}

/** Reads every 277 and 277CA in a file. */
export function read277(input: Buffer | string, options: ReadOptions = {}): ReadResult<ClaimStatusResponse277> {
  return readTransactions(input, ['277'], (rc) => new ClaimStatus277Reader(rc), options);
}

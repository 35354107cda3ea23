import { applyN4, readBht, readDtp, readN3, readNm1, readRef } from '../common';
import type { ReaderContext, ReadOptions, ReadResult, TransactionReader } from '../read';
import { date8, opt, readTransactions, req } from '../read';
import type { Segment } from '../tokenizer';
import { readAaa, readEb } from './x12-271.segments';
import type { Benefit271, EligibilityResponse271, Member271, Party271 } from './x12-271.types';

/** Reads one 271 transaction set. */
export class Eligibility271Reader implements TransactionReader<EligibilityResponse271> {
  private readonly out: EligibilityResponse271;
  private party: Party271 | undefined;
  private member: Member271 | undefined;
  private subscriber: Member271 | undefined;
  private benefit: Benefit271 | undefined;
  private inRelatedEntity = false;

  constructor(private readonly rc: ReaderContext) {
    this.out = { controlNumber: rc.transaction.controlNumber, header: { structure: '', purpose: '' }, source: { errors: [] }, receiver: { errors: [] }, subscribers: [] };
  }

  segment(seg: Segment): void {
    switch (seg.id) {
      case 'BHT':
        this.out.header = readBht(this.rc, seg);
        return;
      case 'HL': return this.hl(seg);
      case 'NM1': return this.nm1(seg);
      case 'AAA': return this.aaa(seg);
      case 'EB': return this.eb(seg);
      case 'LS': this.inRelatedEntity = true; return;
      case 'LE': this.inRelatedEntity = false; return;
      case 'MSG': this.benefit?.messages.push(seg.elements[1] ?? ''); return;
      default: return this.memberSegment(seg);
    }
  }

  private memberSegment(seg: Segment): void {
    const m = this.member;
    if (!m) return this.rc.issue('SEGMENT_OUT_OF_PLACE', `${seg.id} outside a subscriber or dependent level`, seg, undefined, 'warning');
    if (this.inRelatedEntity) return;
    switch (seg.id) {
      case 'TRN': m.traces.push(this.trace(seg)); return;
      case 'REF': (this.benefit ?? m).references.push(readRef(seg)); return;
      case 'DTP': (this.benefit ?? m).dates.push(readDtp(this.rc, seg)); return;
      case 'N3': m.address = readN3(seg); return;
      case 'N4': if (m.address) applyN4(m.address, seg); return;
      case 'DMG': return this.dmg(m, seg);
      case 'INS': if (opt(seg, 2)) m.relationship = seg.elements[2]!; return;
      case 'HSD': case 'III': case 'PRV': case 'HI': case 'MPI': case 'PER': return;
      default: this.rc.issue('UNEXPECTED_SEGMENT', `${seg.id} is not part of a 271`, seg, undefined, 'warning');
    }
  }

  finish(): EligibilityResponse271 {
    return this.out;
  }

  private hl(seg: Segment): void {
    this.benefit = undefined;
    this.inRelatedEntity = false;
    this.party = undefined;
    this.member = undefined;
    const level = req(this.rc, seg, 3);
    if (level === '20') this.party = this.out.source;
    else if (level === '21') this.party = this.out.receiver;
    else if (level === '22' || level === '23') this.startMember(seg, level);
    else this.rc.issue('INVALID_CODE', `HL03 "${level}" is not a 271 level (20, 21, 22, 23)`, seg, 3);
  }

  private startMember(seg: Segment, level: string): void {
    const m: Member271 = {
      hlId: seg.elements[1] ?? '', level: level === '22' ? 'subscriber' : 'dependent',
      traces: [], references: [], dates: [], errors: [], benefits: [], dependents: [],
    };
    this.member = m;
    if (level === '22') {
      this.subscriber = m;
      this.out.subscribers.push(m);
    } else if (this.subscriber) this.subscriber.dependents.push(m);
    else this.rc.issue('HL_PARENT_NOT_FOUND', 'Dependent level (HL 23) without a subscriber level', seg, 2);
  }

  private nm1(seg: Segment): void {
    const name = readNm1(seg);
    if (this.inRelatedEntity && this.benefit) this.benefit.relatedEntities.push(name);
    else if (this.member) this.member.name = name;
    else if (this.party) this.party.name = name;
  }

  private aaa(seg: Segment): void {
    const e = readAaa(seg);
    (this.benefit ?? this.member ?? this.party ?? this.out.source).errors.push(e);
  }

  private eb(seg: Segment): void {
    if (!this.member) return this.rc.issue('SEGMENT_OUT_OF_PLACE', 'EB outside a subscriber or dependent level', seg);
    this.inRelatedEntity = false;
    this.benefit = readEb(this.rc, seg);
    this.member.benefits.push(this.benefit);
  }

  private dmg(m: Member271, seg: Segment): void {
    const birth = date8(this.rc, seg, 2);
    if (birth) m.birthDate = birth;
    if (opt(seg, 3)) m.sex = seg.elements[3]!;
  }

  private trace(seg: Segment): Member271['traces'][number] {
    const t: Member271['traces'][number] = { typeCode: seg.elements[1] ?? '', number: seg.elements[2] ?? '' };
    if (seg.elements[3]) t.originatorId = seg.elements[3];
    return t;
  }
}

/** Reads every 271 in a file. */
export function read271(input: Buffer | string, options: ReadOptions = {}): ReadResult<EligibilityResponse271> {
  return readTransactions(input, ['271'], (rc) => new Eligibility271Reader(rc), options);
}

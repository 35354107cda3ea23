import type { Address } from '../common';
import { applyN4, readCas, readN3, readNm1 } from '../common/common.readers';
import { copyPlain } from '../read/copy-plain';
import { components, date8, moneyReq } from '../read/fields';
import { readTransactions } from '../read/read-transactions';
import type { ReaderContext, ReadOptions, ReadResult, TransactionReader } from '../read/read.types';
import type { Segment } from '../tokenizer/segment';
import { parseTime } from '../values/dates';
import { applyLineSegment, readSv1 } from './x12-837p.line.reader';
import type { ClaimBatch837P, Claim837P, OtherPayer837P, Patient837P, Payer837P, ServiceLine837P, Subscriber837P } from './x12-837p.types';
import { applyClaimNm1, applyHeaderNm1, applySubscriberNm1, readClm, readSbr } from './x12-837p.segments.reader';

/** Reads one 837P transaction set into one batch per billing provider (HL 20). */
export class Claim837PReader implements TransactionReader<ClaimBatch837P[]> {
  private readonly batches: ClaimBatch837P[] = [];
  private readonly header: Omit<ClaimBatch837P, 'billingProvider' | 'claims'> = {
    referenceId: '', createdDate: '', createdTime: '', transactionType: 'CH', submitter: { name: '', id: '', contact: { name: '' } }, receiver: { name: '', id: '' },
  };
  private batch: ClaimBatch837P | undefined;
  private subscriber: Subscriber837P | undefined;
  private payer: Payer837P | undefined;
  private patient: Patient837P | undefined;
  private claim: Claim837P | undefined;
  private other: OtherPayer837P | undefined;
  private line: ServiceLine837P | undefined;
  private address: ((a: Address) => void) | undefined;
  private lastAddress: Address | undefined;

  constructor(private readonly rc: ReaderContext) {}

  segment(seg: Segment): void {
    if (this.line && applyLineSegment(this.rc, seg, this.line)) return;
    switch (seg.id) {
      case 'BHT': return this.bht(seg);
      case 'HL': return this.hl(seg);
      case 'NM1': return this.nm1(seg);
      case 'N3': this.lastAddress = readN3(seg); this.address?.(this.lastAddress); return;
      case 'N4': if (this.lastAddress) applyN4(this.lastAddress, seg); return;
      case 'LX': return this.lx();
      case 'SV1': if (this.line) Object.assign(this.line, readSv1(this.rc, seg)); return;
      default: return this.other2000(seg);
    }
  }

  private other2000(seg: Segment): void {
    if (this.claim) return this.claimSegment(seg);
    switch (seg.id) {
      case 'PER': return this.per(seg);
      case 'PRV': if (this.batch && seg.elements[1] === 'BI') this.batch.billingProvider.taxonomy = seg.elements[3] ?? ''; return;
      case 'REF': return this.ref2000(seg);
      case 'SBR': this.subscriber = readSbr(seg); return;
      case 'DMG': return this.dmg(seg);
      case 'PAT': this.patient = { relationship: seg.elements[1] ?? '', lastName: '', address: { line1: '', city: '' }, birthDate: '', sex: '' }; return;
      case 'CLM': return this.startClaim(seg);
      default: return;
    }
  }

  private claimSegment(seg: Segment): void {
    const c = this.claim!;
    if (this.other && this.otherSegment(seg, this.other)) return;
    switch (seg.id) {
      case 'CLM': return this.startClaim(seg);
      case 'DTP': if (seg.elements[1] === '431') c.onsetDate = date8(this.rc, seg, 3) ?? ''; return;
      case 'REF': if (seg.elements[1] === 'F8') c.payerClaimControlNumber = seg.elements[2] ?? ''; else if (seg.elements[1] === 'G1') c.priorAuthorization = seg.elements[2] ?? ''; return;
      case 'NTE': c.note = seg.elements[2] ?? ''; return;
      case 'HI': return this.hi(seg, c);
      case 'PRV': if (seg.elements[1] === 'PE' && c.renderingProvider) c.renderingProvider.taxonomy = seg.elements[3] ?? ''; return;
      case 'SBR': return this.startOther(seg, c);
      case 'DMG': return this.dmg(seg);
      default: return;
    }
  }

  private otherSegment(seg: Segment, o: OtherPayer837P): boolean {
    switch (seg.id) {
      case 'CAS': o.adjustments.push(...readCas(this.rc, seg)); return true;
      case 'AMT':
        if (seg.elements[1] === 'D') o.paidCents = moneyReq(this.rc, seg, 2);
        else if (seg.elements[1] === 'EAF') o.remainingPatientLiabilityCents = moneyReq(this.rc, seg, 2);
        return true;
      case 'OI': o.benefitsAssignment = seg.elements[3] ?? ''; o.releaseOfInformation = seg.elements[6] ?? ''; return true;
      case 'DTP': if (seg.elements[1] === '573') o.adjudicationDate = date8(this.rc, seg, 3) ?? ''; return true;
      default: return false;
    }
  }

  finish(): ClaimBatch837P[] {
    this.closeClaim();
    return this.batches;
  }

  private bht(seg: Segment): void {
    this.header.referenceId = seg.elements[3] ?? '';
    this.header.createdDate = date8(this.rc, seg, 4) ?? '';
    this.header.createdTime = (parseTime(seg.elements[5] ?? '') ?? '').slice(0, 5);
    this.header.transactionType = (seg.elements[6] ?? 'CH') as 'CH' | 'RP';
  }

  private hl(seg: Segment): void {
    this.closeClaim();
    this.address = undefined;
    const level = seg.elements[3];
    if (level === '20') return this.startBatch();
    if (level === '22') { this.subscriber = undefined; this.payer = undefined; this.patient = undefined; return; }
    if (level !== '23') this.rc.issue('INVALID_CODE', `HL03 "${level}" is not an 837P level (20, 22, 23)`, seg, 3);
  }

  private startBatch(): void {
    this.batch = {
      ...copyPlain(this.header), claims: [],
      billingProvider: { entityType: '2', lastName: '', npi: '', address: { line1: '', city: '' }, taxId: '', taxIdQualifier: 'EI' },
    };
    this.batches.push(this.batch);
  }

  private nm1(seg: Segment): void {
    const name = readNm1(seg);
    this.address = undefined;
    if (this.claim) {
      this.address = applyClaimNm1(name, this.claim, this.other);
      if (name.entity === 'PR' || name.entity === 'IL') this.address = undefined;
      return;
    }
    if (this.batch && (name.entity === '85' || name.entity === '87')) { this.address = applyHeaderNm1(name, this.batch); return; }
    if (!this.batch) return applyHeaderNm1(name, this.header), undefined;
    const parts = applySubscriberNm1(name, this.subscriber, this.patient);
    if (name.entity === 'PR') this.payer = { name: name.lastName ?? '', id: name.id ?? '' };
    this.address = parts ?? (name.entity === 'PR' ? (a) => (this.payer!.address = a) : undefined);
  }

  private per(seg: Segment): void {
    const contact = { name: seg.elements[2] ?? '' } as ClaimBatch837P['submitter']['contact'];
    for (let i = 3; i <= 7; i += 2) {
      if (seg.elements[i] === 'TE') contact.phone = seg.elements[i + 1] ?? '';
      if (seg.elements[i] === 'EM') contact.email = seg.elements[i + 1] ?? '';
    }
    if (this.batch) this.batch.billingProvider.contact = contact;
    else this.header.submitter.contact = contact;
  }

  private ref2000(seg: Segment): void {
    const q = seg.elements[1];
    if (this.batch && !this.subscriber && (q === 'EI' || q === 'SY')) {
      this.batch.billingProvider.taxIdQualifier = q;
      this.batch.billingProvider.taxId = seg.elements[2] ?? '';
    }
  }

  private dmg(seg: Segment): void {
    const target = this.patient ?? this.subscriber;
    if (!target) return;
    target.birthDate = date8(this.rc, seg, 2) ?? '';
    target.sex = seg.elements[3] ?? '';
  }

  private startClaim(seg: Segment): void {
    this.closeClaim();
    if (!this.batch || !this.subscriber) return this.rc.issue('SEGMENT_OUT_OF_PLACE', 'CLM without a billing provider and subscriber', seg);
    this.claim = readClm(this.rc, seg, copyPlain(this.subscriber), copyPlain(this.payer ?? { name: '', id: '' }));
    if (this.patient) this.claim.patient = copyPlain(this.patient);
  }

  private hi(seg: Segment, c: Claim837P): void {
    for (let i = 1; i < seg.elements.length; i++) {
      const [qualifier = '', code = ''] = components(this.rc, seg, i);
      if (qualifier === 'ABK' || qualifier === 'ABF') c.diagnoses.push(code);
      else if (qualifier === 'BK' || qualifier === 'BF') { c.diagnoses.push(code); c.diagnosisCodeSet = 'icd9'; }
    }
  }

  private startOther(seg: Segment, c: Claim837P): void {
    const s = readSbr(seg);
    this.other = {
      payerResponsibility: s.payerResponsibility, relationship: seg.elements[2] ?? '', filingIndicator: s.filingIndicator, adjustments: [],
      benefitsAssignment: '', releaseOfInformation: '', subscriber: { lastName: '', memberId: '' }, payer: { name: '', id: '' },
    };
    if (s.groupNumber) this.other.groupNumber = s.groupNumber;
    (c.otherPayers ??= []).push(this.other);
  }

  private lx(): void {
    if (!this.claim) return;
    this.other = undefined;
    this.line = { procedureCode: '', chargeCents: 0, unit: 'UN', quantity: 0, diagnosisPointers: [], serviceDate: '' };
    this.claim.lines.push(this.line);
  }

  private closeClaim(): void {
    if (this.claim && this.batch) this.batch.claims.push(this.claim);
    this.claim = undefined;
    this.other = undefined;
    this.line = undefined;
  }
}

/** Reads every 837P in a file; one {@link ClaimBatch837P} per billing provider loop. */
export function read837P(input: Buffer | string, options: ReadOptions = {}): ReadResult<ClaimBatch837P> {
  const r = readTransactions(input, ['837'], (rc) => new Claim837PReader(rc), options);
  return { ...r, transactions: r.transactions.flat() };
}

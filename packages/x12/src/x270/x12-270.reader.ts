import { readBht, readDtp, readNm1 } from '../common';
import type { EntityName } from '../common';
import type { ReaderContext, ReadOptions, ReadResult, TransactionReader } from '../read';
import { date8, opt, readTransactions, repetitions, req } from '../read';
import type { Segment } from '../tokenizer';
import { parseTime } from '../values';
import type { EligibilityInquiry270, InquiryPerson } from './x12-270-276.builder';

type Level = 'source' | 'receiver' | 'subscriber' | 'dependent' | undefined;

function emptyInquiry(): EligibilityInquiry270 {
  return {
    referenceId: '', createdDate: '', createdTime: '', traceNumber: '',
    payer: { name: '', id: '' },
    provider: { entityType: '2', lastName: '', npi: '' },
    subscriber: { lastName: '', memberId: '' },
  };
}

function person(name: EntityName): InquiryPerson {
  const p: InquiryPerson = { lastName: name.lastName ?? '' };
  if (name.firstName) p.firstName = name.firstName;
  return p;
}

/**
 * Reads one 270 transaction set into the builder's input model ({@link EligibilityInquiry270}), so that what
 * `write270` wrote reads back equal. One subscriber (and at most one dependent) per transaction, as real-time
 * inquiries carry; a second subscriber is reported.
 */
export class Eligibility270Reader implements TransactionReader<EligibilityInquiry270> {
  private readonly out = emptyInquiry();
  private level: Level;
  private subscribers = 0;

  constructor(private readonly rc: ReaderContext) {}

  segment(seg: Segment): void {
    switch (seg.id) {
      case 'BHT': return this.bht(seg);
      case 'HL': return this.hl(seg);
      case 'NM1': return this.nm1(seg);
      case 'TRN': if (opt(seg, 2)) this.out.traceNumber = seg.elements[2]!; return;
      case 'DMG': return this.dmg(seg);
      case 'DTP': return this.dtp(seg);
      case 'EQ': this.out.serviceTypes = [...(this.out.serviceTypes ?? []), ...repetitions(this.rc, seg, 1)]; return;
      default: return;
    }
  }

  finish(): EligibilityInquiry270 {
    return this.out;
  }

  private bht(seg: Segment): void {
    const header = readBht(this.rc, seg);
    this.out.referenceId = header.referenceId ?? '';
    this.out.createdDate = header.date ?? '';
    this.out.createdTime = header.time ? parseTime(header.time)?.slice(0, 5) ?? header.time : '';
  }

  private hl(seg: Segment): void {
    const code = req(this.rc, seg, 3);
    const levels: Record<string, Level> = { '20': 'source', '21': 'receiver', '22': 'subscriber', '23': 'dependent' };
    this.level = levels[code];
    if (!this.level) this.rc.issue('INVALID_CODE', `HL03 "${code}" is not a 270 level (20, 21, 22, 23)`, seg, 3);
    if (this.level === 'subscriber' && ++this.subscribers > 1) {
      this.rc.issue('UNSUPPORTED_REPETITION', 'only the first subscriber of a 270 is read', seg, 1, 'warning');
    }
  }

  private nm1(seg: Segment): void {
    const name = readNm1(seg);
    if (this.subscribers > 1) return;
    if (this.level === 'source') this.out.payer = { name: name.lastName ?? '', id: name.id ?? '' };
    else if (this.level === 'receiver') this.out.provider = this.provider(name);
    else if (this.level === 'subscriber') this.out.subscriber = { ...person(name), memberId: name.id ?? '' };
    else if (this.level === 'dependent') this.out.dependent = person(name);
  }

  private provider(name: EntityName): EligibilityInquiry270['provider'] {
    const provider: EligibilityInquiry270['provider'] = { entityType: name.entityType === '1' ? '1' : '2', lastName: name.lastName ?? '', npi: name.id ?? '' };
    if (name.firstName) provider.firstName = name.firstName;
    return provider;
  }

  private dmg(seg: Segment): void {
    const target = this.level === 'dependent' ? this.out.dependent : this.level === 'subscriber' ? this.out.subscriber : undefined;
    if (!target || this.subscribers > 1) return;
    const birth = date8(this.rc, seg, 2);
    if (birth) target.birthDate = birth;
    if (opt(seg, 3)) target.sex = seg.elements[3]!;
  }

  private dtp(seg: Segment): void {
    const date = readDtp(this.rc, seg);
    if (date.qualifier === '291' && this.subscribers <= 1) this.out.asOfDate = date.date;
  }
}

/** Reads every 270 in a file (one inquiry per transaction set). */
export function read270(input: Buffer | string, options: ReadOptions = {}): ReadResult<EligibilityInquiry270> {
  return readTransactions(input, ['270'], (rc) => new Eligibility270Reader(rc), options);
}

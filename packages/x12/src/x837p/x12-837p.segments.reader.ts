import type { Address, EntityName } from '../common/common.types';
import type { ReaderContext } from '../read/read.types';
import { components, moneyReq } from '../read/fields';
import type { Segment } from '../tokenizer/segment';
import type { ClaimBatch837P, Claim837P, OtherPayer837P, Patient837P, Payer837P, Subscriber837P } from './x12-837p.types';

type PersonName = { lastName: string; firstName?: string; middleName?: string; suffix?: string };

function copyName(from: EntityName, to: PersonName): void {
  to.lastName = from.lastName ?? '';
  if (from.firstName) to.firstName = from.firstName;
  if (from.middleName) to.middleName = from.middleName;
  if (from.suffix) to.suffix = from.suffix;
}

/** Reads SBR (2000B or 2320). */
export function readSbr(seg: Segment): Subscriber837P {
  const s: Subscriber837P = { payerResponsibility: seg.elements[1] ?? '', filingIndicator: seg.elements[9] ?? '', lastName: '', memberId: '' };
  if (seg.elements[2] === '18') s.relationship = '18';
  if (seg.elements[3]) s.groupNumber = seg.elements[3];
  if (seg.elements[4]) s.groupName = seg.elements[4];
  return s;
}

/** Reads CLM into a claim holding copies of the current subscriber and payer. */
export function readClm(rc: ReaderContext, seg: Segment, subscriber: Subscriber837P, payer: Payer837P): Claim837P {
  const [pos = '', , frequency = ''] = components(rc, seg, 5);
  return {
    patientControlNumber: seg.elements[1] ?? '', chargeCents: moneyReq(rc, seg, 2), placeOfService: pos, frequency: frequency as Claim837P['frequency'],
    providerSignature: (seg.elements[6] ?? '') as 'Y', assignment: (seg.elements[7] ?? '') as 'A', benefitsAssignment: (seg.elements[8] ?? '') as 'Y',
    releaseOfInformation: (seg.elements[9] ?? '') as 'Y', diagnoses: [], subscriber, payer, lines: [],
  };
}

/** Applies a header or billing-level NM1 (41, 40, 85, 87); returns the address setter for N3/N4 when any. */
export function applyHeaderNm1(name: EntityName, target: Omit<ClaimBatch837P, 'billingProvider' | 'claims'> | ClaimBatch837P): ((a: Address) => void) | undefined {
  if (name.entity === '41') { target.submitter.name = name.lastName ?? ''; target.submitter.id = name.id ?? ''; }
  if (name.entity === '40') target.receiver = { name: name.lastName ?? '', id: name.id ?? '' };
  if (!('billingProvider' in target)) return undefined;
  if (name.entity === '87') return (a) => (target.payToAddress = a);
  if (name.entity !== '85') return undefined;
  const bp = target.billingProvider;
  bp.entityType = name.entityType as '1' | '2';
  copyName(name, bp);
  bp.npi = name.id ?? '';
  return (a) => (bp.address = a);
}

/** Applies NM1*IL / NM1*QC in the subscriber or patient loop; returns the address setter. */
export function applySubscriberNm1(name: EntityName, subscriber: Subscriber837P | undefined, patient: Patient837P | undefined): ((a: Address) => void) | undefined {
  if (name.entity === 'IL' && subscriber) {
    copyName(name, subscriber);
    subscriber.memberId = name.id ?? '';
    return (a) => (subscriber.address = a);
  }
  if (name.entity === 'QC' && patient) {
    copyName(name, patient);
    return (a) => (patient.address = a);
  }
  return undefined;
}

/** Applies a claim-level NM1 (DN, 82, 77, or 2330A/B IL/PR); returns the address setter. */
export function applyClaimNm1(name: EntityName, claim: Claim837P, other: OtherPayer837P | undefined): ((a: Address) => void) | undefined {
  switch (name.entity) {
    case 'DN': {
      claim.referringProvider = { lastName: name.lastName ?? '', npi: name.id ?? '' };
      if (name.firstName) claim.referringProvider.firstName = name.firstName;
      return undefined;
    }
    case '82': {
      const p = { entityType: name.entityType as '1' | '2', lastName: '', npi: name.id ?? '' };
      copyName(name, p);
      claim.renderingProvider = p;
      return undefined;
    }
    case '77': {
      const f: Claim837P['serviceFacility'] = { name: name.lastName ?? '', address: { line1: '', city: '' } };
      if (name.id) f.npi = name.id;
      claim.serviceFacility = f;
      return (a) => (f.address = a);
    }
    case 'IL': if (other) { copyName(name, other.subscriber); other.subscriber.memberId = name.id ?? ''; } return undefined;
    case 'PR': if (other) other.payer = { name: name.lastName ?? '', id: name.id ?? '' }; return undefined;
    default: return undefined;
  }
}

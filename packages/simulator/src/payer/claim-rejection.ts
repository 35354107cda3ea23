import { isValidNpi } from '@openrcm/x12';
import type { ClaimBatch837P, Claim837P } from '@openrcm/x12';
import type { Roster, RosterMember } from '../roster';
import type { Prng } from './prng';
import type { PayerRules, RejectionKind } from './payer-rules.types';

/** A claim rejected on the 277CA: the STC01 composite and a message naming the field to fix. */
export interface ClaimRejection {
  readonly kind: RejectionKind;
  readonly status: { readonly category: string; readonly code: string; readonly entity?: string };
  readonly message: string;
}

/** STC01 of each rejection kind (category A3 returned as unprocessable / A7 rejected for invalid information). */
const STATUS: Readonly<Record<RejectionKind, ClaimRejection['status']>> = {
  'unknown-payer': { category: 'A3', code: '116', entity: 'PR' },
  'invalid-member-id': { category: 'A7', code: '164', entity: 'IL' },
  'invalid-npi': { category: 'A7', code: '562', entity: '85' },
  'invalid-birth-date': { category: 'A7', code: '158', entity: 'QC' },
  'invalid-service-date': { category: 'A7', code: '187' },
};

/** Characters that delimit the answers' X12 (`*` `:` `^` `~`): never inside a message. */
const DELIMITERS = /[*:^~]/g;

function rejection(kind: RejectionKind, message: string): ClaimRejection {
  return { kind, status: STATUS[kind], message: message.replace(DELIMITERS, ' ').slice(0, 264) };
}

/** The member a claim is for, or why the roster has none. */
export type MemberMatch = { readonly member: RosterMember } | { readonly miss: 'member-not-found' | 'birth-date-mismatch' | 'payer-not-found' } | { readonly any: true };

/** Looks the claim's patient up in the roster when the payer takes only roster members. */
export function matchMember(claim: Claim837P, rules: PayerRules, roster: Roster): MemberMatch {
  if (rules.members === 'any') return { any: true };
  const birthDate = claim.patient?.birthDate ?? claim.subscriber.birthDate;
  const found = roster.find({ payerId: rules.payerId, memberId: claim.subscriber.memberId, ...(birthDate ? { birthDate } : {}) });
  return found.found ? { member: found.member } : { miss: found.miss };
}

function dataRejection(batch: ClaimBatch837P, claim: Claim837P, rules: PayerRules | undefined, match: MemberMatch | undefined, today: string): ClaimRejection | undefined {
  if (!rules || !match) return rejection('unknown-payer', `2010BB NM109 payer id ${claim.payer.id} is not a payer of this clearinghouse`);
  if (!isValidNpi(batch.billingProvider.npi)) return rejection('invalid-npi', `2010AA NM109 billing provider NPI ${batch.billingProvider.npi} fails the check digit`);
  const rendering = claim.renderingProvider;
  if (rendering && !isValidNpi(rendering.npi)) return { ...rejection('invalid-npi', `2310B NM109 rendering provider NPI ${rendering.npi} fails the check digit`), status: { ...STATUS['invalid-npi'], entity: '82' } };
  if ('miss' in match && match.miss === 'birth-date-mismatch') return rejection('invalid-birth-date', `${claim.patient ? '2010CA' : '2010BA'} DMG02 birth date does not match member ${claim.subscriber.memberId}`);
  if ('miss' in match) return rejection('invalid-member-id', `2010BA NM109 member id ${claim.subscriber.memberId} not found`);
  const future = claim.lines.find((l) => l.serviceDate > today);
  if (future) return rejection('invalid-service-date', `2400 DTP 472 date of service ${future.serviceDate} is in the future`);
  return undefined;
}

function drawnRejection(claim: Claim837P, batch: ClaimBatch837P, rules: PayerRules, prng: Prng): ClaimRejection | undefined {
  const roll = prng.next();
  let cumulative = 0;
  for (const r of rules.rejections) {
    cumulative += r.rate;
    if (roll >= cumulative) continue;
    switch (r.kind) {
      case 'invalid-member-id': return rejection(r.kind, `2010BA NM109 member id ${claim.subscriber.memberId} not found`);
      case 'invalid-npi': return rejection(r.kind, `2010AA NM109 billing provider NPI ${batch.billingProvider.npi} not registered with the payer`);
      case 'invalid-birth-date': return rejection(r.kind, `${claim.patient ? '2010CA' : '2010BA'} DMG02 birth date does not match member ${claim.subscriber.memberId}`);
      case 'invalid-service-date': return rejection(r.kind, `2400 DTP 472 date of service ${claim.lines[0]?.serviceDate ?? ''} is not valid for this member`);
      case 'unknown-payer': return rejection(r.kind, `2010BB NM109 payer id ${claim.payer.id} is not a payer of this clearinghouse`);
    }
  }
  return undefined;
}

/**
 * Whether the payer rejects a claim on the 277CA, and why: first what the data proves (no rules for the payer id, an
 * NPI failing its check digit, a member id or birth date the roster does not know, a date of service after `today`),
 * then the payer's rejection mix drawn from the claim's generator.
 */
export function rejectionOf(batch: ClaimBatch837P, claim: Claim837P, rules: PayerRules | undefined, match: MemberMatch | undefined, prng: Prng, today: string): ClaimRejection | undefined {
  return dataRejection(batch, claim, rules, match, today) ?? (rules ? drawnRejection(claim, batch, rules, prng) : undefined);
}

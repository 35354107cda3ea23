import type { Claim837P } from '@openrcm/x12';
import { isCoveredOn } from '../roster';
import type { ForcedDenial } from './claim-adjudicator';
import type { MemberMatch } from './claim-rejection';
import type { PayerRules } from './payer-rules.types';

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A claim-level denial the data calls for, in this order: CO-29 when the earliest date of service is more than the
 * payer's timely-filing days before `today`; CO-18 when the same CLM01 was already adjudicated in this interchange;
 * CO-26 / CO-27 when the roster member's coverage had not begun / was not in force on the date of service.
 */
export function forcedDenialOf(claim: Claim837P, rules: PayerRules, match: MemberMatch, today: string, duplicate: boolean): ForcedDenial | undefined {
  const first = claim.lines.reduce((min, l) => (l.serviceDate < min ? l.serviceDate : min), claim.lines[0]?.serviceDate ?? today);
  if (daysBetween(first, today) > rules.timelyFilingDays) return { group: 'CO', carc: '29' };
  if (duplicate) return { group: 'CO', carc: '18' };
  if ('member' in match && !isCoveredOn(match.member, first)) {
    return { group: 'CO', carc: first < match.member.planBeginDate ? '26' : '27' };
  }
  return undefined;
}

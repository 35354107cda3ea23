import type { BenefitInput271, DateValue } from '@openrcm/x12';
import type { SimulatedMember } from './realtime-members';

/** The plan dates of a member (DTP 346 plan begin, 347 plan end). */
export function planDates(member: SimulatedMember): DateValue[] {
  return [{ qualifier: '346', date: member.planBegin }, { qualifier: '347', date: member.planEnd }];
}

/**
 * The EB benefits the fake answers: active (EB01 1) or inactive (EB01 6) plan coverage, and for active coverage the
 * office-visit copay in and out of network, coinsurance, and the deductible and out-of-pocket maximum with their
 * calendar-year totals and what remains.
 */
export function benefitsOf(member: SimulatedMember): BenefitInput271[] {
  if (!member.active) return [{ info: '6', coverageLevel: 'IND', serviceTypes: ['30'], planDescription: member.planName }];
  const yearly = (info: 'C' | 'G', amount: SimulatedMember['deductible']): BenefitInput271[] => [
    { info, coverageLevel: 'IND', serviceTypes: ['30'], timePeriod: '23', amountCents: amount.totalCents, inNetwork: 'Y' },
    { info, coverageLevel: 'IND', serviceTypes: ['30'], timePeriod: '29', amountCents: amount.remainingCents, inNetwork: 'Y' },
  ];
  return [
    { info: '1', coverageLevel: 'IND', serviceTypes: ['30', '98'], planDescription: member.planName },
    { info: 'B', coverageLevel: 'IND', serviceTypes: ['98'], timePeriod: '27', amountCents: member.copayCents, inNetwork: 'Y' },
    { info: 'B', coverageLevel: 'IND', serviceTypes: ['98'], timePeriod: '27', amountCents: member.copayCents * 2, inNetwork: 'N' },
    { info: 'A', coverageLevel: 'IND', serviceTypes: ['98'], percent: member.coinsurance, inNetwork: 'Y', messages: ['COINSURANCE APPLIES AFTER DEDUCTIBLE'] },
    ...yearly('C', member.deductible),
    ...yearly('G', member.outOfPocket),
  ];
}

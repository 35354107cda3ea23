import { addDays } from '../../time/calendar-date';
import type { BuiltInScrubRule } from './scrub-input';

/** Days before the limit at which the rule warns. */
export const TIMELY_FILING_WARNING_DAYS = 30;

/** The payer's timely-filing limit, counted from the earliest date of service: past it an error, close to it a warning. */
export const timelyFilingRule: BuiltInScrubRule = {
  id: 'timely-filing',
  description: `The claim is filed within the payer's timely-filing limit (a warning within ${TIMELY_FILING_WARNING_DAYS} days of it)`,
  inspect({ lines, payer, today, claim }) {
    const first = [...lines.map((line) => line.dateOfService), claim.dateOfService].sort()[0] as string;
    const deadline = addDays(first, payer.timelyFilingDays);
    const field = 'DTP03 (2400 DTP*472)';
    if (today > deadline) {
      return [{ severity: 'error', field, message: `the date of service ${first} is past ${payer.name}'s ${payer.timelyFilingDays}-day timely-filing limit (deadline ${deadline})`, hint: 'Submit only with proof of timely filing (an earlier acceptance or a payer exception); otherwise write the charges off as a timely-filing adjustment' }];
    }
    if (today > addDays(deadline, -TIMELY_FILING_WARNING_DAYS)) {
      return [{ severity: 'warning', field, message: `the ${payer.timelyFilingDays}-day timely-filing limit of ${payer.name} for the date of service ${first} ends on ${deadline}`, hint: 'Submit this claim first' }];
    }
    return [];
  },
};

import { authorizationRule } from './authorization.scrub-rule';
import { billingAddressRule } from './billing-address.scrub-rule';
import { claimTotalRule } from './claim-total.scrub-rule';
import { coverageActiveRule } from './coverage-active.scrub-rule';
import { diagnosesRule } from './diagnoses.scrub-rule';
import { diagnosisValidOnDateRule } from './diagnosis-valid-on-date.scrub-rule';
import { duplicateClaimRule } from './duplicate-claim.scrub-rule';
import { modifiersRule } from './modifiers.scrub-rule';
import { mueRule } from './mue.scrub-rule';
import { ncciPtpRule } from './ncci-ptp.scrub-rule';
import { npiCheckDigitRule } from './npi-check-digit.scrub-rule';
import { requiredFieldsRule } from './required-fields.scrub-rule';
import type { BuiltInScrubRule } from './scrub-input';
import { serviceDatesRule } from './service-dates.scrub-rule';
import { subscriberAddressRule } from './subscriber-address.scrub-rule';
import { timelyFilingRule } from './timely-filing.scrub-rule';
import { unitsRule } from './units.scrub-rule';

/** The built-in scrub rules, in the order their findings are listed. */
export const BUILT_IN_SCRUB_RULES: readonly BuiltInScrubRule[] = [
  requiredFieldsRule,
  npiCheckDigitRule,
  billingAddressRule,
  subscriberAddressRule,
  diagnosesRule,
  diagnosisValidOnDateRule,
  modifiersRule,
  unitsRule,
  ncciPtpRule,
  mueRule,
  timelyFilingRule,
  authorizationRule,
  duplicateClaimRule,
  serviceDatesRule,
  coverageActiveRule,
  claimTotalRule,
];

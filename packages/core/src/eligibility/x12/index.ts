export { aaaReason } from './aaa-reasons';
export type { AaaOwner, AaaReason } from './aaa-reasons';
export { inquiryFromRequest } from './x12-270.inquiry';
export type { Inquiry270Parameters } from './x12-270.inquiry';
export { inquiryRequestIssues } from './x12-270.request-checks';
export { map271ToBenefits, patientMemberOf, planDatesOf, rejectionsOf } from './x12-271.mapper';
export type { Map271Options } from './x12-271.mapper';
export { X12EligibilityProvider } from './x12-eligibility.provider';
export type { X12EligibilityProviderOptions } from './x12-eligibility.provider';

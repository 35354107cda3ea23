import type { EligibilityRequest, ValidationIssue } from '@openrcm/sdk';
import { isIsoDate } from '@openrcm/x12';

/** Characters the 270 builder uses as delimiters (element, component, repetition, segment): no value may hold one. */
const DELIMITERS = /[*:^~]/;

function text(issues: ValidationIssue[], field: string, value: string | undefined, required = true): void {
  if (value === undefined || value.trim() === '') {
    if (required) issues.push({ field, message: 'is required for a 270' });
  } else if (DELIMITERS.test(value)) {
    issues.push({ field, message: 'may not contain * : ^ or ~ (X12 delimiters)' });
  }
}

function date(issues: ValidationIssue[], field: string, value: string): void {
  if (!isIsoDate(value)) issues.push({ field, message: 'must be an ISO calendar date (YYYY-MM-DD)' });
}

/** Every field of an eligibility request that cannot go into a 270, named (without its value: it may be PHI). */
export function inquiryRequestIssues(request: EligibilityRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  text(issues, 'payerId', request.payerId);
  if (!/^\d{10}$/.test(request.providerNpi)) issues.push({ field: 'providerNpi', message: 'must be 10 digits' });
  text(issues, 'providerName', request.providerName, false);
  text(issues, 'memberId', request.memberId);
  text(issues, 'patient.firstName', request.patient.firstName);
  text(issues, 'patient.lastName', request.patient.lastName);
  date(issues, 'patient.birthDate', request.patient.birthDate);
  if (request.subscriber) {
    text(issues, 'subscriber.firstName', request.subscriber.firstName);
    text(issues, 'subscriber.lastName', request.subscriber.lastName);
  }
  if (!/^[0-9A-Z]{1,2}$/.test(request.serviceTypeCode)) issues.push({ field: 'serviceTypeCode', message: 'must be an X12 service type code (1–2 characters)' });
  date(issues, 'asOfDate', request.asOfDate);
  return issues;
}

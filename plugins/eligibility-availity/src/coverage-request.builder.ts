import type { EligibilityRequest, ValidationIssue } from '@openrcm/sdk';
import { COVERAGE_FORM } from './availity-fields';
import type { AvailitySettings } from './availity-settings';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The form body of `POST /coverages` for an eligibility request: the payer id mapped through `payerIdMap`, the
 * provider, the member id, the patient, the relationship to the subscriber (`18` when the patient is the subscriber;
 * Availity's form has no subscriber name fields, so a dependent is named as the patient under the subscriber's
 * member id), the service type (the setting's when the request has none) and the as-of date.
 */
export function buildCoverageForm(request: EligibilityRequest, settings: AvailitySettings): URLSearchParams {
  const form = new URLSearchParams();
  form.set(COVERAGE_FORM.payerId, settings.payerIdMap[request.payerId] ?? request.payerId);
  form.set(COVERAGE_FORM.providerNpi, request.providerNpi);
  if (request.providerName?.trim()) form.set(COVERAGE_FORM.providerLastName, request.providerName.trim());
  form.set(COVERAGE_FORM.memberId, request.memberId.trim());
  form.set(COVERAGE_FORM.patientFirstName, request.patient.firstName.trim());
  form.set(COVERAGE_FORM.patientLastName, request.patient.lastName.trim());
  form.set(COVERAGE_FORM.patientBirthDate, request.patient.birthDate);
  const relationship = request.relationshipCode ?? (request.subscriber ? undefined : '18');
  if (relationship) form.set(COVERAGE_FORM.subscriberRelationship, relationship);
  form.set(COVERAGE_FORM.serviceType, request.serviceTypeCode.trim() || settings.serviceType);
  form.set(COVERAGE_FORM.asOfDate, request.asOfDate);
  return form;
}

/** What is wrong with a request before anything is sent, naming the fields (never their values). */
export function requestIssues(request: EligibilityRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!request.payerId?.trim()) issues.push({ field: 'payerId', message: 'is required' });
  if (!/^\d{10}$/.test(request.providerNpi ?? '')) issues.push({ field: 'providerNpi', message: 'must be 10 digits' });
  if (!request.memberId?.trim()) issues.push({ field: 'memberId', message: 'is required' });
  if (!request.patient?.firstName?.trim()) issues.push({ field: 'patient.firstName', message: 'is required' });
  if (!request.patient?.lastName?.trim()) issues.push({ field: 'patient.lastName', message: 'is required' });
  if (!ISO_DATE.test(request.patient?.birthDate ?? '')) issues.push({ field: 'patient.birthDate', message: 'must be YYYY-MM-DD' });
  if (!ISO_DATE.test(request.asOfDate ?? '')) issues.push({ field: 'asOfDate', message: 'must be YYYY-MM-DD' });
  return issues;
}

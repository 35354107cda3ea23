import type { ValidationIssue } from '@openrcm/sdk';
import type { PostalAddress } from '../patients/postal-address';
import type { GuarantorRelationship } from './guarantor.entity';

/** What setting a patient's guarantor takes. */
export interface SetGuarantor {
  readonly relationship: GuarantorRelationship;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly birthDate?: string;
  readonly address?: PostalAddress;
  readonly phone?: string;
  readonly email?: string;
}

const PERSON_FIELDS = ['firstName', 'lastName', 'birthDate', 'address', 'phone', 'email'] as const;
const REQUIRED_FOR_OTHERS = ['firstName', 'lastName', 'address'] as const;

/**
 * The issues of a guarantor: `self` points at the patient and takes no person fields (they would drift from the
 * patient's record); any other relationship needs a name and an address to send statements to.
 */
export function guarantorIssues(input: SetGuarantor, today: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (input.relationship === 'self') {
    for (const field of PERSON_FIELDS) {
      if (input[field] !== undefined) issues.push({ field, message: 'must be left out when the patient is their own guarantor (self)' });
    }
    return issues;
  }
  for (const field of REQUIRED_FOR_OTHERS) {
    if (input[field] === undefined) issues.push({ field, message: `required when the guarantor is the patient's ${input.relationship}` });
  }
  if (input.birthDate !== undefined && input.birthDate > today) issues.push({ field: 'birthDate', message: 'must not be in the future' });
  return issues;
}

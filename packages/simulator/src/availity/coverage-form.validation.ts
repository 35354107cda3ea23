import { COVERAGE_FORM } from './availity-fields';
import type { FieldError } from './coverage-document';

const KNOWN_FIELDS = new Set<string>(Object.values(COVERAGE_FORM));
const { payerId, providerNpi, memberId, patientBirthDate, serviceType, asOfDate } = COVERAGE_FORM;
const REQUIRED = [payerId, providerNpi, memberId, patientBirthDate, serviceType, asOfDate];
const DATE = /^\d{4}-\d{2}-\d{2}(T.*)?$/;

/**
 * Checks a coverage form the way Availity's gateway refuses a request with HTTP 400: required fields present,
 * dates and the NPI well formed, and no field the fake does not know (so a misspelt field name fails loudly).
 */
export function coverageFormErrors(form: Readonly<Record<string, string>>): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of Object.keys(form)) {
    if (!KNOWN_FIELDS.has(field)) errors.push({ field, errorMessage: 'is not a coverage request field' });
  }
  for (const field of REQUIRED) {
    if (!form[field]?.trim()) errors.push({ field, errorMessage: 'is required' });
  }
  for (const field of [COVERAGE_FORM.asOfDate, COVERAGE_FORM.patientBirthDate]) {
    const value = form[field];
    if (value && !DATE.test(value)) errors.push({ field, errorMessage: 'must be a date (YYYY-MM-DD)' });
  }
  const npi = form[COVERAGE_FORM.providerNpi];
  if (npi && !/^\d{10}$/.test(npi)) errors.push({ field: COVERAGE_FORM.providerNpi, errorMessage: 'must be 10 digits' });
  return errors;
}

/** The form with its dates cut to calendar dates (Availity accepts date-times). */
export function normaliseCoverageForm(form: Readonly<Record<string, string>>): Record<string, string> {
  const copy = { ...form };
  for (const field of [COVERAGE_FORM.asOfDate, COVERAGE_FORM.patientBirthDate]) {
    const value = copy[field];
    if (value) copy[field] = value.slice(0, 10);
  }
  return copy;
}

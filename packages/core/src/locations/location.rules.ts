import type { ValidationIssue } from '@openrcm/sdk';
import { isValidNpi } from '@openrcm/x12';

/** A location's fields as written (after defaults and, for a change, merged with the stored ones). */
export interface LocationFields {
  readonly name: string;
  readonly npi: string | null;
  readonly addressLine1: string;
  readonly addressLine2: string | null;
  readonly city: string;
  readonly state: string;
  readonly zip: string;
  readonly phone: string | null;
  readonly placeOfServiceCode: string;
  readonly active: boolean;
}

/** USPS codes of the states, DC, the territories and the military post offices. */
const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
    'RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI FM MH PW AA AE AP'
  ).split(' '),
);

const PO_BOX = /\b(?:p\.?\s*o\.?\s*box|post\s+office\s+box)\b|^\s*box\s+\d/i;
const PLACE_OF_SERVICE = /^\d{2}$/;

/** Trims text and turns empty text into null. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** A phone number without punctuation or the leading country code 1; null when blank. */
function normalizePhone(phone: string | null): string | null {
  const compact = blankToNull(phone)?.replace(/[\s().+-]/g, '');
  if (!compact) return null;
  return /^1\d{10}$/.test(compact) ? compact.slice(1) : compact;
}

/**
 * Normalizes a location's fields (upper-case state, ZIP and phone as digits) and lists every bad one. The place-of-
 * service code is only checked for shape here; the service checks it against the loaded code set.
 */
export function checkLocation(input: LocationFields): { readonly value: LocationFields; readonly issues: ValidationIssue[] } {
  const value: LocationFields = {
    name: input.name.trim(),
    npi: blankToNull(input.npi),
    addressLine1: input.addressLine1.trim(),
    addressLine2: blankToNull(input.addressLine2),
    city: input.city.trim(),
    state: input.state.trim().toUpperCase(),
    zip: input.zip.trim().replace(/-/g, ''),
    phone: normalizePhone(input.phone),
    placeOfServiceCode: input.placeOfServiceCode.trim(),
    active: input.active,
  };
  const issues: ValidationIssue[] = [];
  const requireText = (field: keyof LocationFields, text: string, max: number) => {
    if (!text) issues.push({ field, message: 'required' });
    else if (text.length > max) issues.push({ field, message: `at most ${max} characters` });
  };
  requireText('name', value.name, 60);
  if (value.npi !== null && !isValidNpi(value.npi)) issues.push({ field: 'npi', message: `${value.npi} is not a valid NPI (ten digits with a valid check digit)` });
  requireText('addressLine1', value.addressLine1, 55);
  for (const field of ['addressLine1', 'addressLine2'] as const) {
    if (value[field] && PO_BOX.test(value[field])) {
      issues.push({ field, message: 'a service location needs a street address; a PO box goes in the pay-to address' });
    }
  }
  if (value.addressLine2 !== null && value.addressLine2.length > 55) issues.push({ field: 'addressLine2', message: 'at most 55 characters' });
  requireText('city', value.city, 30);
  if (!US_STATES.has(value.state)) issues.push({ field: 'state', message: `"${value.state}" is not a two-letter USPS state code` });
  if (!/^\d{5}(?:\d{4})?$/.test(value.zip)) issues.push({ field: 'zip', message: 'a ZIP code: five digits, or nine (ZIP+4, a dash allowed)' });
  if (value.phone !== null && !/^[2-9]\d{2}[2-9]\d{6}$/.test(value.phone)) issues.push({ field: 'phone', message: 'a ten-digit US phone number, e.g. (312) 555-0142' });
  if (!PLACE_OF_SERVICE.test(value.placeOfServiceCode)) issues.push({ field: 'placeOfServiceCode', message: 'a two-digit place-of-service code, e.g. 11 (office)' });
  return { value, issues };
}

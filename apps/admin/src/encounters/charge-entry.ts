/** What the charge entry form holds, as typed. */
export interface ChargeDraft {
  readonly procedureCode: string;
  /** Modifiers as typed, separated by commas or spaces (`25, 59`). */
  readonly modifiers: string;
  readonly units: number | string;
  /** Diagnosis pointers as typed (`1, 2`): 1-based positions in the encounter's diagnoses. */
  readonly pointers: string;
}

/** The body of `POST …/charges` the draft becomes. */
export interface ChargeRequest {
  readonly procedureCode: string;
  readonly modifiers: string[];
  readonly units: number;
  readonly diagnosisPointers: number[];
}

export type ChargeErrors = Partial<Record<keyof ChargeDraft, string>>;

const PROCEDURE_CODE = /^[A-Z0-9]{5}$/;
const MODIFIER = /^[A-Z0-9]{2}$/;
const split = (text: string) => text.split(/[\s,]+/).map((part) => part.trim()).filter(Boolean);

/**
 * Checks a draft as the server will (837P: up to four modifiers, units 1–9999, one to four pointers into the
 * encounter's diagnoses, no pointer twice), so a coder sees the mistake beside the field before sending.
 */
export function validateCharge(draft: ChargeDraft, diagnosisCount: number): { request?: ChargeRequest; errors: ChargeErrors } {
  const errors: ChargeErrors = {};
  const procedureCode = draft.procedureCode.trim().toUpperCase();
  if (!PROCEDURE_CODE.test(procedureCode)) errors.procedureCode = 'Choose a five-character CPT or HCPCS code';
  const modifiers = split(draft.modifiers.toUpperCase());
  if (modifiers.length > 4) errors.modifiers = `At most four modifiers per line (${modifiers.length} given)`;
  else if (modifiers.some((modifier) => !MODIFIER.test(modifier))) errors.modifiers = 'Each modifier is two letters or digits';
  const units = Number(draft.units);
  if (!Number.isInteger(units) || units < 1 || units > 9999) errors.units = 'A whole number from 1 to 9999';
  const pointers = split(draft.pointers).map(Number);
  if (diagnosisCount === 0) errors.pointers = 'Enter the diagnoses first: each line points at one to four of them';
  else if (pointers.length < 1 || pointers.length > 4) errors.pointers = 'One to four diagnosis pointers';
  else if (pointers.some((pointer) => !Number.isInteger(pointer) || pointer < 1 || pointer > diagnosisCount)) {
    errors.pointers = `Each pointer is a diagnosis number from 1 to ${diagnosisCount}`;
  } else if (new Set(pointers).size !== pointers.length) errors.pointers = 'A diagnosis is pointed at once per line';
  if (Object.keys(errors).length > 0) return { errors };
  return { request: { procedureCode, modifiers, units, diagnosisPointers: pointers }, errors };
}

/** Cents as dollars: 12345 → $123.45. */
export function dollars(cents: number): string {
  return (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
}

/** ICD-10-CM codes are stored without the dot; people read them with it after the third character. */
export function icd10Display(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

/** The code set of a procedure code: HCPCS Level II is a letter A–V and four digits; the rest is CPT. */
export function procedureKind(code: string): 'hcpcs' | 'cpt' {
  return /^[A-V]\d{4}$/.test(code) ? 'hcpcs' : 'cpt';
}

import type { EntityManager } from '@mikro-orm/postgresql';

/** Crockford base 32 (no I, L, O, U): short, unambiguous when read over the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Claim numbers are written as `C` and seven base-32 digits (34 billion numbers; 8 of CLM01's 20 characters). */
export const CLAIM_NUMBER_WIDTH = 7;

/** `value` in Crockford base 32, left-padded with zeros to `width`. */
export function toBase32(value: number, width = CLAIM_NUMBER_WIDTH): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`claim number ${value} is not a non-negative integer`);
  let digits = '';
  let rest = value;
  do {
    digits = ALPHABET[rest % 32] + digits;
    rest = Math.floor(rest / 32);
  } while (rest > 0);
  if (digits.length > width) throw new Error(`claim number ${value} does not fit ${width} base-32 digits`);
  return digits.padStart(width, '0');
}

/** The patient control number (CLM01) of claim number `value`: `C` + seven base-32 digits. */
export function patientControlNumberOf(value: number): string {
  return `C${toBase32(value)}`;
}

/** The line item control number (REF*6R) of line `lineNumber` (1-50) of claim CLM01 `patientControlNumber`. */
export function lineItemControlNumberOf(patientControlNumber: string, lineNumber: number): string {
  if (!Number.isInteger(lineNumber) || lineNumber < 1 || lineNumber > 99) throw new Error(`line number ${lineNumber} is outside 1-99`);
  return `${patientControlNumber}-${String(lineNumber).padStart(2, '0')}`;
}

/**
 * Reserves `count` consecutive claim numbers of the organization atomically and returns the first. Call it inside the
 * transaction that stores the claims: a rollback returns the numbers, so none is ever used twice.
 */
export async function reserveClaimNumbers(em: EntityManager, organizationId: string, count: number): Promise<number> {
  const [row] = await em.execute<{ last_value: string }[]>(
    `insert into claim_number_sequence (organization_id, last_value) values (?, ?)
     on conflict (organization_id) do update set last_value = claim_number_sequence.last_value + ?
     returning last_value`,
    [organizationId, count, count],
  );
  return Number(row?.last_value) - count + 1;
}

/** The claim number of a CLM01 written by {@link patientControlNumberOf} (`C` + seven base-32 digits), else null. */
export function claimNumberOf(patientControlNumber: string): number | null {
  if (!/^C[0-9A-HJKMNP-TV-Z]{7}$/.test(patientControlNumber)) return null;
  return [...patientControlNumber.slice(1)].reduce((value, digit) => value * 32 + ALPHABET.indexOf(digit), 0);
}

/**
 * Moves the organization's claim number sequence past `value` (a number already used by a claim that came from
 * elsewhere, such as an open A/R conversion), so the claim builder never reserves it again.
 */
export async function advanceClaimNumbersPast(em: EntityManager, organizationId: string, value: number): Promise<void> {
  await em.execute(
    `insert into claim_number_sequence (organization_id, last_value) values (?, ?)
     on conflict (organization_id) do update set last_value = greatest(claim_number_sequence.last_value, excluded.last_value)`,
    [organizationId, value],
  );
}

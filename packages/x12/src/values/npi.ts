/**
 * NPI check digit: Luhn over the 9-digit base with the constant 24 added for the implied 80840 prefix.
 * A valid check digit does not prove the NPI exists.
 */

/** Computes the check digit for a 9-digit NPI base. */
export function npiCheckDigit(base: string): number {
  if (!/^\d{9}$/.test(base)) throw new RangeError('NPI base must be 9 digits');
  return luhn(base);
}

/** Check digit of the 9 digits at the start of `digits` (already known to be digits). */
function luhn(digits: string): number {
  let sum = 24;
  for (let i = 0; i < 9; i++) {
    let d = digits.charCodeAt(8 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the text is 10 digits and its last digit is the NPI check digit. */
export function isValidNpi(npi: string): boolean {
  if (typeof npi !== 'string' || npi.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const d = npi.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
  }
  return luhn(npi) === npi.charCodeAt(9) - 48;
}

/**
 * NPI check digit: Luhn over the 9-digit base with the constant 24 added for the implied 80840 prefix.
 * A valid check digit does not prove the NPI exists.
 */

/** Computes the check digit for a 9-digit NPI base. */
export function npiCheckDigit(base: string): number {
  if (!/^\d{9}$/.test(base)) throw new RangeError('NPI base must be 9 digits');
  let sum = 24;
  for (let i = 0; i < 9; i++) {
    let d = base.charCodeAt(8 - i) - 48;
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
  if (!/^\d{10}$/.test(npi)) return false;
  return npiCheckDigit(npi.slice(0, 9)) === npi.charCodeAt(9) - 48;
}

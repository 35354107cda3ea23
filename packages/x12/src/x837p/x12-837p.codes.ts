/** Code lists the 837P builder and validator check (code values only, no descriptions). */

/** CMS place of service codes in use (unassigned numbers such as 98 are not listed). */
export const PLACE_OF_SERVICE_CODES: ReadonlySet<string> = new Set([
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20',
  '21', '22', '23', '24', '25', '26', '27', '31', '32', '33', '34', '41', '42', '49', '50', '51', '52', '53', '54', '55',
  '56', '57', '58', '60', '61', '62', '65', '66', '71', '72', '81', '99',
]);

/** SBR09 claim filing indicator codes of 005010X222A1. */
export const CLAIM_FILING_INDICATOR_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', 'AM', 'BL', 'CH', 'CI', 'DS', 'FI', 'HM', 'LM', 'MA', 'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ',
]);

/** SBR01 payer responsibility sequence codes. */
export const PAYER_RESPONSIBILITY_CODES: ReadonlySet<string> = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'P', 'S', 'T', 'U']);

/** PAT01 individual relationship codes of the 2000C patient loop. */
export const PATIENT_RELATIONSHIP_CODES: ReadonlySet<string> = new Set(['01', '19', '20', '21', '39', '40', '53', 'G8']);

/** CAS01 claim adjustment group codes. */
export const ADJUSTMENT_GROUP_CODES: ReadonlySet<string> = new Set(['CO', 'CR', 'OA', 'PI', 'PR']);

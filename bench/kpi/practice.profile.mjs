// The generated practice: its payers, locations, providers, procedures, denial reasons and patient names, with the
// rates the history is drawn from. Everything the generator decides comes from these tables and the seed.

/** The practice's time zone: dates of service and remittance dates are its calendar days. */
export const TIME_ZONE = 'America/Chicago';

/** Months of dates of service before the history's last day. */
export const HISTORY_MONTHS = 18;

/**
 * Payers by number. `ratio`: allowed ÷ billed; `lagDays`: the payer’s usual days from submission to its 835 as primary;
 * `contract`: the practice loaded the payer's fee schedule (its charges carry an expected allowed amount);
 * `weight`: share of the insured patients it covers as primary (0: a secondary payer only). A payer sends its 835s
 * on two weekdays (see `remitWeekdays` in the SQL).
 */
export const PAYERS = [
  { n: 1, name: 'Medicare Part B', payerId: '04412', filing: 'MB', ratio: 0.38, lagDays: 14, contract: true, weight: 28 },
  { n: 2, name: 'State Medicaid', payerId: '77027', filing: 'MC', ratio: 0.3, lagDays: 25, contract: false, weight: 14 },
  { n: 3, name: 'Blue Cross Blue Shield', payerId: '00621', filing: 'BL', ratio: 0.55, lagDays: 17, contract: true, weight: 20 },
  { n: 4, name: 'Aetna', payerId: '60054', filing: 'CI', ratio: 0.58, lagDays: 19, contract: true, weight: 12 },
  { n: 5, name: 'UnitedHealthcare', payerId: '87726', filing: 'CI', ratio: 0.56, lagDays: 21, contract: false, weight: 16 },
  { n: 6, name: 'Cigna', payerId: '62308', filing: 'CI', ratio: 0.6, lagDays: 20, contract: true, weight: 10 },
  { n: 7, name: 'AARP Medicare Supplement', payerId: '36273', filing: 'CI', ratio: 1, lagDays: 12, contract: false, weight: 0 },
];

/**
 * Days from a secondary claim's submission to the secondary payer's 835 (at least; up to ten more): a secondary claim
 * carries the primary's adjudication, so it is decided on sight.
 */
export const SECONDARY_LAG_DAYS = 12;

/** The secondary payers: Medicare patients' supplement, and Medicaid behind a commercial plan. */
export const MEDIGAP_PAYER = 7;
export const MEDICAID_PAYER = 2;
export const MEDICARE_PAYER = 1;

export const LOCATIONS = [
  { n: 1, name: 'Riverside Family Medicine', line1: '1200 Riverside Dr', city: 'Springfield', state: 'IL', zip: '627011200' },
  { n: 2, name: 'Oak Park Clinic', line1: '45 Oak Park Ave', city: 'Springfield', state: 'IL', zip: '627040045' },
  { n: 3, name: 'Northgate Medical Office', line1: '880 Northgate Rd', city: 'Chatham', state: 'IL', zip: '626290880' },
];

const LAST_NAMES = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts'];
const FEMALE_NAMES = ['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa', 'Nancy', 'Betty', 'Sandra', 'Margaret', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Carol', 'Amanda', 'Melissa', 'Deborah', 'Stephanie'];
const MALE_NAMES = ['James', 'Robert', 'John', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Christopher', 'Charles', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Andrew', 'Paul', 'Joshua', 'Kenneth', 'Kevin', 'Brian', 'George', 'Timothy'];
export const NAMES = { last: LAST_NAMES, female: FEMALE_NAMES, male: MALE_NAMES };

/** The practice's rendering providers, three per location (provider 1 is the group, the billing provider). */
export const RENDERING_PROVIDERS = [
  ['Chen', 'Laura', '207Q00000X'], ['Okafor', 'Daniel', '207R00000X'], ['Patel', 'Anita', '363LF0000X'],
  ['Novak', 'Peter', '207Q00000X'], ['Alvarez', 'Rosa', '207R00000X'], ['Brooks', 'Hannah', '363LF0000X'],
  ['Kim', 'Samuel', '207Q00000X'], ['Duarte', 'Miguel', '207R00000X'], ['Fischer', 'Emma', '363AM0700X'],
];

/**
 * Procedures by the line they appear on: line 1 is the visit (E/M), line 2 a lab or test, line 3 a shot, image,
 * therapy or minor procedure. `fee` is the practice's charge in cents per unit.
 */
export const PROCEDURES = [
  { n: 1, code: '99213', fee: 14500, units: 1, line: 1, weight: 40 },
  { n: 2, code: '99214', fee: 21000, units: 1, line: 1, weight: 30 },
  { n: 3, code: '99212', fee: 9500, units: 1, line: 1, weight: 10 },
  { n: 4, code: '99203', fee: 19000, units: 1, line: 1, weight: 10 },
  { n: 5, code: '99204', fee: 28500, units: 1, line: 1, weight: 10 },
  { n: 6, code: '36415', fee: 2500, units: 1, line: 2, weight: 35 },
  { n: 7, code: '85025', fee: 4000, units: 1, line: 2, weight: 25 },
  { n: 8, code: '80053', fee: 6000, units: 1, line: 2, weight: 20 },
  { n: 9, code: '93000', fee: 7500, units: 1, line: 2, weight: 20 },
  { n: 10, code: '90471', fee: 3500, units: 1, line: 3, weight: 25 },
  { n: 11, code: '90686', fee: 4500, units: 1, line: 3, weight: 20 },
  { n: 12, code: '71046', fee: 12000, units: 1, line: 3, weight: 20 },
  { n: 13, code: '97110', fee: 8000, units: 2, line: 3, weight: 15 },
  { n: 14, code: '20610', fee: 16000, units: 1, line: 3, weight: 10 },
  { n: 15, code: '11721', fee: 9000, units: 1, line: 3, weight: 10 },
];

/** Diagnosis codes an encounter lists (two drawn per encounter). */
export const DIAGNOSES = ['I10', 'E119', 'E785', 'J069', 'M545', 'Z0000', 'K219', 'F419', 'J45909', 'M1711', 'N390', 'R051', 'E039', 'G43909', 'L409'];

/**
 * First-adjudication denials by CARC (CAS group, reason, weight). Categories follow core's default denial category
 * rules (packages/core/src/denials/denial-category.defaults.ts).
 */
export const DENIAL_REASONS = [
  { group: 'CO', reason: '27', category: 'eligibility', check: 'eligibility-verified', owner: 'front-desk', remark: 'N30', weight: 14 },
  { group: 'CO', reason: '31', category: 'eligibility', check: 'eligibility-verified', owner: 'front-desk', remark: '', weight: 6 },
  { group: 'CO', reason: '197', category: 'authorization', check: 'authorization-confirmed', owner: 'front-desk', remark: 'N54', weight: 12 },
  { group: 'CO', reason: '16', category: 'coding', check: 'codes-valid', owner: 'coder', remark: 'M76', weight: 15 },
  { group: 'CO', reason: '97', category: 'coding', check: 'codes-valid', owner: 'coder', remark: 'M15', weight: 10 },
  { group: 'CO', reason: '11', category: 'coding', check: 'codes-valid', owner: 'coder', remark: 'M76', weight: 6 },
  { group: 'CO', reason: '50', category: 'medical-necessity', check: 'medical-necessity', owner: 'coder', remark: 'N115', weight: 12 },
  { group: 'CO', reason: '29', category: 'timely-filing', check: null, owner: 'biller', remark: '', weight: 4 },
  { group: 'OA', reason: '18', category: 'duplicate', check: null, owner: 'biller', remark: 'N522', weight: 9 },
  { group: 'CO', reason: '96', category: 'non-covered', check: 'eligibility-verified', owner: 'biller', remark: 'N130', weight: 7 },
  { group: 'CO', reason: '204', category: 'non-covered', check: 'eligibility-verified', owner: 'biller', remark: '', weight: 5 },
];

/** Scrub errors found on the first scrub (rule, field, message, hint). */
export const SCRUB_ERRORS = [
  ['required-fields', 'subscriber.memberId', 'The subscriber member id is missing', 'Enter the member id from the insurance card'],
  ['diagnosis-valid-on-date', 'diagnoses[0]', 'Diagnosis code is not valid on the date of service', 'Pick a billable code of the current ICD-10-CM release'],
  ['modifiers', 'lines[0].modifiers', 'Modifier 25 is required on the E/M line billed with a procedure', 'Add modifier 25 to the visit line'],
  ['ncci-ptp', 'lines[1].procedureCode', 'NCCI procedure-to-procedure edit: the pair is not billable together', 'Add modifier 59 or XU when the services were distinct'],
  ['mue', 'lines[1].units', 'Units exceed the medically unlikely edit', 'Split the units or document the medical need'],
  ['coverage-active', 'coverage', 'The coverage is not active on the date of service', 'Run eligibility and update the coverage dates'],
  ['authorization', 'lines[0].authorization', 'The payer requires a prior authorization for this code', 'Attach the authorization number'],
  ['subscriber-address', 'subscriber.address', 'The subscriber address is incomplete', 'Enter street, city, state and ZIP'],
];

/** Scrub warnings (they do not stop a claim). */
export const SCRUB_WARNINGS = [
  ['service-dates', 'lines[0].dateOfService', 'The date of service is more than 90 days ago', 'Submit soon: the payer’s filing limit approaches'],
  ['diagnoses', 'diagnoses', 'Only one diagnosis supports several procedures', 'Check the diagnosis pointers'],
];

/**
 * Encounter gate checks that fail (check, the encounter event it guards, outcome, reason, share of encounters).
 * `excepted` ones pass by exception and open an exception work item.
 */
export const GATE_DEFECTS = [
  { check: 'eligibility-verified', event: 'mark-ready', outcome: 'refused', reason: 'no active eligibility response on file for the date of service', rate: 0.035 },
  { check: 'authorization-confirmed', event: 'mark-ready', outcome: 'refused', reason: 'a charge requires a prior authorization and none is linked', rate: 0.015 },
  { check: 'registration-complete', event: 'mark-ready', outcome: 'refused', reason: 'the patient address or subscriber data is incomplete', rate: 0.01 },
  { check: 'documentation-signed', event: 'code', outcome: 'refused', reason: 'the visit note is not signed by the rendering provider', rate: 0.01 },
  { check: 'codes-valid', event: 'code', outcome: 'refused', reason: 'a diagnosis code is not billable on the date of service', rate: 0.008 },
  { check: 'patient-responsibility-communicated', event: 'mark-ready', outcome: 'excepted', reason: 'the estimate was not given to the patient before the visit', rate: 0.007 },
];

/** Who did things: the users' ids as the audit trail and the ledger record them. */
export const ACTORS = { biller: 'bench-biller', poster: 'bench-poster', frontDesk: 'bench-front-desk', coder: 'bench-coder', clearinghouse: 'clearinghouse-generic' };

/** A valid NPI (Luhn check digit over the 80840 prefix) from nine digits. */
export function npiOf(nineDigits) {
  const base = String(nineDigits).padStart(9, '0');
  const digits = `80840${base}`.split('').map(Number);
  let sum = 0;
  for (let index = digits.length - 1, double = true; index >= 0; index -= 1, double = !double) {
    let digit = digits[index];
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${base}${(10 - (sum % 10)) % 10}`;
}

/**
 * The demo practice's data, all fictional: people from the simulator's member roster (plus one member id the payer
 * does not know), HCPCS Level II and ICD-10-CM codes (public domain) described in the demo's own words, and fees.
 */
export const DEMO_ORGANIZATION_NAME = 'Demo Family Practice';
export const DEMO_TIME_ZONE = 'America/New_York';
export const DEMO_ADMIN_EMAIL = 'admin@demo.openrcm.local';
export const DEMO_SUBMITTER_ID = 'DEMOFP01';

/** ICD-10-CM, in the order file's layout (code padded to 8, then the description). */
export const DEMO_DIAGNOSES: readonly (readonly [string, string])[] = [
  ['Z0000', 'Encounter for general adult medical examination without abnormal findings'],
  ['Z23', 'Encounter for immunization'],
  ['E119', 'Type 2 diabetes mellitus without complications'],
  ['I10', 'Essential (primary) hypertension'],
  ['J069', 'Acute upper respiratory infection, unspecified'],
];

/** HCPCS Level II codes the demo bills, with its own short wording, and the charge master's price in cents. */
export const DEMO_PROCEDURES: readonly { code: string; description: string; feeCents: number; allowedCents: number }[] = [
  { code: 'G0438', description: 'Annual wellness visit, first', feeCents: 21_000, allowedCents: 17_300 },
  { code: 'G0439', description: 'Annual wellness visit, later years', feeCents: 16_000, allowedCents: 13_400 },
  { code: 'G0444', description: 'Yearly depression screening, 5-15 min', feeCents: 3_000, allowedCents: 1_900 },
  { code: 'G0008', description: 'Giving the influenza vaccine', feeCents: 4_000, allowedCents: 3_200 },
  { code: 'J1100', description: 'Dexamethasone sodium phosphate injection, 1 mg', feeCents: 1_200, allowedCents: 400 },
];

/** Modifiers the demo loads (two-character codes, tab-separated with the demo's wording). */
export const DEMO_MODIFIERS: readonly (readonly [string, string])[] = [
  ['25', 'Separately identifiable service on the same day'],
  ['59', 'Distinct procedural service'],
  ['JZ', 'No amount of the drug was discarded'],
];

export interface DemoPayer {
  readonly key: string;
  readonly name: string;
  readonly payerId: string;
  readonly claimFilingIndicator: string;
}

/** Payers of the simulator's roster, both reached through the generic clearinghouse. */
export const DEMO_PAYERS: readonly DemoPayer[] = [
  { key: 'commercial', name: 'Simulated Health Plan', payerId: 'SIMPAYER1', claimFilingIndicator: 'CI' },
  { key: 'advantage', name: 'Simulated Medicare Advantage', payerId: 'SIMPAYER2', claimFilingIndicator: '16' },
];

export interface DemoCharge {
  readonly procedureCode: string;
  readonly modifiers?: readonly string[];
  readonly units: number;
  readonly diagnosisPointers: readonly number[];
}

export interface DemoVisit {
  /** The patient, their own subscriber: the home address goes in 2010BA N3/N4. */
  readonly patient: { firstName: string; lastName: string; birthDate: string; sex: 'F' | 'M'; address: { line1: string; city: string; state: string; postalCode: string } };
  readonly payerKey: string;
  readonly memberId: string;
  /** What the front desk heard when it called the payer (eligibility recorded by hand, method `phone`). */
  readonly eligibility: 'active' | 'inactive';
  readonly doctor: 0 | 1;
  readonly diagnoses: readonly string[];
  readonly charges: readonly DemoCharge[];
  /** What the demo expects to happen, printed beside the result. */
  readonly story: string;
}

export const DEMO_VISITS: readonly DemoVisit[] = [
  {
    patient: { firstName: 'Ada', lastName: 'Testperson', birthDate: '1980-04-12', sex: 'F', address: { line1: '12 Elm St', city: 'Albany', state: 'NY', postalCode: '12207' } },
    payerKey: 'commercial', memberId: 'SIM100001', eligibility: 'active', doctor: 0,
    diagnoses: ['Z00.00', 'Z23'],
    charges: [
      { procedureCode: 'G0439', units: 1, diagnosisPointers: [1] },
      { procedureCode: 'G0444', units: 1, diagnosisPointers: [1] },
      { procedureCode: 'G0008', units: 1, diagnosisPointers: [2] },
    ],
    story: 'PPO subscriber: wellness visit, screening and flu shot',
  },
  {
    patient: { firstName: 'Cleo', lastName: 'Sample', birthDate: '1991-11-30', sex: 'F', address: { line1: '48 Oak Ave', city: 'Albany', state: 'NY', postalCode: '12207' } },
    payerKey: 'commercial', memberId: 'SIM100002', eligibility: 'active', doctor: 1,
    diagnoses: ['J06.9'],
    charges: [{ procedureCode: 'J1100', modifiers: ['JZ'], units: 4, diagnosisPointers: [1] }],
    story: 'high-deductible plan: an injection',
  },
  {
    patient: { firstName: 'Eve', lastName: 'Outnet', birthDate: '1968-07-21', sex: 'F', address: { line1: '7 Pine Rd', city: 'Albany', state: 'NY', postalCode: '12207' } },
    payerKey: 'commercial', memberId: 'SIM100004', eligibility: 'active', doctor: 0,
    diagnoses: ['E11.9', 'I10'],
    charges: [{ procedureCode: 'G0438', units: 1, diagnosisPointers: [1, 2] }],
    story: 'the practice is out of her network',
  },
  {
    patient: { firstName: 'Finn', lastName: 'Oldtimer', birthDate: '1950-01-05', sex: 'M', address: { line1: '301 River St', city: 'Albany', state: 'NY', postalCode: '12207' } },
    payerKey: 'advantage', memberId: 'SIM200001', eligibility: 'active', doctor: 1,
    diagnoses: ['Z00.00', 'I10'],
    charges: [{ procedureCode: 'G0439', units: 1, diagnosisPointers: [1, 2] }],
    story: 'Medicare Advantage member',
  },
  {
    patient: { firstName: 'Gus', lastName: 'Ghostly', birthDate: '1970-01-01', sex: 'M', address: { line1: '9 Birch Ln', city: 'Albany', state: 'NY', postalCode: '12207' } },
    payerKey: 'commercial', memberId: 'SIM999999', eligibility: 'active', doctor: 0,
    diagnoses: ['J06.9'],
    charges: [{ procedureCode: 'G0444', units: 1, diagnosisPointers: [1] }],
    story: 'a member id the payer does not know (typed wrong at registration)',
  },
  {
    patient: { firstName: 'Dev', lastName: 'Example', birthDate: '1975-02-17', sex: 'M', address: { line1: '150 Lark St', city: 'Albany', state: 'NY', postalCode: '12207' } },
    payerKey: 'commercial', memberId: 'SIM100003', eligibility: 'inactive', doctor: 1,
    diagnoses: ['I10'],
    charges: [{ procedureCode: 'G0439', units: 1, diagnosisPointers: [1] }],
    story: 'coverage ended 2026-06-30 (the phone check said inactive)',
  },
];

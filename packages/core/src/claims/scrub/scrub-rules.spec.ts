import type { ClaimSnapshot } from '../claim-snapshot';
import { authorizationRule } from './authorization.scrub-rule';
import { billingAddressRule } from './billing-address.scrub-rule';
import { BUILT_IN_SCRUB_RULES } from './built-in-scrub-rules';
import { claimTotalRule } from './claim-total.scrub-rule';
import { coverageActiveRule } from './coverage-active.scrub-rule';
import { diagnosesRule } from './diagnoses.scrub-rule';
import { diagnosisValidOnDateRule } from './diagnosis-valid-on-date.scrub-rule';
import { duplicateClaimRule } from './duplicate-claim.scrub-rule';
import { modifiersRule } from './modifiers.scrub-rule';
import { mueRule } from './mue.scrub-rule';
import { ncciPtpRule } from './ncci-ptp.scrub-rule';
import { npiCheckDigitRule } from './npi-check-digit.scrub-rule';
import { requiredFieldsRule } from './required-fields.scrub-rule';
import type { BuiltInScrubRule, OtherClaim, ScrubInput, ScrubLine } from './scrub-input';
import { serviceDatesRule } from './service-dates.scrub-rule';
import { subscriberAddressRule } from './subscriber-address.scrub-rule';
import { timelyFilingRule } from './timely-filing.scrub-rule';
import { unitsRule } from './units.scrub-rule';

const DOS = '2026-03-02';

const SNAPSHOT: ClaimSnapshot = {
  version: 1,
  builtAt: '2026-03-03T10:00:00.000Z',
  billingProvider: {
    providerId: 'b',
    entityType: '2',
    lastName: 'Riverside Family Medicine',
    firstName: null,
    npi: '1234567893',
    taxonomy: null,
    taxId: '123456789',
    taxIdQualifier: 'EI',
    address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '627011234' },
    contactName: 'Riverside Family Medicine',
    contactPhone: '2175550100',
  },
  renderingProvider: { providerId: 'r', entityType: '1', lastName: 'Okafor', firstName: 'Adaeze', npi: '1245319599', taxonomy: '207Q00000X' },
  serviceFacility: { locationId: 'l', name: 'Main', npi: null, address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '627011234' } },
  subscriber: { relationship: '18', lastName: 'Doe', firstName: 'Maria', birthDate: '1985-04-12', sex: 'F', address: null, memberId: 'ACM123', groupNumber: null, planName: null },
  patient: { patientId: 'p', lastName: 'Doe', firstName: 'Maria', birthDate: '1985-04-12', sex: 'F', address: { line1: '12 Elm St', city: 'Springfield', state: 'IL', postalCode: '62704' }, accountNumber: null },
  payer: { payerRecordId: 'payer', name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' },
  payerResponsibility: 'P',
  placeOfService: '11',
  diagnoses: ['E119', 'I10'],
  priorAuthorizationNumber: null,
  serviceDateFrom: DOS,
  serviceDateTo: DOS,
};

const LINES: ScrubLine[] = [
  { lineNumber: 1, procedureCode: '99213', modifiers: ['25'], units: 1, unitType: 'UN', chargeCents: 12_500, diagnosisPointers: [1, 2], dateOfService: DOS, authorization: null },
  { lineNumber: 2, procedureCode: '97110', modifiers: ['GP'], units: 4, unitType: 'UN', chargeCents: 24_000, diagnosisPointers: [1], dateOfService: DOS, authorization: null },
];

/** A claim every built-in rule passes. */
function clean(): ScrubInput {
  return {
    today: '2026-03-10',
    claim: { id: 'c1', patientControlNumber: 'RFM000001', frequency: '1', totalChargeCents: 36_500, payerRecordId: 'payer', dateOfService: DOS, replacesClaimId: null, replacedPayerClaimNumber: null },
    snapshot: SNAPSHOT,
    lines: LINES,
    submitter: { name: 'Riverside', id: 'RIVERSIDE01' },
    diagnosisChecks: new Map([
      [`E119|${DOS}`, { valid: true, reason: null }],
      [`I10|${DOS}`, { valid: true, reason: null }],
    ]),
    modifierChecks: new Map([
      [`25|${DOS}`, { valid: true, reason: null }],
      [`GP|${DOS}`, { valid: true, reason: null }],
    ]),
    ptpConflicts: [],
    mueViolations: [],
    payer: { name: 'Acme Health', timelyFilingDays: 365, authorizationRequiredCodes: [] },
    eligibility: [{ dateOfService: DOS, outcome: 'active', checkedAt: '2026-03-01T10:00:00.000Z' }],
    otherClaims: [],
  };
}

type Change = (input: ScrubInput) => ScrubInput;
const snapshot = (change: Partial<ClaimSnapshot>): Change => (input) => ({ ...input, snapshot: { ...input.snapshot, ...change } });
const billing = (change: Partial<ClaimSnapshot['billingProvider']>): Change => (input) => snapshot({ billingProvider: { ...input.snapshot.billingProvider, ...change } })(input);
const line = (index: number, change: Partial<ScrubLine>): Change => (input) => ({ ...input, lines: input.lines.map((each, at) => (at === index ? { ...each, ...change } : each)) });
const claim = (change: Partial<ScrubInput['claim']>): Change => (input) => ({ ...input, claim: { ...input.claim, ...change } });
const OTHER: OtherClaim = { id: 'c0', patientControlNumber: 'RFM000000', payerRecordId: 'payer', state: 'submitted', frequency: '1', dateOfService: DOS, procedureCodes: ['97110', '99213'] };
const PTP = { column1Line: 1, column2Line: 2, column1: '99213', column2: '97110', dateOfService: DOS, rationale: 'test', message: '97110 (line 2) is bundled into 99213 (line 1)' };
const AUTH = { number: 'AUTH-1', status: 'active', startDate: '2026-02-01', endDate: '2026-04-30', unitsApproved: 10, unitsUsed: 4 };

/** Per rule: bad claims (a change of the clean one), the field and severity each must report. */
const CASES: [BuiltInScrubRule, string, Change, string, 'error' | 'warning'][] = [
  [npiCheckDigitRule, 'billing NPI check digit', billing({ npi: '1234567890' }), 'NM109 (2010AA)', 'error'],
  [npiCheckDigitRule, 'rendering NPI check digit', snapshot({ renderingProvider: { ...SNAPSHOT.renderingProvider, npi: '1245319598' } }), 'NM109 (2310B)', 'error'],
  [npiCheckDigitRule, 'service facility NPI', snapshot({ serviceFacility: { ...SNAPSHOT.serviceFacility, npi: '12345' } }), 'NM109 (2310C)', 'error'],
  [requiredFieldsRule, 'member id', snapshot({ subscriber: { ...SNAPSHOT.subscriber, memberId: ' ' } }), 'NM109 (2010BA)', 'error'],
  [requiredFieldsRule, 'payer id', snapshot({ payer: { ...SNAPSHOT.payer, payerId: '' } }), 'NM109 (2010BB)', 'error'],
  [requiredFieldsRule, 'SBR09', snapshot({ payer: { ...SNAPSHOT.payer, claimFilingIndicator: '' } }), 'SBR09', 'error'],
  [requiredFieldsRule, 'billing tax id missing', billing({ taxId: null }), 'REF02 (2010AA REF*EI)', 'error'],
  [requiredFieldsRule, 'billing tax id short', billing({ taxId: '12345678' }), 'REF02 (2010AA REF*EI)', 'error'],
  [requiredFieldsRule, 'patient birth date', snapshot({ patient: { ...SNAPSHOT.patient, birthDate: null } }), 'DMG02 (patient)', 'error'],
  [requiredFieldsRule, 'patient sex', snapshot({ patient: { ...SNAPSHOT.patient, sex: null } }), 'DMG03 (patient)', 'error'],
  [requiredFieldsRule, 'dependent subscriber demographics', snapshot({ subscriber: { ...SNAPSHOT.subscriber, relationship: '19', birthDate: null } }), 'DMG (2010BA)', 'error'],
  [requiredFieldsRule, 'CLM01 over 20', claim({ patientControlNumber: 'X'.repeat(21) }), 'CLM01', 'error'],
  [requiredFieldsRule, 'submitter id', (input) => ({ ...input, submitter: { ...input.submitter, id: null } }), 'NM109 (1000A)', 'error'],
  [requiredFieldsRule, 'submitter contact', (input) => ({ ...input, submitter: { ...input.submitter, name: ' ' } }), 'PER02 (1000A)', 'error'],
  [requiredFieldsRule, 'submitter contact phone', billing({ contactPhone: null }), 'PER04 (1000A)', 'error'],
  [requiredFieldsRule, 'REF*F8 of a replacement', claim({ frequency: '7', replacesClaimId: 'c0', replacedPayerClaimNumber: null }), 'REF02 (2300 REF*F8)', 'error'],
  [billingAddressRule, 'PO box', billing({ address: { ...SNAPSHOT.billingProvider.address, line1: 'P.O. Box 12' } }), 'N301 (2010AA)', 'error'],
  [billingAddressRule, 'no street', billing({ address: { ...SNAPSHOT.billingProvider.address, line1: '' } }), 'N301 (2010AA)', 'error'],
  [billingAddressRule, '5-digit ZIP', billing({ address: { ...SNAPSHOT.billingProvider.address, postalCode: '62701' } }), 'N403 (2010AA)', 'error'],
  [billingAddressRule, 'state', billing({ address: { ...SNAPSHOT.billingProvider.address, state: 'Illinois' } }), 'N402 (2010AA)', 'error'],
  [subscriberAddressRule, 'self subscriber without an address', snapshot({ patient: { ...SNAPSHOT.patient, address: null } }), 'N301 (2010BA)', 'error'],
  [subscriberAddressRule, 'self subscriber without a street', snapshot({ patient: { ...SNAPSHOT.patient, address: { line1: ' ', city: 'Springfield', state: 'IL', postalCode: '62704' } } }), 'N301 (2010BA)', 'error'],
  [subscriberAddressRule, 'self subscriber ZIP of 4 digits', snapshot({ patient: { ...SNAPSHOT.patient, address: { line1: '12 Elm St', city: 'Springfield', state: 'IL', postalCode: '6270' } } }), 'N403 (2010BA)', 'error'],
  [subscriberAddressRule, 'Medicare: the patient is the subscriber', snapshot({ subscriber: { ...SNAPSHOT.subscriber, relationship: '19' }, payer: { ...SNAPSHOT.payer, claimFilingIndicator: 'MB' }, patient: { ...SNAPSHOT.patient, address: null } }), 'N301 (2010BA)', 'error'],
  [diagnosesRule, 'no diagnosis', (input) => line(1, { diagnosisPointers: [] })(line(0, { diagnosisPointers: [] })(snapshot({ diagnoses: [] })(input))), 'HI01-2', 'error'],
  [diagnosesRule, '13 diagnoses', snapshot({ diagnoses: Array.from({ length: 13 }, (_, at) => `R${String(at).padStart(3, '0')}`) }), 'HI', 'error'],
  [diagnosesRule, 'duplicate diagnosis', snapshot({ diagnoses: ['E119', 'E119'] }), 'HI02-2', 'error'],
  [diagnosesRule, 'pointer out of range', line(1, { diagnosisPointers: [3] }), 'SV107 (line 2)', 'error'],
  [diagnosesRule, 'five pointers', (input) => line(0, { diagnosisPointers: [1, 2, 3, 4, 5] })(snapshot({ diagnoses: ['E119', 'I10', 'R519', 'Z0000', 'J069'] })(input)), 'SV107 (line 1)', 'error'],
  [diagnosesRule, 'no pointer', line(0, { diagnosisPointers: [] }), 'SV107 (line 1)', 'error'],
  [diagnosesRule, 'repeated pointer', line(0, { diagnosisPointers: [1, 1] }), 'SV107 (line 1)', 'error'],
  [diagnosisValidOnDateRule, 'retired diagnosis', (input) => ({ ...input, diagnosisChecks: new Map([...input.diagnosisChecks, [`I10|${DOS}`, { valid: false, reason: 'I10 was retired on 2026-01-01' }]]) }), 'HI02-2', 'error'],
  [modifiersRule, 'five modifiers', line(0, { modifiers: ['25', 'GP', '59', 'XU', 'RT'] }), 'SV101-7 (line 1)', 'error'],
  [modifiersRule, 'repeated modifier', line(1, { modifiers: ['GP', 'GP'] }), 'SV101-4 (line 2)', 'error'],
  [modifiersRule, 'invalid modifier', (input) => ({ ...line(1, { modifiers: ['ZZ'] })(input), modifierChecks: new Map([...input.modifierChecks, [`ZZ|${DOS}`, { valid: false, reason: 'ZZ is not a modifier' }]]) }), 'SV101-3 (line 2)', 'error'],
  [unitsRule, 'zero units', line(0, { units: 0 }), 'SV104 (line 1)', 'error'],
  [unitsRule, 'fractional UN', line(1, { units: 1.5 }), 'SV104 (line 2)', 'error'],
  [ncciPtpRule, 'unbypassable pair', (input) => ({ ...input, ptpConflicts: [{ ...PTP, modifierIndicator: '0', bypassedByModifier: false }] }), 'SV101 (line 2)', 'error'],
  [ncciPtpRule, 'bypassable, not bypassed', (input) => ({ ...input, ptpConflicts: [{ ...PTP, modifierIndicator: '1', bypassedByModifier: false }] }), 'SV101 (line 2)', 'error'],
  [ncciPtpRule, 'bypassed: document it', (input) => ({ ...input, ptpConflicts: [{ ...PTP, modifierIndicator: '1', bypassedByModifier: true }] }), 'SV101-3 (line 2)', 'warning'],
  [mueRule, 'MAI 1', (input) => ({ ...input, mueViolations: [{ procedureCode: '97110', dateOfService: DOS, lineNumbers: [2], units: 4, mue: 2, indicator: 1, message: 'over' }] }), 'SV104 (line 2)', 'error'],
  [mueRule, 'MAI 3', (input) => ({ ...input, mueViolations: [{ procedureCode: '97110', dateOfService: DOS, lineNumbers: [2], units: 4, mue: 2, indicator: 3, message: 'over' }] }), 'SV104 (line 2)', 'error'],
  [timelyFilingRule, 'past the limit', (input) => ({ ...input, today: '2026-06-01', payer: { ...input.payer, timelyFilingDays: 90 } }), 'DTP03 (2400 DTP*472)', 'error'],
  [timelyFilingRule, 'within 30 days of the limit', (input) => ({ ...input, today: '2026-05-10', payer: { ...input.payer, timelyFilingDays: 90 } }), 'DTP03 (2400 DTP*472)', 'warning'],
  [authorizationRule, 'required and missing', (input) => ({ ...input, payer: { ...input.payer, authorizationRequiredCodes: ['97110'] } }), 'REF02 (2300 REF*G1)', 'error'],
  [authorizationRule, 'authorization expired', line(1, { authorization: { ...AUTH, endDate: '2026-02-28' } }), 'REF02 (2300 REF*G1)', 'error'],
  [authorizationRule, 'units used up', line(1, { authorization: { ...AUTH, unitsUsed: 12 } }), 'SV104 (line 2)', 'error'],
  [duplicateClaimRule, 'same patient, payer, date and codes', (input) => ({ ...input, otherClaims: [OTHER] }), 'CLM01', 'error'],
  [serviceDatesRule, 'future date', line(0, { dateOfService: '2026-03-11' }), 'DTP03 (line 1 DTP*472)', 'error'],
  [serviceDatesRule, 'before birth', snapshot({ patient: { ...SNAPSHOT.patient, birthDate: '2026-03-05' } }), 'DTP03 (line 1 DTP*472)', 'error'],
  [coverageActiveRule, 'inactive', (input) => ({ ...input, eligibility: [{ dateOfService: DOS, outcome: 'inactive', checkedAt: null }] }), 'eligibility (2010BA coverage)', 'error'],
  [coverageActiveRule, 'not found', (input) => ({ ...input, eligibility: [{ dateOfService: DOS, outcome: 'not-found', checkedAt: null }] }), 'eligibility (2010BA coverage)', 'error'],
  [coverageActiveRule, 'never checked', (input) => ({ ...input, eligibility: [{ dateOfService: DOS, outcome: null, checkedAt: null }] }), 'eligibility (2010BA coverage)', 'warning'],
  [claimTotalRule, 'total differs', claim({ totalChargeCents: 36_499 }), 'CLM02', 'error'],
  [claimTotalRule, 'negative line', (input) => claim({ totalChargeCents: 11_500 })(line(1, { chargeCents: -1000 })(input)), 'SV102', 'error'],
];

describe('built-in scrub rules', () => {
  it('pass the clean claim, every one of them', () => {
    for (const rule of BUILT_IN_SCRUB_RULES) expect({ rule: rule.id, findings: rule.inspect(clean()) }).toEqual({ rule: rule.id, findings: [] });
  });

  it('have unique kebab-case ids and a description, and every one has a failing case below', () => {
    const ids = BUILT_IN_SCRUB_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of BUILT_IN_SCRUB_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
    }
    expect(new Set(CASES.map(([rule]) => rule.id))).toEqual(new Set(ids));
  });

  it.each(CASES.map(([rule, name, change, field, severity]) => [rule.id, name, rule, change, field, severity] as const))(
    '%s: %s is reported, and the fixed claim passes',
    (_id, _name, rule, change, field, severity) => {
      const findings = rule.inspect(change(clean()));
      expect(findings).toContainEqual(expect.objectContaining({ field, severity }));
      for (const finding of findings) {
        expect(finding.message.length).toBeGreaterThan(0);
        expect(finding.hint.length).toBeGreaterThan(0);
        expect(finding.message).not.toMatch(/Maria|Doe|1985-04-12|ACM123/);
      }
      expect(rule.inspect(clean())).toEqual([]);
    },
  );

  it('duplicate-claim ignores voided, replaced and corrected claims, the replaced original, voids, and other codes or payers', () => {
    const others: OtherClaim[] = [
      { ...OTHER, state: 'voided' },
      { ...OTHER, id: 'c2', state: 'replaced' },
      { ...OTHER, id: 'c3', state: 'corrected' },
      { ...OTHER, id: 'c4', frequency: '8' },
      { ...OTHER, id: 'c5', procedureCodes: ['99213'] },
      { ...OTHER, id: 'c6', payerRecordId: 'other-payer' },
      { ...OTHER, id: 'c7', dateOfService: '2026-03-03' },
      { ...OTHER, id: 'c8' },
    ];
    const input = { ...clean(), claim: { ...clean().claim, replacesClaimId: 'c8', frequency: '7' as const, replacedPayerClaimNumber: 'PCN-1' }, otherClaims: others };
    expect(duplicateClaimRule.inspect(input)).toEqual([]);
  });

  it('timely-filing counts from the earliest date of service and is quiet more than 30 days before the limit', () => {
    const twoDates = line(1, { dateOfService: '2026-02-01' })({ ...clean(), today: '2026-03-10' });
    expect(timelyFilingRule.inspect({ ...twoDates, payer: { ...twoDates.payer, timelyFilingDays: 60 } })).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('2026-02-01') as unknown }),
    ]);
    expect(timelyFilingRule.inspect({ ...clean(), today: '2026-04-30', payer: { ...clean().payer, timelyFilingDays: 90 } })).toEqual([]);
  });

  it('subscriber-address asks nothing of a dependent (the patient loop carries their address) and takes a 9-digit ZIP', () => {
    const dependent = snapshot({ subscriber: { ...SNAPSHOT.subscriber, relationship: '19' }, patient: { ...SNAPSHOT.patient, address: null } })(clean());
    expect(subscriberAddressRule.inspect(dependent)).toEqual([]);
    const zipPlusFour = snapshot({ patient: { ...SNAPSHOT.patient, address: { line1: '12 Elm St', city: 'Springfield', state: 'IL', postalCode: '62704-1234' } } })(clean());
    expect(subscriberAddressRule.inspect(zipPlusFour)).toEqual([]);
  });

  it('authorization is satisfied by a prior authorization number on the claim', () => {
    const required = { ...clean(), payer: { ...clean().payer, authorizationRequiredCodes: ['97110'] } };
    expect(authorizationRule.inspect(snapshot({ priorAuthorizationNumber: 'AUTH-1' })(required))).toEqual([]);
    expect(authorizationRule.inspect(line(1, { authorization: AUTH })(required))).toEqual([]);
  });
});

import { read837P, validate837P, write837P } from '@openrcm/x12';
import { toClaimBatches, type BatchHeader, type ClaimToWrite, type LineToWrite } from './claim-837p.mapper';
import type { ClaimSnapshot, SnapshotOtherPayer } from './claim-snapshot';

const address = { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '627011234' };

const snapshot = (overrides: Partial<ClaimSnapshot> = {}): ClaimSnapshot => ({
  version: 1,
  builtAt: '2026-03-03T10:00:00.000Z',
  billingProvider: {
    providerId: 'group',
    entityType: '2',
    lastName: 'Riverside Family Medicine',
    firstName: null,
    npi: '1234567893',
    taxonomy: '207Q00000X',
    taxId: '123456789',
    taxIdQualifier: 'EI',
    address,
    contactName: 'Riverside Family Medicine',
    contactPhone: '2175550100',
  },
  renderingProvider: { providerId: 'doctor', entityType: '1', lastName: 'Okafor', firstName: 'Adaeze', npi: '1245319599', taxonomy: '207Q00000X' },
  serviceFacility: { locationId: 'loc', name: 'Riverside Main', npi: null, address },
  subscriber: { relationship: '18', lastName: 'Alvarez', firstName: 'Maria', birthDate: '1985-04-12', sex: 'F', address, memberId: 'ACM123456', groupNumber: 'G-77', planName: null },
  patient: { patientId: 'p', lastName: 'Alvarez', firstName: 'Maria', birthDate: '1985-04-12', sex: 'F', address, accountNumber: null },
  payer: { payerRecordId: 'payer', name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' },
  payerResponsibility: 'P',
  placeOfService: '11',
  diagnoses: ['E119', 'I10'],
  priorAuthorizationNumber: 'AUTH-PT-1',
  serviceDateFrom: '2026-03-02',
  serviceDateTo: '2026-03-02',
  ...overrides,
});

const line = (lineNumber: number, overrides: Partial<LineToWrite> = {}): LineToWrite => ({
  lineNumber,
  lineItemControlNumber: `C0000001-${String(lineNumber).padStart(2, '0')}`,
  procedureCode: '99213',
  modifiers: ['25'],
  units: 1,
  unitType: 'UN',
  chargeCents: 12500,
  diagnosisPointers: [1, 2],
  dateOfService: '2026-03-02',
  placeOfService: '11',
  ...overrides,
});

const header: BatchHeader = {
  referenceId: 'C0000001',
  createdDate: '2026-03-03',
  createdTime: '10:00',
  submitter: { name: 'Riverside Clinic', id: 'RIVERSIDE01', contactName: 'Billing office', contactPhone: '2175550199' },
  receiver: { name: 'Clearinghouse', id: 'CLEARHOUSE' },
};

const envelope = { sender: { qualifier: 'ZZ', id: 'RIVERSIDE01' }, receiver: { qualifier: 'ZZ', id: 'CLEARHOUSE' }, date: '2026-03-03', time: '10:00' };

function claim(overrides: Partial<ClaimToWrite> = {}): ClaimToWrite {
  const lines = overrides.lines ?? [line(1), line(2, { procedureCode: '97110', modifiers: ['GP'], units: 4, chargeCents: 24000, diagnosisPointers: [1] })];
  return { patientControlNumber: 'C0000001', frequency: '1', payerClaimNumber: null, totalChargeCents: lines.reduce((sum, l) => sum + l.chargeCents, 0), snapshot: snapshot(), lines, ...overrides };
}

function written(claims: ClaimToWrite[]): string {
  return write837P(toClaimBatches(claims, header), envelope, { interchange: 1, group: 1, transaction: 1 });
}

describe('claims to the 837P model', () => {
  it('writes a subscriber-patient claim with CLM05, CLM06-09, HI without dots, SV1 with modifiers and pointers, REF*6R, REF*G1, 2310B', () => {
    const x12 = written([claim()]);
    expect(validate837P(x12, { npiCheckDigit: 'error' }).errors.filter((error) => error.severity === 'error')).toEqual([]);
    const segments = x12.split('~').map((segment) => segment.trim());
    expect(segments).toContain('CLM*C0000001*365***11:B:1*Y*A*Y*Y');
    expect(segments).toContain('HI*ABK:E119*ABF:I10');
    expect(segments).toContain('SV1*HC:99213:25*125*UN*1***1:2');
    expect(segments).toContain('SV1*HC:97110:GP*240*UN*4***1');
    expect(segments).toContain('REF*6R*C0000001-01');
    expect(segments).toContain('REF*6R*C0000001-02');
    expect(segments).toContain('REF*G1*AUTH-PT-1');
    expect(segments).toContain('SBR*P*18*G-77******CI');
    expect(segments).toContain('NM1*PR*2*Acme Health*****PI*ACME1');
    expect(segments).toContain('NM1*82*1*Okafor*Adaeze****XX*1245319599');
    expect(segments).toContain('N4*Springfield*IL*627011234');
    expect(segments.filter((segment) => segment.startsWith('DTP*472'))).toHaveLength(2);
    expect(segments.some((segment) => segment.startsWith('NM1*77'))).toBe(false);
    expect(segments.some((segment) => segment.startsWith('HL*3*2*23'))).toBe(false);
  });

  it('writes a dependent in 2000C/2010CA under the subscriber, with PAT01 from the relationship', () => {
    const dependent = snapshot({
      subscriber: { relationship: '19', lastName: 'Alvarez', firstName: 'Jorge', birthDate: '1980-01-01', sex: 'M', address, memberId: 'ACM555', groupNumber: null, planName: null },
      patient: { patientId: 'kid', lastName: 'Alvarez', firstName: 'Lucia', birthDate: '2015-06-01', sex: 'F', address, accountNumber: null },
    });
    const x12 = written([claim({ snapshot: dependent })]);
    expect(validate837P(x12).errors.filter((error) => error.severity === 'error')).toEqual([]);
    const segments = x12.split('~').map((segment) => segment.trim());
    expect(segments).toContain('HL*1**20*1');
    expect(segments).toContain('HL*2*1*22*1');
    expect(segments).toContain('HL*3*2*23*0');
    expect(segments).toContain('PAT*19');
    expect(segments).toContain('NM1*IL*1*Alvarez*Jorge****MI*ACM555');
    expect(segments).toContain('NM1*QC*1*Alvarez*Lucia');
    const [batch] = read837P(x12).transactions;
    expect(batch?.claims[0]?.patient).toMatchObject({ relationship: '19', firstName: 'Lucia', birthDate: '2015-06-01' });
  });

  it('sends a Medicare dependent as the subscriber (SBR09 MB, no patient loop)', () => {
    const medicare = snapshot({
      payer: { payerRecordId: 'mc', name: 'Medicare', payerId: '00952', claimFilingIndicator: 'MB' },
      subscriber: { relationship: '01', lastName: 'Alvarez', firstName: 'Jorge', birthDate: null, sex: null, address: null, memberId: '1EG4TE5MK73', groupNumber: null, planName: null },
    });
    const x12 = written([claim({ snapshot: medicare })]);
    expect(x12).toContain('SBR*P*18*******MB');
    expect(x12).toContain('NM1*IL*1*Alvarez*Maria****MI*1EG4TE5MK73');
    expect(x12).not.toContain('PAT*');
  });

  it('writes replacement and void claims with REF*F8, and 2310C when the service location differs from the billing address', () => {
    const elsewhere = snapshot({ serviceFacility: { locationId: 'loc2', name: 'Riverside North', npi: '1245319599', address: { line1: '9 North Rd', city: 'Springfield', state: 'IL', postalCode: '627029999' } } });
    const x12 = written([
      claim({ patientControlNumber: 'C0000002', frequency: '7', payerClaimNumber: 'PAYER-1', snapshot: elsewhere, lines: [line(1, { lineItemControlNumber: 'C0000002-01' })] }),
      claim({ patientControlNumber: 'C0000003', frequency: '8', payerClaimNumber: 'PAYER-2', lines: [line(1, { lineItemControlNumber: 'C0000003-01' })] }),
    ]);
    expect(validate837P(x12).errors.filter((error) => error.severity === 'error')).toEqual([]);
    expect(x12).toContain('CLM*C0000002*125***11:B:7*Y*A*Y*Y~');
    expect(x12).toContain('REF*F8*PAYER-1~');
    expect(x12).toContain('CLM*C0000003*125***11:B:8*Y*A*Y*Y~');
    expect(x12).toContain('REF*F8*PAYER-2~');
    expect(x12).toContain('NM1*77*2*Riverside North*****XX*1245319599~');
    expect(x12.match(/NM1\*77/g)).toHaveLength(1);
  });

  it('puts claims of different billing providers in separate transactions and reads back the same CLM01s and totals', () => {
    const other = snapshot({ billingProvider: { ...snapshot().billingProvider, npi: '1245319599', entityType: '1', lastName: 'Okafor', firstName: 'Adaeze' } });
    const claims = [claim(), claim({ patientControlNumber: 'C0000004', snapshot: other, lines: [line(1, { lineItemControlNumber: 'C0000004-01', placeOfService: '02' })] })];
    const batches = toClaimBatches(claims, header);
    expect(batches.map((batch) => batch.claims.map((c) => c.patientControlNumber))).toEqual([['C0000001'], ['C0000004']]);
    expect(batches[1]?.claims[0]?.renderingProvider).toBeUndefined();
    expect(batches[1]?.claims[0]?.lines[0]?.placeOfService).toBe('02');
    const back = read837P(written(claims)).transactions.flatMap((batch) => batch.claims);
    expect(back.map((c) => [c.patientControlNumber, c.chargeCents])).toEqual([
      ['C0000001', 36500],
      ['C0000004', 12500],
    ]);
  });

  it('writes a Medicare primary adjudicated at claim level only: 2320 CAS and AMT*EAF, 2330B DTP*573, no 2430', () => {
    const medicarePrimary: SnapshotOtherPayer = {
      coverageId: 'medicare',
      remittanceClaimId: 'rc1',
      payerClaimNumber: 'ICN-1',
      adjudicationDate: '2026-04-01',
      paidCents: 20000,
      remainingPatientLiabilityCents: 9000,
      claimAdjustments: [
        { groupCode: 'CO', reasonCode: '45', amountCents: 7500, quantity: null },
        { groupCode: 'PR', reasonCode: '2', amountCents: 9000, quantity: null },
      ],
      lines: [],
      payerResponsibility: 'P',
      subscriber: { relationship: '01', lastName: 'Alvarez', firstName: 'Maria', memberId: '1EG4TE5MK73', groupNumber: null },
      payer: { payerRecordId: 'mc', name: 'Medicare', payerId: '00952', claimFilingIndicator: 'MB' },
    };
    const secondary = snapshot({ payerResponsibility: 'S', payer: { payerRecordId: 'sec', name: 'Second Mutual', payerId: 'SECOND1', claimFilingIndicator: 'CI' }, otherPayers: [medicarePrimary] });
    const x12 = written([claim({ snapshot: secondary })]).replace(/~\s*/g, '~');
    expect(validate837P(x12, { npiCheckDigit: 'error' }).errors.filter((error) => error.severity === 'error')).toEqual([]);
    expect(x12).toContain('SBR*S*18*G-77******CI~');
    // Medicare: the patient is that payer's subscriber (SBR02 18).
    expect(x12).toContain('SBR*P*18*******MB~CAS*CO*45*75~CAS*PR*2*90~AMT*D*200~AMT*EAF*90~OI***Y***Y~NM1*IL*1*Alvarez*Maria****MI*1EG4TE5MK73~NM1*PR*2*Medicare*****PI*00952~DTP*573*D8*20260401~LX*1~');
    expect(x12).not.toContain('SVD*');
    const [back] = read837P(x12).transactions.flatMap((batch) => batch.claims);
    expect(back?.otherPayers).toEqual([expect.objectContaining({ payerResponsibility: 'P', paidCents: 20000, remainingPatientLiabilityCents: 9000, adjudicationDate: '2026-04-01', payer: { name: 'Medicare', id: '00952' } })]);
  });
});

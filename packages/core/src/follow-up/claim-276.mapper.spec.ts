import { write276 } from '@openrcm/x12';
import type { ClaimSnapshot } from '../claims/claim-snapshot';
import { claimStatusInquiryOf, type ClaimToInquire } from './claim-276.mapper';

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
  priorAuthorizationNumber: null,
  serviceDateFrom: '2026-03-02',
  serviceDateTo: '2026-03-02',
  ...overrides,
});

const claim = (overrides: Partial<ClaimToInquire> = {}): ClaimToInquire => ({ patientControlNumber: 'C0000007', totalChargeCents: 36500, payerClaimNumber: null, snapshot: snapshot(), ...overrides });
const parameters = { traceNumber: 'T7A0C3', createdAt: new Date('2026-05-04T13:45:10Z') };
const envelope = { sender: { qualifier: 'ZZ', id: 'RIVERSIDE01' }, receiver: { qualifier: 'ZZ', id: 'ACME1' }, date: '2026-05-04', time: '13:45' };
const segmentsOf = (text: string) => text.split('~').map((segment) => segment.trim()).filter(Boolean);

describe('the 276 of a claim', () => {
  it('asks about the claim as the 837P sent it: payer, billing provider by NPI, subscriber, CLM01, CLM02 and the date of service', () => {
    const inquiry = claimStatusInquiryOf(claim(), parameters);
    expect(inquiry).toEqual({
      referenceId: 'T7A0C3',
      createdDate: '2026-05-04',
      createdTime: '13:45',
      payer: { name: 'Acme Health', id: 'ACME1' },
      provider: { entityType: '2', lastName: 'Riverside Family Medicine', npi: '1234567893' },
      subscriber: { lastName: 'Alvarez', firstName: 'Maria', birthDate: '1985-04-12', sex: 'F', memberId: 'ACM123456' },
      claims: [{ traceNumber: 'T7A0C3', patientControlNumber: 'C0000007', chargeCents: 36500, serviceDate: '2026-03-02' }],
    });
    const segments = segmentsOf(write276([inquiry], envelope, { interchange: 11, group: 11, transaction: 1 }));
    expect(segments).toEqual(
      expect.arrayContaining([
        'BHT*0010*13*T7A0C3*20260504*1345',
        'NM1*PR*2*Acme Health*****PI*ACME1',
        'NM1*41*2*Riverside Family Medicine*****XX*1234567893',
        'NM1*1P*2*Riverside Family Medicine*****XX*1234567893',
        'HL*4*3*22*0',
        'DMG*D8*19850412*F',
        'NM1*IL*1*Alvarez*Maria****MI*ACM123456',
        'TRN*1*T7A0C3',
        'REF*EJ*C0000007',
        'AMT*T3*365',
        'DTP*472*D8*20260302',
      ]),
    );
    expect(segments.some((segment) => segment.startsWith('REF*1K'))).toBe(false);
  });

  it("asks about a dependent under the subscriber, with the payer's claim number and a date range when known", () => {
    const dependent = snapshot({
      subscriber: { relationship: '19', lastName: 'Alvarez', firstName: 'Jorge', birthDate: '1980-01-01', sex: 'M', address, memberId: 'ACM555', groupNumber: null, planName: null },
      patient: { patientId: 'kid', lastName: 'Alvarez', firstName: 'Lucia', birthDate: '2015-06-01', sex: 'F', address, accountNumber: null },
      serviceDateTo: '2026-03-04',
    });
    const inquiry = claimStatusInquiryOf(claim({ snapshot: dependent, payerClaimNumber: 'PCN-777', totalChargeCents: 12550 }), parameters);
    expect(inquiry.dependent).toEqual({ lastName: 'Alvarez', firstName: 'Lucia', birthDate: '2015-06-01', sex: 'F' });
    expect(inquiry.claims[0]).toEqual({ traceNumber: 'T7A0C3', patientControlNumber: 'C0000007', chargeCents: 12550, serviceDate: '2026-03-02', serviceDateEnd: '2026-03-04', payerClaimControlNumber: 'PCN-777' });
    const segments = segmentsOf(write276([inquiry], envelope, { interchange: 12, group: 12, transaction: 1 }));
    expect(segments).toEqual(
      expect.arrayContaining(['HL*4*3*22*1', 'NM1*IL*1*Alvarez*Jorge****MI*ACM555', 'HL*5*4*23', 'DMG*D8*20150601*F', 'NM1*QC*1*Alvarez*Lucia', 'REF*1K*PCN-777', 'AMT*T3*125.5', 'DTP*472*RD8*20260302-20260304']),
    );
  });

  it('leaves out what the snapshot does not know (no first name, birth date or sex)', () => {
    const bare = snapshot({ subscriber: { relationship: '18', lastName: 'Smith', firstName: null, birthDate: null, sex: null, address: null, memberId: 'M1', groupNumber: null, planName: null } });
    expect(claimStatusInquiryOf(claim({ snapshot: bare }), parameters).subscriber).toEqual({ lastName: 'Smith', memberId: 'M1' });
  });
});

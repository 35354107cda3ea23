import { write837P, read837P } from '@openrcm/x12';
import type { Coverage } from '../coverages/coverage.entity';
import type { Encounter } from '../encounters/encounter.entity';
import type { Guarantor } from '../guarantors/guarantor.entity';
import type { Location } from '../locations/location.entity';
import type { Patient } from '../patients/patient.entity';
import type { Payer } from '../payers/payer.entity';
import type { Provider } from '../providers/provider.entity';
import { toClaim837P, toClaimBatches } from './claim-837p.mapper';
import { takeSnapshot, type RegistrationRecords } from './claim-snapshot.loader';
import { planClaims } from './claim-split';

const encounter = { id: 'enc', patientId: 'pat', locationId: 'loc', billingProviderId: 'group', renderingProviderId: 'doc', dateOfService: '2026-03-02', placeOfService: '11' } as Encounter;
const providers = new Map<string, Provider>([
  ['group', { id: 'group', kind: 'organization', name: 'Riverside Family Medicine', firstName: null, npi: '1234567893', taxonomy: null, taxId: '12-3456789', active: true } as Provider],
  ['doc', { id: 'doc', kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1245319599', taxonomy: '207Q00000X', taxId: null, active: true } as Provider],
]);
const location = { id: 'loc', name: 'Riverside Main', npi: null, addressLine1: '100 Main St', addressLine2: null, city: 'Springfield', state: 'IL', zip: '62701-1234', phone: '2175550100' } as Location;
const patient = { id: 'pat', firstName: 'Lucia', lastName: 'Alvarez', birthDate: '2015-06-01', sex: 'F', accountNumber: 'MRN-1', ssn: '987654321' } as Patient;
const home = { line1: '12 Elm St', city: 'Springfield', state: 'IL', postalCode: '62704' };
const payer = { id: 'acme', name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' } as Payer;

function records(coverage: Partial<Coverage>): RegistrationRecords {
  return {
    patient,
    guarantor: { relationship: 'parent', address: home } as Guarantor,
    coverage: { id: 'cov', payerRecordId: 'acme', order: 'primary', memberId: 'ACM555', groupNumber: 'G-77', planName: null, subscriberAddress: null, ...coverage } as Coverage,
    payer,
    location,
    providers,
    authorizationNumbers: new Map([['auth-1', 'AUTH-9']]),
  };
}

const charges = [
  { chargeId: 'c1', procedureCode: '99213', modifiers: ['25'], units: 1, unitType: 'UN' as const, amountCents: 12500, diagnosisPointers: [2], dateOfService: '2026-03-02', placeOfService: '11', renderingProviderId: 'doc', authorizationId: null, enteredAt: new Date(1) },
  { chargeId: 'c2', procedureCode: '97110', modifiers: ['GP'], units: 4, unitType: 'UN' as const, amountCents: 24000, diagnosisPointers: [2, 3], dateOfService: '2026-03-02', placeOfService: '11', renderingProviderId: 'doc', authorizationId: 'auth-1', enteredAt: new Date(2) },
];

describe('claim snapshot', () => {
  const [planned] = planClaims(['E119', 'I10', 'R519'], charges, 'doc');

  it('freezes a dependent claim: subscriber from the coverage, patient address from the guarantor, digits-only ids, no SSN', () => {
    const dependent = records({ subscriberRelationship: '19', subscriberFirstName: 'Jorge', subscriberLastName: 'Alvarez', subscriberBirthDate: '1980-01-01', subscriberSex: 'M', subscriberAddress: home });
    const snapshot = takeSnapshot(encounter, planned!, dependent, new Date('2026-03-03T10:00:00Z'));
    expect(snapshot).toMatchObject({
      billingProvider: { entityType: '2', npi: '1234567893', taxId: '123456789', taxIdQualifier: 'EI', address: { line1: '100 Main St', postalCode: '627011234' }, contactPhone: '2175550100' },
      renderingProvider: { entityType: '1', lastName: 'Okafor', firstName: 'Adaeze', npi: '1245319599', taxonomy: '207Q00000X' },
      subscriber: { relationship: '19', firstName: 'Jorge', memberId: 'ACM555', birthDate: '1980-01-01', address: home },
      patient: { firstName: 'Lucia', birthDate: '2015-06-01', address: home, accountNumber: 'MRN-1' },
      payer: { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' },
      payerResponsibility: 'P',
      diagnoses: ['I10', 'R519'],
      priorAuthorizationNumber: 'AUTH-9',
      serviceDateFrom: '2026-03-02',
      serviceDateTo: '2026-03-02',
    });
    expect(JSON.stringify(snapshot)).not.toContain('987654321');
    expect(JSON.stringify(snapshot)).not.toMatch(/ssn/i);

    const claim = toClaim837P({ patientControlNumber: 'C0000001', frequency: '1', payerClaimNumber: null, totalChargeCents: planned!.totalChargeCents, snapshot, lines: planned!.lines.map((line) => ({ ...line, chargeCents: line.amountCents, lineItemControlNumber: `C0000001-0${line.lineNumber}` })) });
    expect(claim.subscriber).toMatchObject({ lastName: 'Alvarez', firstName: 'Jorge', memberId: 'ACM555', filingIndicator: 'CI', payerResponsibility: 'P' });
    expect(claim.subscriber.relationship).toBeUndefined();
    expect(claim.patient).toMatchObject({ relationship: '19', firstName: 'Lucia', birthDate: '2015-06-01', sex: 'F' });
    expect(claim.lines.map((line) => line.diagnosisPointers)).toEqual([[1], [1, 2]]);
    expect(claim.serviceFacility).toBeUndefined();
  });

  it('freezes a self-subscriber claim whose 837P round-trips through the x12 reader', () => {
    const snapshot = takeSnapshot(encounter, planned!, records({ subscriberRelationship: '18' }), new Date('2026-03-03T10:00:00Z'));
    expect(snapshot.subscriber).toMatchObject({ relationship: '18', lastName: 'Alvarez', firstName: 'Lucia', birthDate: '2015-06-01', sex: 'F' });
    const claims = [{ patientControlNumber: 'C0000002', frequency: '1' as const, payerClaimNumber: null, totalChargeCents: 36500, snapshot, lines: planned!.lines.map((line) => ({ ...line, chargeCents: line.amountCents, lineItemControlNumber: `C0000002-0${line.lineNumber}` })) }];
    const header = { referenceId: 'B1', createdDate: '2026-03-03', createdTime: '10:00', submitter: { name: 'Riverside', id: 'RIVERSIDE01', contactName: 'Billing', contactPhone: null }, receiver: { name: 'CH', id: 'CLEARHOUSE' } };
    const x12 = write837P(toClaimBatches(claims, header), { sender: { qualifier: 'ZZ', id: 'RIVERSIDE01' }, receiver: { qualifier: 'ZZ', id: 'CLEARHOUSE' } }, { interchange: 7, group: 7, transaction: 7 });
    const [batch] = read837P(x12).transactions;
    expect(batch?.submitter.contact.phone).toBe('2175550100');
    expect(batch?.claims[0]).toMatchObject({ patientControlNumber: 'C0000002', chargeCents: 36500, priorAuthorization: 'AUTH-9', diagnoses: ['I10', 'R519'] });
    expect(batch?.claims[0]?.patient).toBeUndefined();
    expect(batch?.claims[0]?.lines.map((line) => line.lineItemControlNumber)).toEqual(['C0000002-01', 'C0000002-02']);
  });

  it("sends a self subscriber's own address from the patient's registration (2010BA N3/N4)", () => {
    const own = { line1: '7 Oak Ave', city: 'Springfield', state: 'IL', postalCode: '627031234' };
    const registered = { ...records({ subscriberRelationship: '18' }), patient: { ...patient, address: own } as Patient, guarantor: null };
    const snapshot = takeSnapshot(encounter, planned!, registered, new Date('2026-03-03T10:00:00Z'));
    expect(snapshot.subscriber.address).toEqual(own);
    expect(snapshot.patient.address).toEqual(own);
    const withoutAddress = takeSnapshot(encounter, planned!, { ...registered, patient }, new Date('2026-03-03T10:00:00Z'));
    expect(withoutAddress.subscriber.address).toBeNull();
  });
});

import type { EligibilityRequest } from '@openrcm/sdk';
import { availitySettings } from './availity-settings';
import { buildCoverageForm, requestIssues } from './coverage-request.builder';

const settings = availitySettings.parse({ clientId: 'c', clientSecret: { env: 'S' }, payerIdMap: { 'p-1': '00611' }, serviceType: '98' });
const request: EligibilityRequest = {
  payerId: 'p-1', providerNpi: '1234567893', memberId: ' M1 ', patient: { firstName: 'A', lastName: 'B', birthDate: '2000-01-02' },
  serviceTypeCode: '', asOfDate: '2026-03-02',
};

describe('buildCoverageForm', () => {
  it('maps the payer id, defaults the service type, sends self as relationship 18 and no provider name when absent', () => {
    expect(Object.fromEntries(buildCoverageForm(request, settings))).toEqual({
      payerId: '00611', providerNpi: '1234567893', memberId: 'M1', patientFirstName: 'A', patientLastName: 'B',
      patientBirthDate: '2000-01-02', subscriberRelationship: '18', serviceType: '98', asOfDate: '2026-03-02',
    });
  });

  it('sends a dependent\'s relationship, or none when it is not known', () => {
    const dependent = { ...request, subscriber: { firstName: 'S', lastName: 'B', birthDate: '1970-01-01' } };
    expect(buildCoverageForm({ ...dependent, relationshipCode: '01' }, settings).get('subscriberRelationship')).toBe('01');
    expect(buildCoverageForm(dependent, settings).has('subscriberRelationship')).toBe(false);
  });
});

describe('requestIssues', () => {
  it('names every missing or malformed field', () => {
    const bad = { ...request, payerId: '', providerNpi: '12345', memberId: ' ', patient: { firstName: '', lastName: '', birthDate: '1/2/2000' }, asOfDate: 'today' };
    expect(requestIssues(bad).map((i) => i.field)).toEqual(['payerId', 'providerNpi', 'memberId', 'patient.firstName', 'patient.lastName', 'patient.birthDate', 'asOfDate']);
    expect(requestIssues(request)).toEqual([]);
  });
});

import type { Coverage } from '../../coverages/coverage.entity';
import type { Patient } from '../../patients/patient.entity';
import type { Payer } from '../../payers/payer.entity';
import type { Provider } from '../../providers/provider.entity';
import { buildEligibilityRequest } from './eligibility-request.builder';

const patient = { firstName: 'Mia', lastName: 'Okafor', birthDate: '2015-06-01' } as Patient;
const payer = { payerId: 'ACME1' } as Payer;
const provider = { npi: '1234567893', name: 'Riverside Family Medicine' } as Provider;
const self = { subscriberRelationship: '18', memberId: 'M100' } as Coverage;
const child = {
  subscriberRelationship: '19',
  memberId: 'M200',
  subscriberFirstName: 'Adaeze',
  subscriberLastName: 'Okafor',
  subscriberBirthDate: '1984-02-02',
} as Coverage;

describe('buildEligibilityRequest', () => {
  it('asks for the patient as subscriber', () => {
    expect(buildEligibilityRequest({ patient, coverage: self, payer, provider, asOfDate: '2026-03-02', serviceTypeCode: '30' })).toEqual({
      payerId: 'ACME1',
      providerNpi: '1234567893',
      providerName: 'Riverside Family Medicine',
      memberId: 'M100',
      patient: { firstName: 'Mia', lastName: 'Okafor', birthDate: '2015-06-01' },
      relationshipCode: '18',
      serviceTypeCode: '30',
      asOfDate: '2026-03-02',
    });
  });

  it('names the subscriber for a dependent', () => {
    const request = buildEligibilityRequest({ patient, coverage: child, payer, provider, asOfDate: '2026-03-02', serviceTypeCode: '30' });
    expect(request).toMatchObject({ memberId: 'M200', relationshipCode: '19', subscriber: { firstName: 'Adaeze', lastName: 'Okafor', birthDate: '1984-02-02' } });
  });
});

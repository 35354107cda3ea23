import type { Location } from '../../locations/location.entity';
import type { Patient } from '../../patients/patient.entity';
import type { Provider } from '../../providers/provider.entity';
import type { Charge } from '../charge.entity';
import type { Encounter } from '../encounter.entity';
import { CODING_READY_CHECKS, READY_TO_BILL_CHECKS } from '../encounter.workflow';
import { CODING_READY, type EncounterCheck } from './coding-ready.checks';
import type { EncounterFacts } from './encounter-facts';
import {
  authorizationConfirmed,
  eligibilityVerified,
  patientResponsibilityCommunicated,
  providerIdentifiersValid,
  READY_TO_BILL,
  registrationComplete,
} from './ready-to-bill.checks';

const group = { id: 'g', kind: 'organization', name: 'Riverside Family Medicine', npi: '1234567893', taxId: '123456789', active: true } as Provider;
const doctor = { id: 'd', kind: 'individual', name: 'Okafor', npi: '1245319599', taxId: null, active: true } as Provider;
const encounter = (fields: Partial<Encounter> = {}) =>
  ({ billingProviderId: 'g', renderingProviderId: 'd', dateOfService: '2026-03-02', selfPay: false, responsibilityCommunicatedAt: new Date(), ...fields }) as Encounter;
const coverage = { payerName: 'Acme Health', payerRecordId: 'payer-1', billingProviderEnrolled: true };
const facts = (fields: Partial<EncounterFacts> = {}): EncounterFacts =>
  ({
    encounter: encounter(),
    charges: [{ renderingProviderId: 'd', procedureCode: '99213' } as Charge],
    patient: { firstName: 'Ada', lastName: 'Lovelace', birthDate: '1980-01-02', sex: 'F' } as Patient,
    providers: new Map([
      ['g', group],
      ['d', doctor],
    ]),
    codeProblems: [],
    location: { name: 'Main St', zip: '627011234' } as Location,
    guarantorOnFile: true,
    coverages: [coverage],
    eligibility: { outcome: 'active', asOfDate: '2026-03-02', method: 'phone' },
    authorizationProblems: [],
    eligibilityMaxAgeDays: 7,
    ...fields,
  }) as EncounterFacts;

const cases: [EncounterCheck, string, EncounterFacts, string | null][] = [
  [registrationComplete, 'complete', facts(), null],
  [registrationComplete, 'no guarantor, no coverage', facts({ guarantorOnFile: false, coverages: [] }), 'no guarantor is on file; no coverage is active on 2026-03-02 (add one, or mark the visit self-pay)'],
  [registrationComplete, 'self-pay without coverage', facts({ coverages: [], encounter: encounter({ selfPay: true }) }), null],
  [eligibilityVerified, 'active', facts(), null],
  [eligibilityVerified, 'never checked', facts({ eligibility: null }), 'no eligibility check of Acme Health for 2026-03-02 was made within 7 days before it'],
  [eligibilityVerified, 'inactive', facts({ eligibility: { outcome: 'inactive', asOfDate: '2026-03-02', method: 'portal' } }), 'the eligibility check of Acme Health for 2026-03-02 (portal) found the coverage inactive'],
  [eligibilityVerified, 'self-pay', facts({ eligibility: null, encounter: encounter({ selfPay: true }) }), null],
  [authorizationConfirmed, 'nothing to authorize', facts(), null],
  [authorizationConfirmed, 'missing', facts({ authorizationProblems: ['97110: Acme Health requires an authorization; none covers 2026-03-02'] }), '97110: Acme Health requires an authorization; none covers 2026-03-02'],
  [providerIdentifiersValid, 'valid', facts(), null],
  [
    providerIdentifiersValid,
    'bad NPI, no tax id, five-digit ZIP, not enrolled',
    facts({
      providers: new Map([
        ['g', { ...group, npi: '1234567890', taxId: null } as Provider],
        ['d', doctor],
      ]),
      location: { name: 'Main St', zip: '62701' } as Location,
      coverages: [{ ...coverage, billingProviderEnrolled: false }],
    }),
    "the billing provider's NPI 1234567890 fails its check digit; the billing provider Riverside Family Medicine has no tax id (REF*EI); the location Main St needs a nine-digit ZIP code on claims (has 62701); Riverside Family Medicine is not enrolled with Acme Health for 837P claims on 2026-03-02",
  ],
  [providerIdentifiersValid, 'a group as rendering provider', facts({ encounter: encounter({ renderingProviderId: 'g' }), charges: [] }), 'rendering provider g is missing, inactive or not an individual'],
  [patientResponsibilityCommunicated, 'told', facts(), null],
  [patientResponsibilityCommunicated, 'not told', facts({ encounter: encounter({ responsibilityCommunicatedAt: null }) }), "the patient's expected share was not communicated: record the estimate and how it was given"],
];

describe('Ready-to-bill checks', () => {
  it.each(cases)('%s: %s', (check, _case, input, reason) => {
    expect(check.evaluate(input)).toEqual(reason === null ? { pass: true } : { pass: false, reason });
  });

  it('implement exactly the checks the encounter table names, in its order', () => {
    expect(CODING_READY.map((check) => check.name)).toEqual(CODING_READY_CHECKS);
    expect(READY_TO_BILL.map((check) => check.name)).toEqual(READY_TO_BILL_CHECKS);
  });
});

import { COVERAGE_FORM as SIMULATOR_COVERAGE_FORM, COVERAGE_STATUS as SIMULATOR_STATUS } from '@openrcm/simulator';
import {
  BENEFIT_JSON,
  COVERAGE_FORM,
  COVERAGE_STATUS_CODES,
  NETWORK_BENEFIT_JSON,
  NETWORK_LISTS,
  PLAN_JSON,
  TOKEN_FIELDS,
} from './availity-fields';

/** The form parameters of `createCoverage` in Availity's Coverages 1.0.0 Swagger document, as published. */
const DOCUMENTED_COVERAGE_FORM = [
  'payerId', 'providerLastName', 'providerFirstName', 'providerType', 'providerNpi', 'providerTaxId', 'payerAssignedProviderId',
  'providerSSN', 'providerPIN', 'medicaidProviderNumber', 'providerOfficeId', 'providerUserId', 'contractNumber', 'providerCity',
  'providerState', 'providerZipCode', 'providerSpecialty', 'placeOfService', 'submitterId', 'asOfDate', 'toDate', 'cardIssueDate',
  'serviceType', 'procedureCode', 'memberId', 'patientSSN', 'medicaidId', 'medicalRecordIdentificationNumber', 'patientAccountNumber',
  'identificationCardSerialNumber', 'identityCardNumber', 'insurancePolicyNumber', 'planNetworkIdentificationNumber',
  'agencyClaimNumber', 'patientLastName', 'patientZipCode', 'patientFirstName', 'patientMiddleName', 'patientSuffix',
  'patientBirthDate', 'patientGender', 'patientState', 'groupNumber', 'groupOrPolicyNumber', 'planNumber',
  'healthInsuranceClaimNumber', 'subscriberRelationship', 'caseNumber',
];
/** Properties of the documented `Amounts`, `BenefitDetail` and plan definitions the plugin reads. */
const DOCUMENTED_AMOUNTS = ['coInsurance', 'coPayment', 'deductibles', 'outOfPocket'];
const DOCUMENTED_NETWORK_LISTS = ['inNetwork', 'noNetwork', 'notApplicableNetwork', 'outOfNetwork'];
const DOCUMENTED_PLAN_DATES = ['coverageStartDate', 'coverageEndDate', 'planStartDate', 'planEndDate', 'eligibilityStartDate', 'eligibilityEndDate'];

describe('availity-fields', () => {
  it('sends only form fields Availity documents for createCoverage', () => {
    for (const field of Object.values(COVERAGE_FORM)) expect(DOCUMENTED_COVERAGE_FORM).toContain(field);
  });

  it('agrees with the simulator\'s independent copy of the names', () => {
    for (const field of Object.values(COVERAGE_FORM)) expect(Object.values(SIMULATOR_COVERAGE_FORM)).toContain(field);
    const simulatorCodes = Object.values(SIMULATOR_STATUS).map((s) => s.code);
    const pluginCodes = [COVERAGE_STATUS_CODES.inProgress, COVERAGE_STATUS_CODES.invalidPayerResponse, COVERAGE_STATUS_CODES.complete,
      ...COVERAGE_STATUS_CODES.communicationErrors, COVERAGE_STATUS_CODES.requestError, COVERAGE_STATUS_CODES.retrying];
    expect([...pluginCodes].sort()).toEqual([...simulatorCodes].sort());
  });

  it('keeps status codes as strings, with R1 (retrying) apart from the numeric ones', () => {
    expect(COVERAGE_STATUS_CODES).toEqual({
      inProgress: '0', invalidPayerResponse: '3', complete: '4', communicationErrors: ['7', '13', '14', '15'], requestError: '19', retrying: 'R1',
    });
  });

  it('reads the documented benefit amounts, network lists and plan dates', () => {
    expect([BENEFIT_JSON.coInsurance, BENEFIT_JSON.coPayment, BENEFIT_JSON.deductibles, BENEFIT_JSON.outOfPocket].sort()).toEqual(DOCUMENTED_AMOUNTS);
    expect(NETWORK_LISTS.map((l) => l.field).sort()).toEqual(DOCUMENTED_NETWORK_LISTS);
    expect(NETWORK_LISTS[0]).toEqual({ field: 'inNetwork', inNetwork: true });
    for (const field of [...PLAN_JSON.beginDates, ...PLAN_JSON.endDates]) expect(DOCUMENTED_PLAN_DATES).toContain(field);
    expect([NETWORK_BENEFIT_JSON.amount, NETWORK_BENEFIT_JSON.total, NETWORK_BENEFIT_JSON.remaining]).toEqual(['amount', 'total', 'remaining']);
  });

  it('uses the OAuth2 (RFC 6749) client-credentials names', () => {
    expect(TOKEN_FIELDS).toMatchObject({ grantType: 'grant_type', grantTypeValue: 'client_credentials', clientId: 'client_id', clientSecret: 'client_secret', accessToken: 'access_token', expiresIn: 'expires_in' });
  });
});

/**
 * Every Availity name the fake speaks, in one place: the form fields of `POST /coverages` and of the token request,
 * the coverage status codes, the headers. Read from Availity's published Coverages 1.0.0 Swagger document
 * (`createCoverage` form parameters; `Coverage`, `CoverageSummary`, `Benefit`, `NetworkBenefit`, `FieldError`,
 * `ErrorResponse` definitions) and its API guide (status codes, token endpoint, `X-Api-Mock-Scenario-ID`).
 * The plugin keeps its own copy (`plugins/eligibility-availity/src/availity-fields.ts`), so a misspelling on either
 * side fails the tests instead of agreeing with itself.
 */
export const COVERAGE_FORM = {
  payerId: 'payerId',
  providerNpi: 'providerNpi',
  providerLastName: 'providerLastName',
  providerFirstName: 'providerFirstName',
  memberId: 'memberId',
  patientFirstName: 'patientFirstName',
  patientLastName: 'patientLastName',
  patientBirthDate: 'patientBirthDate',
  subscriberRelationship: 'subscriberRelationship',
  serviceType: 'serviceType',
  asOfDate: 'asOfDate',
} as const;

/** The form fields of the OAuth2 client-credentials token request. */
export const TOKEN_FORM = {
  grantType: 'grant_type',
  clientId: 'client_id',
  clientSecret: 'client_secret',
  scope: 'scope',
} as const;

/** Coverage `statusCode` values (strings) and the `status` text the fake sends with each. */
export const COVERAGE_STATUS = {
  inProgress: { code: '0', text: 'In Progress' },
  invalidPayerResponse: { code: '3', text: 'Complete: Invalid Payer Response' },
  complete: { code: '4', text: 'Complete' },
  communicationError7: { code: '7', text: 'Communication Error' },
  communicationError13: { code: '13', text: 'Communication Error' },
  communicationError14: { code: '14', text: 'Communication Error' },
  communicationError15: { code: '15', text: 'Communication Error' },
  requestError: { code: '19', text: 'Request Error' },
  retrying: { code: 'R1', text: 'Communication Error: Retrying' },
} as const;

/** Plan and benefit `statusCode` values (X12 EB01): active or inactive coverage. */
export const PLAN_STATUS = {
  active: { code: '1', text: 'Active Coverage' },
  inactive: { code: '6', text: 'Inactive' },
} as const;

/** Header names. */
export const AVAILITY_HEADERS = {
  mockScenario: 'x-api-mock-scenario-id',
  mockResponse: 'X-Api-Mock-Response',
  retryAfter: 'Retry-After',
  location: 'Location',
} as const;

/** The X12 AAA reject reasons the fake answers with when the roster has no such member. */
export const REJECT_REASON = {
  memberNotFound: { code: '75', text: 'Subscriber/Insured Not Found' },
  birthDateMismatch: { code: '71', text: 'Patient Birth Date Does Not Match That for the Patient on the Database' },
  payerNotFound: { code: '79', text: 'Invalid Participant Identification' },
} as const;

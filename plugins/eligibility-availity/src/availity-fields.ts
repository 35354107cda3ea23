/**
 * Every Availity name this plugin reads or writes, in one place. Sources: Availity's Coverages 1.0.0 Swagger document
 * (operation `createCoverage`, form parameters; definitions `Coverage`, `Benefit`, `Amounts`, `BenefitDetail`,
 * `NetworkBenefit`, `PayerNote`, `FieldError`, `ErrorResponse`; token URL `https://api.availity.com/v1/token`) and
 * Availity's API guide (coverage status codes, `X-Api-Mock-Scenario-ID`, 429 on the rate limit).
 */

/** Form fields of `POST /coverages` (application/x-www-form-urlencoded). */
export const COVERAGE_FORM = {
  payerId: 'payerId',
  providerNpi: 'providerNpi',
  providerLastName: 'providerLastName',
  memberId: 'memberId',
  patientFirstName: 'patientFirstName',
  patientLastName: 'patientLastName',
  patientBirthDate: 'patientBirthDate',
  subscriberRelationship: 'subscriberRelationship',
  serviceType: 'serviceType',
  asOfDate: 'asOfDate',
} as const;

/** Form fields of the OAuth2 client-credentials token request, and the fields of its answer. */
export const TOKEN_FIELDS = {
  grantType: 'grant_type',
  grantTypeValue: 'client_credentials',
  clientId: 'client_id',
  clientSecret: 'client_secret',
  scope: 'scope',
  accessToken: 'access_token',
  expiresIn: 'expires_in',
} as const;

/** Coverage `statusCode` values (always strings). */
export const COVERAGE_STATUS_CODES = {
  inProgress: '0',
  invalidPayerResponse: '3',
  complete: '4',
  communicationErrors: ['7', '13', '14', '15'],
  requestError: '19',
  retrying: 'R1',
} as const;

/** Plan and benefit `statusCode` values (X12 EB01) that mean the coverage is in force. */
export const ACTIVE_PLAN_STATUS_CODES: readonly string[] = ['1', '2', '3', '4', '5'];

/** Fields of the `Coverage` document (`GET /coverages/{id}`, and the POST's answer). */
export const COVERAGE_JSON = {
  id: 'id',
  statusCode: 'statusCode',
  status: 'status',
  plans: 'plans',
  validationMessages: 'validationMessages',
  /** The requested service types: `[{ code, value }]`. */
  requestedServiceType: 'requestedServiceType',
  requestedServiceTypeCode: 'code',
} as const;

/** Fields of one `plans[]` entry. */
export const PLAN_JSON = {
  statusCode: 'statusCode',
  status: 'status',
  planName: 'planName',
  /** Plan dates, in the order they are looked for. */
  beginDates: ['coverageStartDate', 'planStartDate', 'eligibilityStartDate'],
  endDates: ['coverageEndDate', 'planEndDate', 'eligibilityEndDate'],
  payerNotes: 'payerNotes',
  benefits: 'benefits',
} as const;

/** Fields of one `benefits[]` entry and its `amounts` (`Amounts`: one `BenefitDetail` per kind). */
export const BENEFIT_JSON = {
  type: 'type',
  amounts: 'amounts',
  coPayment: 'coPayment',
  coInsurance: 'coInsurance',
  deductibles: 'deductibles',
  outOfPocket: 'outOfPocket',
} as const;

/** The network lists of a `BenefitDetail`, in the order they are preferred, with what each says of the network. */
export const NETWORK_LISTS: readonly { readonly field: string; readonly inNetwork: boolean | undefined }[] = [
  { field: 'inNetwork', inNetwork: true },
  { field: 'notApplicableNetwork', inNetwork: undefined },
  { field: 'noNetwork', inNetwork: undefined },
  { field: 'outOfNetwork', inNetwork: false },
];

/** Fields of a `NetworkBenefit` (amounts are decimal strings in dollars; coinsurance a percent). */
export const NETWORK_BENEFIT_JSON = {
  amount: 'amount',
  total: 'total',
  remaining: 'remaining',
  level: 'level',
  individualLevel: 'Individual',
  units: 'units',
} as const;

/** Fields of a `PayerNote` and of a `FieldError` (`validationMessages[]`, `ErrorResponse.errors[]`). */
export const MESSAGE_JSON = {
  message: 'message',
  field: 'field',
  code: 'code',
  errorMessage: 'errorMessage',
  errors: 'errors',
} as const;

/** Header names. */
export const AVAILITY_HEADERS = {
  mockScenario: 'X-Api-Mock-Scenario-ID',
  retryAfter: 'retry-after',
  /** Where to poll a request answered 202 (Availity's asynchronous convention); response header names are lower-case. */
  location: 'location',
} as const;

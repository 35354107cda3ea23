import type { EligibilityInquiry270 } from '@openrcm/x12';

/** What the fake answers to a scenario's 270. */
export type RealtimeOutcome =
  | { readonly kind: 'active' | 'inactive' }
  | { readonly kind: 'rejected'; readonly level: 'source' | 'subscriber' | 'dependent'; readonly aaa03: string }
  | { readonly kind: 'http'; readonly status: 429 | 500 }
  | { readonly kind: 'slow' };

/** A named 270 inquiry and what the fake does with it. */
export interface RealtimeScenario {
  readonly name: string;
  readonly inquiry: EligibilityInquiry270;
  readonly outcome: RealtimeOutcome;
}

const BASE: EligibilityInquiry270 = {
  referenceId: 'SIMREF1', traceNumber: 'SIMREF1', createdDate: '2026-01-15', createdTime: '09:30',
  payer: { name: 'SIM HEALTH', id: 'SIMPAYER' },
  provider: { entityType: '2', lastName: 'GOOD CLINIC', npi: '1234567893' },
  subscriber: { lastName: 'DOE', firstName: 'JANE', memberId: 'RT1001', birthDate: '1980-02-03' },
  serviceTypes: ['98'], asOfDate: '2026-01-15',
};

const subscriber = (changes: Partial<EligibilityInquiry270['subscriber']>) => ({ ...BASE, subscriber: { ...BASE.subscriber, ...changes } });
const CHILD: EligibilityInquiry270 = {
  ...BASE, subscriber: { lastName: 'POE', firstName: 'MARY', memberId: 'RT1002' }, dependent: { lastName: 'POE', firstName: 'KID', birthDate: '2015-02-03' },
};

/** One inquiry per behaviour of the fake, for tests of the connector, the core provider and the demo. */
export const REALTIME_SCENARIOS: readonly RealtimeScenario[] = [
  { name: 'active subscriber', inquiry: BASE, outcome: { kind: 'active' } },
  { name: 'active dependent', inquiry: CHILD, outcome: { kind: 'active' } },
  { name: 'inactive subscriber', inquiry: subscriber({ lastName: 'ROE', firstName: 'JOHN', memberId: 'RT1003', birthDate: '1975-06-07' }), outcome: { kind: 'inactive' } },
  { name: 'unknown member', inquiry: subscriber({ memberId: 'RT9999' }), outcome: { kind: 'rejected', level: 'subscriber', aaa03: '75' } },
  { name: 'malformed member id', inquiry: subscriber({ memberId: 'RT-1001' }), outcome: { kind: 'rejected', level: 'subscriber', aaa03: '72' } },
  { name: 'wrong subscriber name', inquiry: subscriber({ lastName: 'SMITH' }), outcome: { kind: 'rejected', level: 'subscriber', aaa03: '73' } },
  { name: 'birth date does not match', inquiry: subscriber({ birthDate: '1980-03-02' }), outcome: { kind: 'rejected', level: 'subscriber', aaa03: '71' } },
  { name: 'birth date missing', inquiry: { ...BASE, subscriber: { lastName: 'DOE', firstName: 'JANE', memberId: 'RT1001' } }, outcome: { kind: 'rejected', level: 'subscriber', aaa03: '58' } },
  { name: 'dependent not found', inquiry: { ...CHILD, dependent: { lastName: 'POE', firstName: 'OTHER', birthDate: '2016-01-01' } }, outcome: { kind: 'rejected', level: 'dependent', aaa03: '67' } },
  { name: 'payer unavailable', inquiry: { ...BASE, payer: { name: 'DOWN HEALTH', id: 'UNAVAILABLE' } }, outcome: { kind: 'rejected', level: 'source', aaa03: '42' } },
  { name: 'rate limited', inquiry: subscriber({ memberId: 'BUSY1' }), outcome: { kind: 'http', status: 429 } },
  { name: 'server error', inquiry: subscriber({ memberId: 'FAIL1' }), outcome: { kind: 'http', status: 500 } },
  { name: 'slow answer', inquiry: subscriber({ memberId: 'SLOW1' }), outcome: { kind: 'slow' } },
];

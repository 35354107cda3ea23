export { startAvailityFake } from './availity-fake';
export type { AvailityFake, AvailityFakeOptions, RecordedRequest } from './availity-fake';
export { AVAILITY_SCENARIOS, parseScenario } from './availity-scenarios';
export type { AvailityScenario } from './availity-scenarios';
export { DEFAULT_AVAILITY_CLIENT } from './fake-tokens';
export type { FakeClient } from './fake-tokens';
export { AVAILITY_HEADERS, COVERAGE_FORM, COVERAGE_STATUS, PLAN_STATUS, REJECT_REASON, TOKEN_FORM } from './availity-fields';

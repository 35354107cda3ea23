export { startCoreRealtimeFake } from './core-realtime.fake';
export type { CoreFakeCredentials, CoreRealtimeFake, CoreRealtimeFakeOptions, RecordedCoreRequest } from './core-realtime.fake';
export { answer270, responseFor, UnreadableInquiryError } from './realtime-answer';
export type { RealtimeAnswerOptions } from './realtime-answer';
export { REALTIME_MEMBERS } from './realtime-members';
export type { SimulatedDependent, SimulatedMember } from './realtime-members';
export { ELIGIBILITY_REQUEST, ELIGIBILITY_RESPONSE, envelopeError } from './core-envelope.checks';
export { REALTIME_SCENARIOS } from './realtime-scenarios';
export type { RealtimeOutcome, RealtimeScenario } from './realtime-scenarios';

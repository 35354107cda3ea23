export { Money } from './money/money';
export {
  OpenRcmError,
  ValidationError,
  NotFoundError,
  ConflictError,
  InvalidTransitionError,
  UnauthenticatedError,
  ForbiddenError,
  ExternalServiceError,
} from './errors/errors';
export type { ValidationIssue, TransitionFailure } from './errors/errors';
export { ROLES, systemContext } from './context/request-context';
export type { Role, Actor, RequestContext } from './context/request-context';
export { OperationResults } from './result/operation-result';
export type {
  OperationStatus,
  OperationResult,
  OperationSuccess,
  OperationFailure,
  OperationPending,
  OperationException,
} from './result/operation-result';
export { OPEN_RCM_EVENT_NAMES } from './events/event-map';
export type { OpenRcmEventMap, OpenRcmEventName, OpenRcmEvent, WorkflowTransitionedPayload } from './events/event-map';
export { definePlugin, secretRef, SDK_VERSION } from './plugin/define-plugin';
export type { PluginDefinition } from './plugin/define-plugin';
export { parsePluginSettings } from './plugin/settings-validation';
export { allowedHosts, isHostAllowed, assertEventDeclared, assertQueryDeclared, assertMailDeclared } from './plugin/capabilities';
export type { PluginCapabilities, QueryCapability } from './plugin/capabilities';
export type { PluginContext } from './plugin/plugin-context';
export type {
  PluginLogger,
  PluginMail,
  PluginMailMessage,
  SecretRef,
  SecretResolver,
  PluginStateStore,
  PluginHttpRequest,
  PluginHttpResponse,
  PluginHttpClient,
  PluginJobOptions,
  EnqueueOptions,
  PluginJobs,
  PluginEvents,
  BillingQueryApi,
  Clock,
} from './plugin/plugin-services';
export { EXTENSION_POINT_IDS } from './extensions/extension-points';
export type { ExtensionPointId, ExtensionPointMap } from './extensions/extension-points';
export type { EligibilityProvider, EligibilityRequest, EligibilityBenefits, BenefitAmount } from './extensions/eligibility-provider';
export type {
  ClearinghouseConnector,
  ClearinghouseCapabilities,
  ClaimBatch,
  SubmissionReceipt,
  InboundDocument,
  InboundDocumentKind,
} from './extensions/clearinghouse-connector';
export type { ScrubRule, ScrubFinding, ClaimView, ClaimLineView } from './extensions/scrub-rule';
export type { StatementRenderer, StatementChannel, StatementDocument, StatementLine, RenderedStatement, StatementKind, StatementRecipient, StatementNotices } from './extensions/statement';
export type {
  CollectionAgencyConnector,
  PlacementAccount,
  PlacementItemization,
  ItemizationReference,
  AgencyActivity,
  AgencyFile,
  AgencyFileOutcome,
  CollectorIdentity,
} from './extensions/collection-agency-connector';
export type { PaymentGateway, PaymentSession, GatewayPayment } from './extensions/payment-gateway';
export type { ReportDefinition, ReportOutput, ReportValue, ReportingQueryApi, ReportUnit, ReportTarget } from './extensions/report-definition';
export { AGING_BASES, AR_BUCKETS, CLAIM_COHORTS, reportParametersSchema } from './extensions/reporting-aggregates';
export type {
  AgingBasis,
  ArBucket,
  ReportParameters,
  ReportFilters,
  ClaimScrubRow,
  ClaimAdjudicationRow,
  DenialRow,
  ChargeCohortRow,
  LedgerActivityRow,
  OpenArRow,
  ChargeLagRow,
  PatientPaymentRow,
  PayerMixRow,
  GateDefectRow,
  ClaimCohort,
  ClaimListParameters,
  ClaimListRow,
  ReportingAggregateMap,
  ReportingAggregateName,
} from './extensions/reporting-aggregates';
export type { WorkflowGuard, GuardOutcome, HookPhase, TransitionHook, WorkflowSnapshot } from './extensions/workflow';

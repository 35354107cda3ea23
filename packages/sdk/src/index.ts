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
  DirectPayment,
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
export { federalHolidays, isBusinessDay } from './regulation-f/holidays';
export type { FederalHoliday } from './regulation-f/holidays';
export { assumedReceiptDate, validationPeriodEnd, validationNoticeDueBy } from './regulation-f/validation-period';
export { buildValidationNotice } from './regulation-f/validation-notice';
export type {
  ValidationNotice,
  ValidationNoticeInput,
  ValidationNoticeConsumer,
  ValidationResponseChoice,
  ValidationResponseOption,
} from './regulation-f/validation-notice';
export { mayPlaceCall } from './regulation-f/call-limits';
export type { CallRecord, CallRequest, CallLimitRule, CallRefusal, CallDecision } from './regulation-f/call-limits';
export { mayContactAt, US_TIME_ZONES } from './regulation-f/contact-hours';
export type { ContactHoursDecision } from './regulation-f/contact-hours';
export { checkOptOutInstruction, maySendMessage } from './regulation-f/opt-out';
export type { ElectronicChannel, ElectronicMessage, OptOutInstructionCheck, OptOutRecord, OptOutDecision } from './regulation-f/opt-out';
export { creditReportingRuleFor, mayReportToCreditBureau, DEFAULT_CREDIT_REPORTING_RULE } from './regulation-f/credit-reporting';
export type {
  CreditReportingRule,
  CreditReportingSettings,
  CreditReportingNotice,
  CreditReportingFacts,
  CreditReportingRefusalCode,
  CreditReportingRefusal,
  CreditReportingDecision,
} from './regulation-f/credit-reporting';
export { disputeEffect, recordsKeptUntil } from './regulation-f/disputes';
export type { DisputeMedium, DebtDispute, DisputeEffect } from './regulation-f/disputes';

// The server's answers (see ../views.ts): the collections policy, placement batches and their decisions, placed
// accounts with the agency's activity, the import log of agency files, and a patient's Regulation F communications,
// opt-outs and disputes (packages/core/src/collections).
import type { operations } from '../schema';
import type { Schemas } from './schemas';

export type CollectionSettingsInput = Schemas['CollectionSettingsDto'];

/** `GET …/collection-settings`: the policy in effect; `saved` is false while the defaults apply. */
export type CollectionSettings = CollectionSettingsInput & { readonly saved: boolean };

/** A credit-reporting rule as the settings keep it: each field absent means "as the rule above it". */
export type CreditReportingRuleInput = CollectionSettingsInput['creditReporting']['defaults'];

export type AgencyFeePosting = CollectionSettingsInput['agencyFeePosting'];

export type PlacementBatchState = 'proposed' | 'placed' | 'failed' | 'rejected';

/** One batch of `GET …/collection-placement-batches` (newest first), and the answer of propose, approve and reject. */
export interface PlacementBatch {
  readonly id: string;
  readonly state: PlacementBatchState;
  /** The date of the proposal (the organization's calendar). */
  readonly proposedOn: string;
  readonly proposedBy: string;
  readonly connectorId: string;
  readonly proposedCount: number;
  readonly excludedCount: number;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  /** The agency's reference for the placement (a placed batch). */
  readonly agencyReference: string | null;
  /** Why the agency refused or could not take the batch, or why a manager rejected it. */
  readonly failure: string | null;
  readonly createdAt: string;
}

/**
 * Why an account was not proposed (core's placement decision, packages/core/src/collections/placement-decision.ts):
 * what protects the patient first, then what the organization's rules require.
 */
export type PlacementExclusion =
  | 'pending-insurance'
  | 'payment-plan'
  | 'open-dispute'
  | 'financial-assistance-pending'
  | 'nsa-dispute-window'
  | 'on-hold'
  | 'final-notice-not-sent'
  | 'final-notice-not-expired'
  | 'too-soon-after-first-statement'
  | 'below-minimum';

/** One account's decision in a batch. */
export interface PlacementDecision {
  readonly patientId: string;
  readonly patientName: string;
  readonly accountNumber: string;
  readonly proposed: boolean;
  /** Empty when proposed; every reason that applies when left out (a code, see PlacementExclusion). */
  readonly reasons: readonly string[];
  readonly balanceCents: number;
}

/** `GET …/collection-placement-batches/:id`: the batch and each account's decision, proposed first. */
export interface PlacementBatchDetail {
  readonly batch: PlacementBatch;
  readonly decisions: readonly PlacementDecision[];
}

export type PlacementState = NonNullable<NonNullable<operations['CollectionsController_list']['parameters']['query']>['state']>;

/** A placed account of `GET …/collection-placements` (newest placement first). */
export interface Placement {
  readonly id: string;
  readonly batchId: string;
  readonly patientId: string;
  readonly patientName: string;
  readonly accountNumber: string;
  readonly connectorId: string;
  readonly state: PlacementState;
  readonly placedOn: string;
  readonly placedCents: number;
  /** What the agency reported collected (its payments). */
  readonly collectedCents: number;
  /** What the patient owes now. */
  readonly balanceCents: number;
  readonly itemizationDate: string;
  readonly validationNoticeSentOn: string | null;
  /** Why the placement ended: `paid`, `bankruptcy`, `deceased`, or the recall's or return's words. */
  readonly closedReason: string | null;
  readonly endedOn: string | null;
  /** The agency's last activity, as "<kind> on <date>" (null in the placement's own view and when none). */
  readonly lastActivity: string | null;
}

export type AgencyActivityKind = 'payment' | 'adjustment' | 'return' | 'dispute' | 'bankruptcy' | 'deceased';

/** An agency activity applied to a placed account, as applied. */
export interface AgencyActivity {
  readonly id: string;
  readonly placementId: string;
  readonly fileId: string | null;
  readonly kind: AgencyActivityKind;
  readonly amountCents: number;
  readonly agencyFeeCents: number;
  /** How a payment was posted: the whole amount (gross), or net of the agency's fee (the fee written off). */
  readonly feePosting: AgencyFeePosting | null;
  readonly occurredOn: string;
  readonly reference: string;
  readonly note: string | null;
  readonly createdAt: string;
}

/** A payment the patient made to the clinic on the placed account, as the agency was told of it (or could not be). */
export interface DirectPaymentReport {
  readonly id: string;
  readonly placementId: string;
  readonly paymentId: string;
  readonly amountCents: number;
  /** What the patient still owed the clinic after the payment, as reported. */
  readonly balanceCents: number;
  readonly paidOn: string;
  /** `reported` through the agency connector; `not-supported` when the connector cannot, for staff to tell the agency. */
  readonly outcome: 'reported' | 'not-supported';
  /** The agency's reference for the report (the generic connector's file name). */
  readonly reference: string | null;
  readonly createdAt: string;
}

/** `GET …/collection-placements/:id`: the placed account, the agency's activity on it and the clinic's payments told to the agency, newest first. */
export interface PlacementDetail {
  readonly placement: Placement;
  readonly activity: readonly AgencyActivity[];
  readonly directPayments: readonly DirectPaymentReport[];
}

export type CreditReportingRefusalCode = 'state-prohibits' | 'balance-under-threshold' | 'waiting-period' | 'paid-in-full' | 'consumer-not-contacted' | 'notice-wait' | 'notice-undeliverable';

/** The credit-reporting rule in effect for a state, every field resolved. */
export interface CreditReportingRule {
  readonly reportingAllowed: boolean;
  readonly minimumInitialBalanceCents: number;
  readonly waitingDays: number;
  readonly noticeWaitDays: number;
}

/** `GET …/collection-placements/:id/credit-reporting`: whether the debt may be reported today, under the debtor's state rule. */
export type CreditReportingAnswer = { readonly state: string; readonly rule: CreditReportingRule } & (
  | { readonly allowed: true }
  | { readonly allowed: false; readonly refusals: readonly { readonly code: CreditReportingRefusalCode; readonly message: string; readonly allowedFrom?: string }[] }
);

/** A row of a read agency file that could not be applied, and why. */
export interface AgencyRowFailure {
  readonly line: number | null;
  readonly accountNumber: string;
  readonly reference: string;
  readonly reason: string;
}

/** One file of the import log (`GET …/collection-agency-files`, newest first; the answer of an upload). */
export interface AgencyFile {
  readonly id: string;
  readonly connectorId: string;
  readonly fileName: string;
  readonly origin: 'fetched' | 'uploaded';
  readonly status: 'read' | 'refused';
  /** A refused file's problems, each naming its line and column (`line 4, amount`). */
  readonly issues: readonly { readonly field: string; readonly message: string }[];
  readonly rowCount: number;
  readonly postedCount: number;
  /** Rows whose agency reference was seen before (applied nothing). */
  readonly duplicateCount: number;
  readonly failures: readonly AgencyRowFailure[];
  readonly importedBy: string;
  readonly createdAt: string;
}

export type CollectionCommunicationKind = 'validation-notice' | 'email' | 'call';

/** One logged collection communication (sent, made, or refused by a rule). */
export interface CollectionCommunication {
  readonly id: string;
  readonly patientId: string;
  readonly placementId: string | null;
  readonly kind: CollectionCommunicationKind;
  readonly channel: 'mail' | 'email' | 'phone';
  readonly occurredAt: string;
  readonly outcome: 'sent' | 'refused';
  /** The rule that refused it. */
  readonly reason: string | null;
  /** A notice's collector and end date, an email's subject, a call's note. */
  readonly summary: string;
  readonly details: {
    readonly initiatedBy: 'collector' | 'consumer';
    readonly connected: boolean;
    readonly conversation: boolean;
    readonly consentGivenAt: string | null;
    readonly debtIds: readonly string[];
  } | null;
  readonly recordedBy: string;
  readonly retainUntil: string;
}

export type OptOutChannel = Schemas['OptOutDto']['channel'];

export interface CollectionOptOut {
  readonly id: string;
  readonly patientId: string;
  readonly channel: OptOutChannel;
  readonly optedOutAt: string;
  readonly note: string | null;
  readonly recordedBy: string;
}

export type DisputeMedium = Schemas['DisputeDto']['medium'];

/** A debt dispute under Regulation F. */
export interface CollectionDispute {
  readonly id: string;
  readonly patientId: string;
  readonly placementId: string | null;
  readonly receivedOn: string;
  readonly medium: DisputeMedium;
  readonly disputedCents: number;
  /** Written within the validation period: collection of the disputed amount stops until verification. */
  readonly stopsCollection: boolean;
  readonly note: string;
  readonly verifiedOn: string | null;
  readonly verification: string | null;
  readonly createdAt: string;
}

/** `GET …/patients/:id/collections`: newest first each. */
export interface PatientCollections {
  readonly communications: readonly CollectionCommunication[];
  readonly optOuts: readonly CollectionOptOut[];
  readonly disputes: readonly CollectionDispute[];
}

/** `POST …/patients/:id/collection-disputes`: the dispute and what it does to collection. */
export interface RecordedCollectionDispute {
  readonly dispute: CollectionDispute;
  readonly effect: { readonly collectionStopped: boolean; readonly stoppedCents: number; readonly reportAsDisputed: boolean; readonly reason: string };
}

/** `POST …/patients/:id/validation-notice`: the notice generated and logged. */
export interface GeneratedValidationNotice {
  readonly communicationId: string;
  readonly notice: { readonly sentOn: string; readonly validationPeriodEndsOn: string; readonly itemizationDate: string; readonly amountNowCents: number };
}

/** `GET …/patients/:id/collection-call-check`: whether a call may be placed then, or every rule that stops it. */
export type CallCheck = { readonly allowed: true } | { readonly allowed: false; readonly reasons: readonly string[]; readonly nextAllowedAt?: string };

export type CollectionCallInput = Schemas['CallDto'];
export type CollectionEmailInput = Schemas['EmailDto'];
export type CollectionDisputeInput = Schemas['DisputeDto'];

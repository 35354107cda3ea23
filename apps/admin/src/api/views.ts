// What the server answers. The OpenAPI document describes request bodies and parameters (used through schema.d.ts)
// but not yet response bodies, so the answers the app reads are written down here, from the controllers' views.
// Enumerations come from the generated schema.
import type { components, operations } from './schema';

type Schemas = components['schemas'];

export type Role = Schemas['RolesDto']['roles'][number];
/** The roles an API key may carry: all but admin. */
export type ApiKeyRole = Schemas['CreateApiKeyDto']['roles'][number];
export type GatePolicy = Schemas['SetGatePolicyDto']['policy'];
export type Sex = Schemas['RegisterPatientDto']['sex'];
export type WorkItemEvent = Schemas['WorkItemTransitionDto']['event'];
type WorkItemQuery = NonNullable<operations['WorkItemsController_list']['parameters']['query']>;
export type WorkItemState = NonNullable<WorkItemQuery['state']>;
export type WorkItemKind = NonNullable<WorkItemQuery['kind']>;

export type SessionStage = 'active' | 'mfa-required' | 'mfa-enrollment-required' | 'password-change-required';

/** The sign-in steps' answer (`sessionView`). */
export interface SessionStep {
  readonly stage: SessionStage;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** `GET /api/auth/session`. */
export interface SessionView extends SessionStep {
  readonly user: { readonly id: string; readonly email: string; readonly displayName: string; readonly mfaEnabled: boolean };
  readonly memberships: readonly { readonly organizationId: string; readonly roles: readonly Role[] }[];
}

/** `POST /api/auth/mfa/enrol`. */
export interface Enrolment {
  readonly secret: string;
  readonly uri: string;
}

export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
}

export interface WorkflowTransition {
  readonly from: string | readonly string[];
  readonly event: string;
  readonly to: string;
  readonly guards?: readonly string[];
}

/** `GET /api/organizations/:id/workflows/:name`. */
export interface WorkflowView {
  readonly table: {
    readonly name: string;
    readonly description?: string;
    readonly initial: string;
    readonly states: readonly string[];
    readonly transitions: readonly WorkflowTransition[];
  };
  readonly guards: readonly { readonly name: string; readonly description: string }[];
  readonly mermaid: string;
}

/** One gate check of `GET /api/organizations/:id/gates`. */
export interface GateView {
  readonly check: string;
  readonly description: string;
  readonly source: 'core' | 'plugin';
  readonly policy: GatePolicy;
  readonly ownerRole: Role | null;
  readonly ownerUserId: string | null;
  readonly configured: boolean;
  readonly usedBy: readonly { readonly workflow: string; readonly event: string; readonly transition: string }[];
}

export interface GateSettings {
  readonly defectWindowDays: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit: number;
  /** The `after` of the next page; null on the last. */
  readonly nextCursor: string | null;
}

export interface WorkItem {
  readonly id: string;
  readonly kind: WorkItemKind;
  readonly title: string;
  readonly category: string | null;
  readonly recordType: string;
  readonly recordId: string;
  readonly patientId: string | null;
  readonly ownerRole: Role | null;
  readonly assigneeUserId: string | null;
  readonly dueDate: string | null;
  readonly priority: string;
  readonly state: WorkItemState;
  readonly resolutionNote: string | null;
  readonly createdAt: string;
}

export interface WorkItemNote {
  readonly id: string;
  readonly authorType: string;
  readonly authorId: string;
  readonly body: string;
  readonly createdAt: string;
}

export interface WorkItemDetail extends WorkItem {
  readonly notes: readonly WorkItemNote[];
}

export interface Patient {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  readonly sex: Sex;
  readonly accountNumber: string | null;
  readonly ssnLast4: string | null;
  readonly createdAt: string;
}

/** One candidate of a possible-duplicate 409 (`candidates` of the problem document). */
export interface DuplicateCandidate {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  readonly sex: Sex;
  readonly accountNumber: string | null;
}

/** A member of the organization (`GET …/users`, and the answer of the user actions). */
export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly active: boolean;
  readonly mfaEnabled: boolean;
  readonly lastSignInAt: string | null;
}

/** `POST …/users`: the one-time password only for a person who had no account yet. */
export interface Invitation {
  readonly member: Member;
  readonly oneTimePassword?: string;
}

/** An API key as `GET …/api-keys` lists it: never its secret. */
export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly roles: readonly Role[];
  readonly createdBy: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** `POST …/api-keys`: the only answer carrying the secret. */
export interface CreatedApiKey extends ApiKeyView {
  readonly secret: string;
}

export type JobStatus = NonNullable<NonNullable<operations['JobsController_list']['parameters']['query']>['status']>;

/** `GET …/jobs`. */
export interface Job {
  readonly id: string;
  readonly name: string;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly lastError: string | null;
  readonly runAt: string;
  readonly createdAt: string;
  readonly completedAt: string | null;
}

/** One row of `GET …/audit-events`. */
export interface AuditEvent {
  readonly id: string;
  readonly at: string;
  readonly actorType: string;
  readonly actorId: string;
  readonly action: 'read' | 'create' | 'update' | 'delete';
  readonly recordType: string;
  readonly recordId: string;
  readonly patientId: string | null;
  readonly ip: string | null;
  readonly correlationId: string;
}

/** A payer row (`GET …/payers`), as the money screens use it. */
export interface PayerView {
  readonly id: string;
  readonly name: string;
  readonly payerId: string;
  readonly active: boolean;
}

/** A warning posting raised without refusing the remittance. */
export interface RemittanceWarning {
  readonly code: string;
  readonly message: string;
  readonly patientControlNumber?: string;
}

/** A posted remittance (`GET …/remittances`): an 835 transaction or a paper EOB keyed in. */
export interface Remittance {
  readonly id: string;
  readonly source: 'x12' | 'manual';
  readonly traceNumber: string;
  readonly traceOriginator: string;
  readonly payerName: string;
  readonly payerRecordId: string | null;
  readonly method: string;
  readonly paymentCents: number;
  readonly paymentDate: string | null;
  readonly receivedOn: string;
  readonly claimCount: number;
  readonly unmatchedCount: number;
  readonly warnings: readonly RemittanceWarning[];
  readonly postedBy: string;
  readonly createdAt: string;
}

/** What posting one remittance (one check) did. */
export interface RemittancePosting {
  readonly outcome: 'posted' | 'duplicate';
  readonly remittanceId: string;
  readonly traceNumber: string;
  readonly paymentCents: number;
  readonly claimPayments: number;
  readonly unmatched: number;
  readonly warnings: readonly RemittanceWarning[];
}

/** `POST …/remittances`: the archived 835 file and each check's posting. */
export interface RemittanceFileResult {
  readonly fileId: string;
  readonly alreadyArchived: boolean;
  readonly postings: readonly RemittancePosting[];
}

/** One CAS amount, with what posting did with it. */
export interface RemittanceAdjustment {
  readonly id: string;
  readonly remittanceLineId: string | null;
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly amountCents: number;
  readonly quantity: number | null;
  readonly disposition: 'contractual' | 'other' | 'denial' | 'next-coverage' | 'patient' | 'prior-payer';
}

/** One SVC service payment. */
export interface RemittanceLine {
  readonly id: string;
  readonly remittanceClaimId: string;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly chargeCents: number;
  readonly paymentCents: number;
  readonly allowedCents: number | null;
  readonly units: number | null;
  readonly serviceDate: string | null;
  readonly lineItemControlNumber: string | null;
  readonly remarkCodes: readonly string[];
  readonly matchMethod: 'control-number' | 'procedure' | 'unmatched';
  readonly contractAllowedCents: number | null;
  readonly expectedPaymentCents: number | null;
  readonly varianceStatus: 'none' | 'flagged' | 'explained';
  readonly varianceNote: string | null;
  readonly createdAt: string;
}

/** One CLP claim payment (also a row of the unmatched queue). */
export interface RemittanceClaim {
  readonly id: string;
  readonly remittanceId: string;
  readonly position: number;
  readonly patientControlNumber: string;
  readonly statusCode: string;
  readonly chargeCents: number;
  readonly paymentCents: number;
  readonly patientResponsibilityCents: number | null;
  readonly payerClaimNumber: string | null;
  readonly match: 'matched' | 'unmatched';
  readonly unmatchedReason: string | null;
  readonly claimId: string | null;
  readonly createdAt: string;
}

/** One PLB amount (positive reduces the check). */
export interface ProviderAdjustment {
  readonly id: string;
  readonly providerIdentifier: string;
  readonly fiscalPeriodDate: string;
  readonly reasonCode: string;
  readonly reference: string | null;
  readonly amountCents: number;
  readonly disposition: 'recoupment' | 'interest' | 'forwarding-balance' | 'provider-account';
}

/** `GET …/remittances/:id`. */
export interface RemittanceDetail {
  readonly remittance: Remittance;
  readonly claims: readonly (RemittanceClaim & { readonly lines: readonly RemittanceLine[]; readonly adjustments: readonly RemittanceAdjustment[] })[];
  readonly providerAdjustments: readonly ProviderAdjustment[];
}

/** `GET …/reference-codes/:kind/:code`. */
export interface CodeValidity {
  readonly code: string;
  readonly valid: boolean;
  readonly description: string | null;
}

/** A remittance as the deposit screens show it. */
export interface RemittanceSummary {
  readonly id: string;
  readonly traceNumber: string;
  readonly traceOriginator: string;
  readonly payerName: string;
  readonly paymentCents: number;
  readonly paymentDate: string | null;
  readonly method: string;
  readonly receivedOn: string;
}

/** A remittance with the trace of a deposit and another amount. */
export interface NearMatch {
  readonly depositId: string;
  readonly remittanceId: string;
  readonly traceNumber: string;
  readonly depositCents: number;
  readonly remittanceCents: number;
  readonly differenceCents: number;
}

/** A bank deposit (`GET …/deposits`). */
export interface Deposit {
  readonly id: string;
  readonly depositDate: string;
  readonly amountCents: number;
  readonly traceNumber: string | null;
  readonly payerName: string | null;
  readonly bankReference: string | null;
  readonly note: string | null;
  readonly source: string;
  readonly state: 'matched' | 'unmatched';
  readonly matchMethod: string | null;
  readonly remittance: RemittanceSummary | null;
  readonly differenceCents: number | null;
  readonly nearMatches: readonly NearMatch[];
}

/** `GET …/deposits/unmatched-remittances`. */
export interface UnmatchedRemittance extends RemittanceSummary {
  readonly nearMatches: readonly NearMatch[];
}

/** What a reconciliation run did. */
export interface Reconciliation {
  readonly examined: number;
  readonly matches: readonly { readonly depositId: string; readonly remittanceId: string }[];
  readonly nearMatches: readonly NearMatch[];
  readonly ambiguous: readonly { readonly depositId: string; readonly remittanceIds: readonly string[] }[];
}

/** `POST …/deposits`. */
export interface DepositEntered {
  readonly deposit: Deposit;
  readonly reconciliation: Reconciliation;
}

/** `POST …/deposits/import`. */
export interface DepositImport {
  readonly imported: number;
  readonly importedCents: number;
  readonly duplicates: readonly { readonly line: number }[];
  readonly reconciliation: Reconciliation;
}

/** An overpaid account (`GET …/credit-balances`). */
export interface CreditBalance {
  readonly chargeId: string;
  readonly party: 'payer' | 'patient';
  readonly coverageId: string | null;
  readonly patientId: string;
  readonly payerRecordId: string | null;
  readonly payerName: string | null;
  readonly claimId: string | null;
  readonly patientControlNumber: string | null;
  readonly procedureCode: string | null;
  readonly dateOfService: string | null;
  readonly balanceCents: number;
  readonly creditCents: number;
  readonly identifiedOn: string;
  readonly medicare: boolean;
  readonly refundDueDate: string | null;
}

/** A patient's coverage (`GET …/patients/:id/coverages`), as the transfer dialog lists it. */
export interface CoverageView {
  readonly id: string;
  readonly payerRecordId: string;
  readonly order: string;
}

/** CAS by group and reason, with what posting did. */
export interface AdjustmentTotal {
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly amountCents: number;
  readonly adjustedOffCents: number;
  readonly deniedCents: number;
  readonly transferredCents: number;
}

/** `GET …/ledger/summary`. */
export interface LedgerSummary {
  readonly entries: number;
  readonly balanceCents: number;
  readonly byKind: readonly { readonly kind: string; readonly entries: number; readonly amountCents: number }[];
  readonly remittancesByPayer: readonly { readonly payerRecordId: string | null; readonly payerName: string; readonly remittances: number; readonly paymentCents: number; readonly paidCents: number }[];
  readonly remittanceTotals: {
    readonly remittances: number;
    readonly paymentCents: number;
    readonly paidCents: number;
    readonly adjustments: readonly AdjustmentTotal[];
    readonly providerAdjustments: readonly { readonly reasonCode: string; readonly amountCents: number }[];
  };
  readonly claimsByState: readonly { readonly state: string; readonly claims: number }[];
}

/** `GET …/ledger/balances/payers`. */
export interface PayerBalances {
  readonly items: readonly { readonly payerRecordId: string; readonly balanceCents: number }[];
}

/** `POST …/ledger/verify`. */
export interface LedgerVerification {
  readonly entries: number;
  readonly checks: readonly string[];
  readonly violations: readonly { readonly check: string; readonly message: string; readonly ids: readonly string[] }[];
}

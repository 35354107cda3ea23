
// What the server answers. The OpenAPI document describes request bodies and parameters (used through schema.d.ts)
// but not yet response bodies, so the answers the app reads are written down here, from the controllers' views.
// Enumerations come from the generated schema.
import type { components, operations } from './schema';

type Schemas = components['schemas'];

export type Role = Schemas['RolesDto']['roles'][number];

export type GatePolicy = Schemas['SetGatePolicyDto']['policy'];

export type Sex = Schemas['RegisterPatientDto']['sex'];

export type WorkItemEvent = Schemas['WorkItemTransitionDto']['event'];
type WorkItemQuery = NonNullable<operations['WorkItemsController_list']['parameters']['query']>;

export type WorkItemState = NonNullable<WorkItemQuery['state']>;

export type WorkItemKind = NonNullable<WorkItemQuery['kind']>;
export type WorkItemPriority = NonNullable<Schemas['UpdateWorkItemDto']['priority']>;
type ClaimQuery = NonNullable<operations['ClaimsController_list']['parameters']['query']>;
export type ClaimState = NonNullable<ClaimQuery['state']>;

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
  readonly ownerUserId: string | null;
  readonly dueDate: string | null;
  readonly nextActionDate: string | null;
  readonly priority: WorkItemPriority;
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

/** A member one may assign work to (`GET …/users/assignable`). */
export interface AssignableMember {
  readonly userId: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
}

/** The denial category mapping (`GET …/denial-categories`), for the denial queues. */
export interface DenialCategoryMapping {
  readonly rules: readonly { readonly category: string }[];
  readonly fallback: { readonly category: string };
}

/** A claim as lists show it (`toClaimView`); amounts in cents. */
export interface Claim {
  readonly id: string;
  readonly encounterId: string;
  readonly patientId: string;
  readonly payerRecordId: string;
  readonly coverageOrder: string;
  readonly patientControlNumber: string;
  readonly frequency: string;
  readonly payerClaimNumber: string | null;
  readonly replacesClaimId: string | null;
  readonly totalChargeCents: number;
  readonly state: ClaimState;
  readonly allowedEvents: readonly string[];
  readonly dateOfService: string;
  readonly createdAt: string;
}

export interface ClaimLine {
  readonly id: string;
  readonly lineNumber: number;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly chargeCents: number;
  readonly dateOfService: string;
}

export interface ScrubFinding {
  readonly id: string;
  readonly rule: string;
  readonly severity: string;
  readonly field: string | null;
  readonly message: string;
  readonly hint: string | null;
  readonly overriddenBy: string | null;
  readonly overrideReason: string | null;
  readonly resolvedAt: string | null;
}

/** `GET …/claims/:id`. */
export interface ClaimDetail extends Claim {
  readonly lines: readonly ClaimLine[];
  readonly findings: readonly ScrubFinding[];
  readonly snapshot: {
    readonly patient: { readonly name: string; readonly birthDate: string };
    readonly payer: { readonly name: string; readonly payerId: string };
    readonly subscriber: { readonly memberIdLast4: string };
  };
}

/** What `POST …/claims/submit-ready` did. */
export interface SubmitReadySummary {
  readonly batches: readonly { readonly batchId: string; readonly payerName: string; readonly fileName: string; readonly claimCount: number }[];
  readonly notSubmitted: readonly { readonly payerName: string; readonly claimIds: readonly string[]; readonly reason: string }[];
}

export interface TimelineActor {
  readonly type: string;
  readonly id: string;
  readonly name: string | null;
}

/** One entry of `GET …/claims/:id/timeline` (newest first). */
export type ClaimTimelineEntry =
  | { readonly kind: 'transition'; readonly at: string; readonly event: string; readonly from: string; readonly to: string; readonly actor: TimelineActor }
  | { readonly kind: 'scrub-finding'; readonly at: string; readonly findingId: string; readonly rule: string; readonly severity: string; readonly field: string | null; readonly message: string; readonly resolvedAt: string | null; readonly overridden: boolean }
  | { readonly kind: 'finding-overridden'; readonly at: string; readonly findingId: string; readonly rule: string; readonly reason: string; readonly actor: TimelineActor }
  | { readonly kind: 'file-sent'; readonly at: string; readonly batchId: string; readonly fileKind: string; readonly fileName: string; readonly state: string; readonly submittedAt: string | null; readonly reference: string | null; readonly lastError: string | null }
  | { readonly kind: 'file-received'; readonly at: string; readonly fileId: string; readonly fileKind: string; readonly fileName: string; readonly outcome: string; readonly detail: string | null }
  | { readonly kind: 'status-inquiry'; readonly at: string; readonly inquiryId: string; readonly outcome: string; readonly statusCategory: string | null; readonly statusCode: string | null; readonly error: string | null; readonly actor: TimelineActor }
  | {
      readonly kind: 'remittance';
      readonly at: string;
      readonly remittanceId: string;
      readonly remittanceClaimId: string;
      readonly payerName: string;
      readonly traceNumber: string;
      readonly statusCode: string;
      readonly chargeCents: number;
      readonly paymentCents: number;
      readonly patientResponsibilityCents: number | null;
      readonly paymentDate: string | null;
    }
  | {
      readonly kind: 'ledger';
      readonly at: string;
      readonly entryId: string;
      readonly entryKind: string;
      readonly amountCents: number;
      readonly party: string;
      readonly groupCode: string | null;
      readonly reasonCode: string | null;
      readonly source: string;
      readonly effectiveDate: string;
      readonly memo: string | null;
    }
  | { readonly kind: 'work-item'; readonly at: string; readonly workItemId: string; readonly itemKind: string; readonly category: string | null; readonly title: string; readonly state: string }
  | { readonly kind: 'related-claim'; readonly at: string; readonly relation: 'supersedes' | 'superseded-by' | 'prior-payer' | 'next-payer'; readonly claimId: string; readonly patientControlNumber: string; readonly frequency: string; readonly state: string };
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
/** `GET /api/organizations/:id/dashboard`. */
export interface DashboardCounts {
  readonly claimsByState: readonly { readonly state: string; readonly claims: number }[];
  /** Unresolved work items (open, assigned, in progress, waiting on the payer) by kind and category. */
  readonly openWorkItems: readonly { readonly kind: WorkItemKind; readonly category: string | null; readonly items: number }[];
}

export type AgingBasis = 'service-date' | 'first-bill-date';

export type AgingBucket = '0-30' | '31-60' | '61-90' | '91-120' | '121+';

/** One payer's (or patient's) aged balances in cents. */
export interface AgingRow {
  readonly id: string;
  readonly name: string;
  readonly buckets: Readonly<Record<AgingBucket, number>>;
  readonly totalCents: number;
  readonly accounts: number;
}

/** `GET /api/organizations/:id/aging`. */
export interface AgingReport {
  readonly asOf: string;
  readonly by: 'payer' | 'patient';
  readonly basis: AgingBasis;
  readonly buckets: readonly AgingBucket[];
  readonly rows: readonly AgingRow[];
  readonly totals: Omit<AgingRow, 'id' | 'name'>;
  readonly creditBalances: { readonly accounts: number; readonly totalCents: number };
  readonly serviceDateFallback: { readonly accounts: number; readonly totalCents: number; readonly note: string } | null;
}

/** The parts of `GET /api/organizations/:id/ledger/summary` the dashboard shows (amounts in cents). */
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
  readonly remittanceTotals: { readonly remittances: number; readonly paymentCents: number; readonly paidCents: number };
}

/** A check's policy and owner, or the gate settings, before or after a change. */
export type GateChangeValue = Readonly<Record<string, string | number | null>>;

/** One row of `GET /api/organizations/:id/gates/history`. */
export interface GateChange {
  readonly id: string;
  readonly at: string;
  readonly actor: { readonly type: string; readonly id: string; readonly name: string; readonly email: string | null };
  readonly subject: 'check' | 'settings';
  readonly check: string | null;
  readonly previous: GateChangeValue;
  readonly next: GateChangeValue;
}

export type EncounterState = NonNullable<NonNullable<operations['EncountersController_list']['parameters']['query']>['state']>;

/** The events people apply through `POST …/encounters/:id/transitions`. */
export type EncounterEvent = Schemas['EncounterTransitionDto']['event'];

/** `toEncounterView`: an encounter with the workflow events its state allows. */
export interface Encounter {
  readonly id: string;
  readonly patientId: string;
  readonly locationId: string;
  readonly billingProviderId: string;
  readonly renderingProviderId: string;
  readonly state: EncounterState;
  readonly allowedEvents: readonly string[];
  readonly dateOfService: string;
  readonly placeOfService: string;
  readonly reason: string | null;
  readonly selfPay: boolean;
  readonly diagnosisCodes: readonly string[];
  readonly documentation: { readonly signedByProviderId: string | null; readonly signedAt: string | null };
  readonly scheduledStart: string | null;
  readonly patientResponsibility: {
    readonly estimateCents: number | null;
    readonly method: ResponsibilityMethod | null;
    readonly communicatedAt: string | null;
    readonly communicatedBy: string | null;
  };
}

/** `toChargeView`. */
export interface Charge {
  readonly id: string;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly unitType: string;
  readonly diagnosisPointers: readonly number[];
  readonly dateOfService: string;
  readonly unitPriceCents: number;
  readonly amountCents: number;
  readonly expectedAllowedCents: number | null;
  readonly voidedAt: string | null;
  readonly voidReason: string | null;
}

/** `GET …/encounters/:id`: the encounter with its charges (voided ones too). */
export interface EncounterDetail extends Encounter {
  readonly charges: readonly Charge[];
  readonly eligibility: {
    readonly coverageId: string;
    readonly payerName: string;
    readonly check: {
      readonly id: string;
      readonly outcome: string;
      readonly method: string;
      readonly source: string | null;
      readonly checkedAt: string;
      readonly messages: readonly string[];
    } | null;
    readonly pointOfService: { readonly copayCents: number | null; readonly deductibleRemainingCents: number | null };
  } | null;
}

export interface Provider {
  readonly id: string;
  readonly kind: 'individual' | 'organization';
  readonly name: string;
  readonly firstName: string | null;
  readonly npi: string | null;
  readonly active: boolean;
}

export interface Location {
  readonly id: string;
  readonly name: string;
  readonly placeOfServiceCode: string;
  readonly active: boolean;
}

/** A failing gate check of a refused transition (`failures` of the 422 problem document). */
export interface CheckFailure {
  readonly check: string;
  readonly reason: string;
}

/** One answer of `GET …/reference-codes?kinds=&q=`. */
export interface CodeFound {
  readonly kind: string;
  readonly code: string;
  readonly description: string;
  readonly effectiveFrom: string;
  readonly match: 'code' | 'description';
}

/** `GET …/fee-schedules/price`. */
export interface FeePrice {
  readonly amountCents: number | null;
  readonly source: { readonly name: string } | null;
  readonly reason?: string;
}

/** `GET …/users` (administrators and managers). */
export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly active: boolean;
  readonly roles: readonly Role[];
  readonly mfaEnabled: boolean;
  readonly lastSignInAt: string | null;
}

export type EnrollmentTransaction = Schemas['SetEnrollmentDto']['transaction'];

export type EnrollmentStatus = Schemas['SetEnrollmentDto']['status'];

export type FeeScheduleKind = Schemas['CreateFeeScheduleDto']['kind'];

/** A payer (`toView` of the payers controller); `id` is the record id, `payerId` the X12 payer id. */
export interface Payer {
  readonly id: string;
  readonly name: string;
  readonly payerId: string;
  readonly claimFilingIndicator: string;
  readonly timelyFilingDays: number;
  readonly appealLimitDays: number;
  readonly followUpDays: number;
  readonly clearinghousePluginId: string | null;
  readonly eligibilityPluginId: string | null;
  readonly authorizationRequiredCodes: readonly string[];
  readonly active: boolean;
  readonly createdAt: string;
}

/** One provider's enrollment with a payer for one transaction. */
export interface PayerEnrollment {
  readonly id: string;
  readonly payerRecordId: string;
  readonly providerId: string;
  readonly transaction: EnrollmentTransaction;
  readonly status: EnrollmentStatus;
  readonly effectiveFrom: string | null;
  readonly note: string | null;
}

export interface FeeSchedule {
  readonly id: string;
  readonly name: string;
  readonly payerRecordId: string | null;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly kind: FeeScheduleKind;
  readonly percentBasisPoints: number | null;
  readonly medicareLocality: { readonly mac: string; readonly locality: string } | null;
  readonly createdAt: string;
}

export interface FeeScheduleEntry {
  readonly code: string;
  readonly modifier: string | null;
  readonly amountCents: number;
}

/** `GET …/fee-schedules/:id`: the schedule with one page of its entries. */
export interface FeeScheduleDetail extends FeeSchedule {
  readonly entries: Page<FeeScheduleEntry>;
}

/** One good line of an entries file, as the dry run read it. */
export interface FeeScheduleCsvRow {
  readonly line: number;
  readonly code: string;
  readonly modifier: string;
  readonly amountCents: number;
}

/** One bad line of an entries file: the line (null for the whole file), the column when one cell is wrong. */
export interface FeeScheduleCsvError {
  readonly line: number | null;
  readonly column: 'code' | 'modifier' | 'amount' | null;
  readonly message: string;
}

/** What an entries import did (`added`, `changed`, `removed` of `total` rows). */
export interface FeeScheduleImportSummary {
  readonly total: number;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
}

/** `POST …/entries/import?dryRun=true`: the rows and errors read, and what saving the good rows would change. */
export interface FeeScheduleImportPreview extends FeeScheduleImportSummary {
  readonly dryRun: true;
  readonly rows: readonly FeeScheduleCsvRow[];
  readonly errors: readonly FeeScheduleCsvError[];
}

/** One installed plugin for the organization (`GET …/plugins`), with its settings' JSON Schema. */
export interface PluginListing {
  readonly id: string;
  readonly version: string;
  readonly sdk: string;
  readonly module: string;
  readonly health: { readonly healthy: boolean; readonly lastError?: string; readonly lastErrorAt?: string };
  readonly enabled: boolean;
  readonly settings: unknown;
  readonly settingsVersion: number;
  readonly contributions: Readonly<Record<string, number>>;
  readonly capabilities: { readonly hosts: readonly string[]; readonly events: readonly string[]; readonly query: readonly string[] };
  readonly settingsSchema: unknown;
}

export interface PostalAddress {
  readonly line1: string;
  readonly line2?: string | null;
  readonly city: string;
  readonly state: string;
  readonly postalCode: string;
}

/** `GET …/patients/:id` (the search's items lack nothing but the address). */
export interface PatientDetail extends Patient {
  readonly address: PostalAddress | null;
}

export type GuarantorRelationship = Schemas['SetGuarantorDto']['relationship'];

/** `GET …/patients/:id/guarantor`. */
export interface Guarantor {
  readonly id: string;
  readonly patientId: string;
  readonly relationship: GuarantorRelationship;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly birthDate: string | null;
  readonly address: PostalAddress | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly updatedAt: string;
}

export type CoverageOrder = Schemas['AddCoverageDto']['order'];

export type SubscriberRelationship = Schemas['AddCoverageDto']['subscriberRelationship'];

/** One coverage of `GET …/patients/:id/coverages` (the member id as its last four characters). */
export interface Coverage {
  readonly id: string;
  readonly patientId: string;
  readonly payerRecordId: string;
  readonly order: CoverageOrder;
  readonly subscriberRelationship: SubscriberRelationship;
  readonly subscriber: { readonly firstName: string | null; readonly lastName: string | null; readonly birthDate: string | null; readonly sex: string | null } | null;
  readonly memberIdLast4: string;
  readonly groupNumber: string | null;
  readonly planName: string | null;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly active: boolean;
}

/** `GET …/ledger/balances/patients/:id`: what each party owes (cents; below zero is a credit) and the money taken at visits not applied yet. */
export interface PatientBalances {
  readonly patientId: string;
  readonly items: readonly { readonly party: 'payer' | 'patient' | 'provider'; readonly coverageId: string | null; readonly payerRecordId: string | null; readonly balanceCents: number }[];
  readonly unappliedCreditCents: number;
}

export type ResponsibilityMethod = Schemas['ResponsibilityDto']['method'];

/** A recorded eligibility check (`POST …/eligibility-checks/run` answers `{ status: 'recorded', check }`). */
export interface EligibilityCheck {
  readonly id: string;
  readonly coverageId: string;
  readonly asOfDate: string;
  readonly checkedAt: string;
  readonly method: string;
  readonly outcome: string;
  readonly copayCents: number | null;
  readonly deductibleRemainingCents: number | null;
  readonly messages: readonly string[];
}

export type EligibilityRun = { readonly status: 'recorded'; readonly check: EligibilityCheck } | { readonly status: 'pending'; readonly reference: string };

export type PaymentMethod = Schemas['RecordPaymentDto']['method'];

/** `POST`/`GET …/encounters/:id/point-of-service-payments`. */
export interface PointOfServicePayment {
  readonly id: string;
  readonly encounterId: string;
  readonly amountCents: number;
  readonly unappliedCents: number;
  readonly method: PaymentMethod;
  readonly reference: string | null;
  readonly receivedOn: string;
  readonly createdAt: string;
}


/** The roles an API key may carry: all but admin. */
export type ApiKeyRole = Schemas['CreateApiKeyDto']['roles'][number];

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

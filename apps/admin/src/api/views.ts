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
  readonly offset: number;
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

/** A payer of `GET …/payers` (the fields the claim screens use). */
export interface PayerSummary {
  readonly id: string;
  readonly name: string;
  readonly payerId: string;
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

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

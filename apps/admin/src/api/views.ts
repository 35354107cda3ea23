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
}

export interface Provider {
  readonly id: string;
  readonly kind: 'individual' | 'organization';
  readonly name: string;
  readonly firstName: string | null;
  readonly npi: string | null;
}

export interface Location {
  readonly id: string;
  readonly name: string;
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
}

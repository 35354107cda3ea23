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

export interface Payer {
  readonly id: string;
  readonly name: string;
  readonly payerId: string;
  readonly eligibilityPluginId: string | null;
  readonly clearinghousePluginId: string | null;
  readonly active: boolean;
}

export interface Location {
  readonly id: string;
  readonly name: string;
  readonly placeOfServiceCode: string;
  readonly active: boolean;
}

export interface Provider {
  readonly id: string;
  readonly kind: 'individual' | 'organization';
  readonly name: string;
  readonly firstName: string | null;
  readonly npi: string;
  readonly active: boolean;
}

/** `GET …/ledger/balances/patients/:id`: what each party owes (cents; below zero is a credit) and the money taken at visits not applied yet. */
export interface PatientBalances {
  readonly patientId: string;
  readonly items: readonly { readonly party: 'payer' | 'patient' | 'provider'; readonly coverageId: string | null; readonly payerRecordId: string | null; readonly balanceCents: number }[];
  readonly unappliedCreditCents: number;
}

export type EncounterState = NonNullable<NonNullable<operations['EncountersController_list']['parameters']['query']>['state']>;
export type EncounterEvent = Schemas['EncounterTransitionDto']['event'];
export type ResponsibilityMethod = Schemas['ResponsibilityDto']['method'];

/** An encounter (an appointment while scheduled) as `GET …/encounters` lists it. */
export interface Encounter {
  readonly id: string;
  readonly patientId: string;
  readonly locationId: string;
  readonly billingProviderId: string;
  readonly renderingProviderId: string;
  readonly state: EncounterState;
  readonly allowedEvents: readonly string[];
  readonly scheduledStart: string | null;
  readonly dateOfService: string;
  readonly reason: string | null;
  readonly selfPay: boolean;
  readonly patientResponsibility: {
    readonly estimateCents: number | null;
    readonly method: ResponsibilityMethod | null;
    readonly communicatedAt: string | null;
    readonly communicatedBy: string | null;
  };
}

/** `GET …/encounters/:id`: the encounter with the primary coverage's eligibility for its date of service. */
export interface EncounterDetail extends Encounter {
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

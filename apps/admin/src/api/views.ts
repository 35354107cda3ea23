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

export interface Provider {
  readonly id: string;
  readonly kind: 'individual' | 'organization';
  readonly name: string;
  readonly firstName: string | null;
  readonly npi: string;
  readonly active: boolean;
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

// The server's answers (see ../views.ts): encounters and charges, providers, locations, code search, payers, fee schedules, plugins.
import type { operations } from '../schema';
import type { Schemas } from './schemas';
import type { Page, Role } from './common';
import type { ResponsibilityMethod } from './front-desk';

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
  readonly capabilities: { readonly hosts: readonly string[]; readonly events: readonly string[]; readonly query: readonly string[]; readonly mail: boolean };
  readonly settingsSchema: unknown;
}

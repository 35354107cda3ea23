// The server's answers (see ../views.ts): patient details, guarantors, coverages, balances, eligibility, payments at the visit.
import type { Schemas } from './schemas';
import type { Patient } from './common';

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

import type { AdministrativeSex } from '../patients/patient.entity';
import type { PostalAddress } from '../patients/postal-address';

/** A provider as the claim names it (2010AA, 2310B). */
export interface SnapshotProvider {
  readonly providerId: string;
  /** `1` person, `2` organization. */
  readonly entityType: '1' | '2';
  /** Last name, or the organization's name. */
  readonly lastName: string;
  readonly firstName: string | null;
  readonly npi: string;
  readonly taxonomy: string | null;
}

/** The billing provider (2010AA) with its tax id, street address and contact. */
export interface SnapshotBillingProvider extends SnapshotProvider {
  /** Nine digits, no dash. */
  readonly taxId: string | null;
  readonly taxIdQualifier: 'EI' | 'SY';
  readonly address: PostalAddress;
  readonly contactName: string;
  readonly contactPhone: string | null;
}

/** A person on the claim (subscriber or patient). */
export interface SnapshotPerson {
  readonly lastName: string;
  readonly firstName: string | null;
  readonly birthDate: string | null;
  readonly sex: AdministrativeSex | null;
  readonly address: PostalAddress | null;
}

/**
 * Everything the 837P of a claim is built from, frozen when the claim is built: later edits of the registration do
 * not change a built claim. Stored encrypted (it holds PHI). It carries no SSN.
 */
export interface ClaimSnapshot {
  readonly version: 1;
  readonly builtAt: string;
  readonly billingProvider: SnapshotBillingProvider;
  readonly renderingProvider: SnapshotProvider;
  readonly serviceFacility: { readonly locationId: string; readonly name: string; readonly npi: string | null; readonly address: PostalAddress };
  readonly subscriber: SnapshotPerson & {
    /** X12 relationship of the subscriber to the patient (SBR02 / PAT01); `18` self. */
    readonly relationship: string;
    readonly memberId: string;
    readonly groupNumber: string | null;
    readonly planName: string | null;
  };
  readonly patient: SnapshotPerson & { readonly patientId: string; readonly accountNumber: string | null };
  readonly payer: { readonly payerRecordId: string; readonly name: string; readonly payerId: string; readonly claimFilingIndicator: string };
  /** SBR01: P primary. */
  readonly payerResponsibility: 'P' | 'S' | 'T';
  /** CLM05-1. */
  readonly placeOfService: string;
  /** ICD-10-CM codes without the dot, in claim order (the first is principal); at most 12. */
  readonly diagnoses: readonly string[];
  readonly priorAuthorizationNumber: string | null;
  /** The first and last dates of service of the claim's lines. */
  readonly serviceDateFrom: string;
  readonly serviceDateTo: string;
}

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
  /**
   * On a claim to a secondary or tertiary payer: the adjudication of each payer ahead of it, in payer order
   * (2320/2330A/2330B and the lines' 2430). Absent on a claim to the primary payer.
   */
  readonly otherPayers?: readonly SnapshotOtherPayer[];
}

/** One CAS amount of another payer's adjudication, as its 835 stated it. */
export interface SnapshotAdjustment {
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly amountCents: number;
  readonly quantity: number | null;
}

/** One service line as another payer adjudicated it (2430), tied to this claim's line by its line number. */
export interface SnapshotLineAdjudication {
  readonly lineNumber: number;
  /** SVD03: the procedure and modifiers as the payer adjudicated them (SVC01). */
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  /** SVD02. */
  readonly paidCents: number;
  /** SVD05 (SVC05; one when the 835 left it out). */
  readonly paidUnits: number;
  /** The line's CAS by group and reason (2430 CAS). */
  readonly adjustments: readonly SnapshotAdjustment[];
  /** The line's PR amounts (2430 AMT*EAF). */
  readonly remainingPatientLiabilityCents: number;
}

/** What another payer's 835 said about the claim: the amounts of 2320 and the lines of 2430. */
export interface OtherPayerAdjudication {
  /** The coverage whose payer adjudicated. */
  readonly coverageId: string;
  /** The claim payment (remittance_claim) it was taken from. */
  readonly remittanceClaimId: string;
  /** CLP07 of that payer. */
  readonly payerClaimNumber: string | null;
  /** DTP*573: the payment date of the 835 (BPR16), else the day it was received. */
  readonly adjudicationDate: string;
  /** AMT*D: CLP04. */
  readonly paidCents: number;
  /** AMT*EAF when the 835 gave no lines: the PR amounts of the claim. */
  readonly remainingPatientLiabilityCents: number;
  /** Claim-level CAS (2320 CAS). */
  readonly claimAdjustments: readonly SnapshotAdjustment[];
  /** Empty when the 835 adjudicated at claim level only. */
  readonly lines: readonly SnapshotLineAdjudication[];
}

/** A payer ahead of the claim's payer, with its subscriber (2330A) and payer (2330B) as that payer was billed. */
export interface SnapshotOtherPayer extends OtherPayerAdjudication {
  /** SBR01 of 2320: P, S or T. */
  readonly payerResponsibility: 'P' | 'S' | 'T';
  readonly subscriber: {
    /** SBR02 of 2320: the patient's relationship to that subscriber (`18` self). */
    readonly relationship: string;
    readonly lastName: string;
    readonly firstName: string | null;
    readonly memberId: string;
    readonly groupNumber: string | null;
  };
  readonly payer: { readonly payerRecordId: string; readonly name: string; readonly payerId: string; readonly claimFilingIndicator: string };
}

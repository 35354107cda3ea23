import type { Address, Adjustment } from '../common';

/** A person or organisation provider with its NPI. */
export interface Provider837P {
  /** `1` person, `2` organisation. */
  entityType: '1' | '2';
  /** Last name, or the organisation name. */
  lastName: string;
  firstName?: string;
  middleName?: string;
  suffix?: string;
  /** 10-digit NPI (check digit verified by the builder). */
  npi: string;
  /** Health care provider taxonomy code (PRV), when the payer requires it. */
  taxonomy?: string;
}

/** Billing provider (2010AA): street address (no PO box) with 9-digit ZIP and a tax id. */
export interface BillingProvider837P extends Provider837P {
  address: Address;
  /** 9-digit EIN (`EI`) or SSN (`SY`). */
  taxId: string;
  taxIdQualifier: 'EI' | 'SY';
  contact?: Contact837P;
}

/** A PER contact: name and phone and/or email. */
export interface Contact837P {
  name: string;
  phone?: string;
  email?: string;
}

/** Subscriber (2000B SBR + 2010BA). */
export interface Subscriber837P {
  /** SBR01: `P` primary, `S` secondary, `T` tertiary, `A`-`H` payer 4-11, `U` unknown. */
  payerResponsibility: string;
  /** SBR02: `18` when the subscriber is the patient; absent when a patient loop follows. */
  relationship?: '18';
  groupNumber?: string;
  groupName?: string;
  /** SBR09 claim filing indicator: `CI` commercial, `MB` Medicare Part B, `MC` Medicaid, `BL`, `HM`, ... */
  filingIndicator: string;
  lastName: string;
  firstName?: string;
  middleName?: string;
  suffix?: string;
  /** Member id (MBI for Medicare). */
  memberId: string;
  address?: Address;
  /** Required when the subscriber is the patient. */
  birthDate?: string;
  /** `F`, `M` or `U`. */
  sex?: string;
}

/** Payer (2010BB). */
export interface Payer837P {
  name: string;
  /** Payer id (NM109 with qualifier PI). */
  id: string;
  address?: Address;
}

/** Patient (2000C/2010CA): only when the patient is a dependent without an own member id. */
export interface Patient837P {
  /** PAT01 individual relationship code: `01` spouse, `19` child, `20` employee, `G8` other, ... */
  relationship: string;
  lastName: string;
  firstName?: string;
  middleName?: string;
  suffix?: string;
  address: Address;
  birthDate: string;
  sex: string;
}

/** Referring provider (2310A, NM1*DN). */
export interface ReferringProvider837P {
  lastName: string;
  firstName?: string;
  npi: string;
}

/** Service facility (2310C, NM1*77). */
export interface ServiceFacility837P {
  name: string;
  npi?: string;
  address: Address;
}

/** Other payer of a secondary claim: 2320 with 2330A (other subscriber) and 2330B (other payer). */
export interface OtherPayer837P {
  payerResponsibility: string;
  /** SBR02 relationship of the patient to this other subscriber (`18` self). */
  relationship: string;
  groupNumber?: string;
  filingIndicator: string;
  /** Claim-level adjustments by the other payer (CAS). */
  adjustments: Adjustment[];
  /** AMT*D: what the other payer paid. */
  paidCents?: number;
  /** AMT*EAF: remaining patient liability. */
  remainingPatientLiabilityCents?: number;
  /** OI03 benefits assignment (`Y`, `N`, `W`). */
  benefitsAssignment: string;
  /** OI06 release of information (`I`, `Y`). */
  releaseOfInformation: string;
  subscriber: { lastName: string; firstName?: string; memberId: string };
  payer: { name: string; id: string };
  /** DTP*573 in 2330B: date the other payer adjudicated the claim. */
  adjudicationDate?: string;
}

/** Line adjudication by another payer (2430: SVD, CAS, DTP*573). */
export interface LineAdjudication837P {
  /** SVD01: the other payer's id (matches an OtherPayer837P payer id). */
  payerId: string;
  paidCents: number;
  procedureCode: string;
  modifiers?: string[];
  paidUnits: number;
  adjustments: Adjustment[];
  adjudicationDate: string;
  remainingPatientLiabilityCents?: number;
}

/** NDC drug detail (2410 LIN/CTP). */
export interface Drug837P {
  /** 11-digit NDC (N4 qualifier). */
  ndc: string;
  quantity: number;
  /** `F2` international unit, `GR` gram, `ME` milligram, `ML` millilitre, `UN` unit. */
  unit: string;
}

/** One service line (2400). */
export interface ServiceLine837P {
  procedureCode: string;
  modifiers?: string[];
  chargeCents: number;
  /** `UN` units or `MJ` minutes. */
  unit: 'UN' | 'MJ';
  quantity: number;
  /** SV105 when it differs from the claim's place of service. */
  placeOfService?: string;
  /** 1 to 4 one-based pointers into the claim's diagnoses. */
  diagnosisPointers: number[];
  serviceDate: string;
  serviceDateEnd?: string;
  /** REF*6R: the line item control number the 835 points back at. */
  lineItemControlNumber?: string;
  note?: string;
  drug?: Drug837P;
  adjudications?: LineAdjudication837P[];
}

/** One professional claim (2300) with its subscriber, payer and optional patient. */
export interface Claim837P {
  /** CLM01 patient control number (receivers keep 20 characters; at most 38). */
  patientControlNumber: string;
  /** CLM02: must equal the sum of the line charges. */
  chargeCents: number;
  /** CLM05-1 place of service code. */
  placeOfService: string;
  /** CLM05-3: `1` original, `7` replacement, `8` void (7 and 8 need payerClaimControlNumber). */
  frequency: '1' | '7' | '8';
  /** CLM06 provider signature on file (`Y`/`N`). */
  providerSignature: 'Y' | 'N';
  /** CLM07 assignment or plan participation (`A`, `B`, `C`). */
  assignment: 'A' | 'B' | 'C';
  /** CLM08 benefits assignment certification (`Y`, `N`, `W`). */
  benefitsAssignment: 'Y' | 'N' | 'W';
  /** CLM09 release of information (`I`, `Y`). */
  releaseOfInformation: 'I' | 'Y';
  /** REF*F8: the payer's claim control number of the claim being replaced or voided. */
  payerClaimControlNumber?: string;
  /** REF*G1 prior authorization number. */
  priorAuthorization?: string;
  /** DTP*431 onset of current illness. */
  onsetDate?: string;
  /** NTE*ADD claim note. */
  note?: string;
  /** ICD-10-CM codes without the decimal point; the first is the principal diagnosis. At most 12. */
  diagnoses: string[];
  /** Set to `icd9` only for legacy files read with BK/BF qualifiers. */
  diagnosisCodeSet?: 'icd9';
  subscriber: Subscriber837P;
  payer: Payer837P;
  patient?: Patient837P;
  referringProvider?: ReferringProvider837P;
  renderingProvider?: Provider837P;
  serviceFacility?: ServiceFacility837P;
  otherPayers?: OtherPayer837P[];
  lines: ServiceLine837P[];
}

/** One 837P transaction set: submitter, receiver, billing provider and claims. */
export interface ClaimBatch837P {
  /** BHT03 originator reference. */
  referenceId: string;
  /** BHT04/BHT05: creation date `YYYY-MM-DD` and time `HH:MM`. */
  createdDate: string;
  createdTime: string;
  /** BHT06: `CH` chargeable (default claims), `RP` reporting (encounters). */
  transactionType: 'CH' | 'RP';
  submitter: { name: string; id: string; contact: Contact837P };
  receiver: { name: string; id: string };
  billingProvider: BillingProvider837P;
  /** 2010AB pay-to address (e.g. a PO box), when it differs. */
  payToAddress?: Address;
  claims: Claim837P[];
}

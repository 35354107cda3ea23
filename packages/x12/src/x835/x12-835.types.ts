import type { Address, AmountValue, Adjustment, Contact, DateValue, EntityName, Procedure, QuantityValue, Reference } from '../common';

/** BPR financial information. */
export interface Payment835 {
  /** BPR01: `C` payment + advice, `D` make payment only, `H` notification only, `I` remittance information only, ... */
  handlingCode: string;
  /** BPR02: total actual provider payment. */
  amountCents: number;
  /** BPR03: `C` credit, `D` debit. */
  creditDebit: string;
  /** BPR04: `ACH`, `CHK`, `BOP`, `FWT`, `NON`. */
  method: string;
  /** BPR05: `CCP`, `CTX` when ACH. */
  format?: string;
  senderDfiQualifier?: string;
  senderDfiId?: string;
  senderAccountQualifier?: string;
  senderAccount?: string;
  originatingCompanyId?: string;
  originatingCompanySupplementalCode?: string;
  receiverDfiQualifier?: string;
  receiverDfiId?: string;
  receiverAccountQualifier?: string;
  receiverAccount?: string;
  /** BPR16: check issue or EFT effective date. */
  date?: string;
}

/** TRN reassociation trace number. */
export interface Trace835 {
  typeCode: string;
  /** TRN02: check or EFT trace number (matches the bank deposit). */
  number: string;
  /** TRN03: payer identifier (`1` + tax id). */
  originatorId: string;
  originatorSupplementalId?: string;
}

/** A payer (N1*PR) or payee (N1*PE) loop. */
export interface Party835 {
  entity: string;
  name: string;
  idQualifier?: string;
  id?: string;
  address?: Address;
  references: Reference[];
  contacts: Contact[];
}

/** LX header number with its TS3 / TS2 provider summaries (raw elements, amounts in cents where money). */
export interface HeaderGroup835 {
  number: string;
  providerSummary?: { providerId: string; facilityType: string; fiscalPeriodEnd: string; claimCount: number; totalChargeCents: number; amountsCents: Record<string, number> };
  supplementalSummary?: { amountsCents: Record<string, number> };
}

/** MIA inpatient adjudication. Money elements are keyed by element name (`MIA04`). */
export interface Inpatient835 {
  coveredDays?: number;
  lifetimePsychiatricDays?: number;
  costReportDayCount?: number;
  remarkCodes: string[];
  amountsCents: Record<string, number>;
}

/** MOA outpatient adjudication. */
export interface Outpatient835 {
  reimbursementRate?: number;
  hcpcsPayableCents?: number;
  remarkCodes: string[];
  esrdPaymentCents?: number;
  nonPayableProfessionalCents?: number;
}

/** An LQ remark: `HE` (RARC) or `RX` (NCPDP reject code). */
export interface Remark835 {
  qualifier: string;
  code: string;
}

/**
 * One SVC service payment loop (2110). The one-per-line segments that posting matches on have their
 * own fields (DTM*472/150/151, REF*6R, AMT*B6); the lists hold the other occurrences only, and are
 * usually the shared empty list.
 */
export interface ServiceLine835 {
  /** SVC01 (or SVC06 below): shared and frozen between the lines of the same composite; copy it to change it. */
  procedure: Procedure;
  chargeCents: number;
  paymentCents: number;
  revenueCode?: string;
  units?: number;
  /** SVC06: the procedure as submitted when the payer changed it (shared and frozen, like `procedure`). */
  originalProcedure?: Procedure;
  originalUnits?: number;
  /** DTM*472: the service date. */
  serviceDate?: string;
  /** DTM*150: the start of the service period. */
  serviceStartDate?: string;
  /** DTM*151: the end of the service period. */
  serviceEndDate?: string;
  /** Any other DTM of the line (a repeated 472/150/151, or one with a time). */
  dates: DateValue[];
  adjustments: Adjustment[];
  /** REF*6R: the line item control number sent on the claim (matches the 837 line). */
  lineItemControlNumber?: string;
  /** The line's other REF segments (REF*6R is in `lineItemControlNumber`). */
  references: Reference[];
  /** AMT*B6 allowed amount, when sent. */
  allowedCents?: number;
  /** The line's other AMT segments (AMT*B6 is in `allowedCents`). */
  amounts: AmountValue[];
  quantities: QuantityValue[];
  remarks: Remark835[];
}

/** One CLP claim payment loop (2100). */
export interface Claim835 {
  /** LX01 of the header group this claim sits in, when any. */
  headerNumber?: string;
  /** CLP01: our patient control number (CLM01). */
  patientControlNumber: string;
  /** CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 19-21 forwarded, 22 reversal, 23, 25. */
  status: string;
  chargeCents: number;
  paymentCents: number;
  /** CLP05, when sent. */
  patientResponsibilityCents?: number;
  filingIndicator?: string;
  /** CLP07: payer claim control number (ICN). */
  payerClaimControlNumber?: string;
  facilityType?: string;
  frequency?: string;
  drgCode?: string;
  drgWeight?: number;
  dischargeFraction?: number;
  adjustments: Adjustment[];
  /** NM1 names by entity code: QC patient, IL insured, 74 corrected patient, 82 rendering, TT crossover, PR corrected payer, GB other subscriber. */
  names: EntityName[];
  inpatient?: Inpatient835;
  outpatient?: Outpatient835;
  references: Reference[];
  dates: DateValue[];
  contacts: Contact[];
  amounts: AmountValue[];
  quantities: QuantityValue[];
  lines: ServiceLine835[];
}

/** One PLB provider-level adjustment amount. */
export interface ProviderAdjustmentItem835 {
  /** PLB03-1 reason: `WO`, `FB`, `L6`, `CS`, `72`, ... */
  reason: string;
  /** PLB03-2 reference (a claim's CLP01 or CLP07 for WO/FB). */
  reference?: string;
  /** Positive amounts reduce the payment. */
  amountCents: number;
}

/** A PLB segment. */
export interface ProviderAdjustment835 {
  providerId: string;
  fiscalPeriodDate: string;
  items: ProviderAdjustmentItem835[];
}

/** A typed 835 health care claim payment/advice transaction set. */
export interface Remittance835 {
  /** ST02. */
  controlNumber: string;
  payment: Payment835;
  trace?: Trace835;
  references: Reference[];
  dates: DateValue[];
  payer?: Party835;
  payee?: Party835;
  headerGroups: HeaderGroup835[];
  claims: Claim835[];
  providerAdjustments: ProviderAdjustment835[];
}

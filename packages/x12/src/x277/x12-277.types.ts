import type { TransactionHeader } from '../common';
import type { AmountValue, DateValue, EntityName, Procedure, QuantityValue, Reference } from '../common';

/** One status composite of an STC (STC01, STC10 or STC11). */
export interface StatusCode277 {
  /** Health care claim status category code, e.g. `A1`, `A2` accepted, `A3`/`A7` rejected, `F0`-`F4` finalized, `P` pending. */
  category: string;
  /** Health care claim status code. */
  code: string;
  /** Entity identifier code the status refers to, when sent. */
  entity?: string;
  codeListQualifier?: string;
}

/** An STC segment. */
export interface Stc277 {
  statuses: StatusCode277[];
  /** STC02: status information effective date. */
  date?: string;
  action?: string;
  chargeCents?: number;
  paymentCents?: number;
  adjudicationDate?: string;
  paymentMethod?: string;
  checkDate?: string;
  checkNumber?: string;
  message?: string;
}

/** A TRN trace. */
export interface Trace277 {
  typeCode: string;
  number: string;
  originatorId?: string;
}

/** One HL level (information source 20, receiver 21, provider 19, subscriber 22, dependent 23, patient PT). */
export interface Entity277 {
  hlId: string;
  parentId?: string;
  levelCode: string;
  name?: EntityName;
  traces: Trace277[];
  statuses: Stc277[];
  references: Reference[];
  dates: DateValue[];
  quantities: QuantityValue[];
  amounts: AmountValue[];
}

/** Status of one service line (SVC loop). */
export interface LineStatus277 {
  procedure: Procedure;
  chargeCents: number;
  paymentCents?: number;
  revenueCode?: string;
  units?: number;
  statuses: Stc277[];
  references: Reference[];
  /** REF*FJ: the line item control number. */
  lineItemControlNumber?: string;
  dates: DateValue[];
}

/** Status of one claim (the TRN*2 loop under a subscriber, dependent or patient level). */
export interface ClaimStatus277 {
  /** HL id of the level that holds the claim. */
  hlId: string;
  /** TRN02: the claim's patient control number (CLM01) or the inquiry trace. */
  patientControlNumber: string;
  /** REF*1K: payer claim control number. */
  payerClaimControlNumber?: string;
  /** Name of the subscriber/dependent/patient level holding the claim. */
  patient?: EntityName;
  /** Name of the nearest provider (HL 19) level above the claim. */
  provider?: EntityName;
  statuses: Stc277[];
  /** STC04 of the first STC, when sent. */
  chargeCents?: number;
  references: Reference[];
  dates: DateValue[];
  lines: LineStatus277[];
}

/** A typed 277 (claim status response, X212) or 277CA (claim acknowledgment, X214). */
export interface ClaimStatusResponse277 {
  controlNumber: string;
  /** `277CA` when ST03/GS08 names X214, else `277`. */
  kind: '277' | '277CA';
  header: TransactionHeader;
  entities: Entity277[];
  claims: ClaimStatus277[];
}

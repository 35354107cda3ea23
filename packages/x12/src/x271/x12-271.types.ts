import type { TransactionHeader } from '../common';
import type { Address, DateValue, EntityName, Procedure, Reference } from '../common';

/** An AAA request validation: the payer could not answer (AAA03 reason, AAA04 what to do). */
export interface RequestError271 {
  /** AAA01: Y valid request, N invalid. */
  validRequest: string;
  /** AAA03: reject reason code (e.g. 72 invalid member id, 75 subscriber not found). */
  rejectReason?: string;
  /** AAA04: follow-up action code (C correct and resubmit, N do not resubmit, R resubmit, ...). */
  followUp?: string;
}

/** One EB benefit (loop 2110C/D) with its dates, messages and related entities. */
export interface Benefit271 {
  /** EB01: 1 active coverage, 6 inactive, A co-insurance, B co-payment, C deductible, G out of pocket, L primary care provider, R other payer, ... */
  info: string;
  /** EB02: IND, FAM, EMP, ... */
  coverageLevel?: string;
  /** EB03 repetitions: service type codes (30 health benefit plan coverage, 98 office visit, ...). */
  serviceTypes: string[];
  insuranceType?: string;
  planDescription?: string;
  /** EB06: time period qualifier (23 calendar year, 29 remaining, 27 visit, ...). */
  timePeriod?: string;
  amountCents?: number;
  /** EB08 as a decimal fraction (0.2 = 20 %). */
  percent?: number;
  quantityQualifier?: string;
  quantity?: number;
  /** EB11: Y/N/U authorization or certification required. */
  authorizationRequired?: string;
  /** EB12: Y in network, N out of network, W not applicable, U unknown. */
  inNetwork?: string;
  procedure?: Procedure;
  references: Reference[];
  dates: DateValue[];
  messages: string[];
  errors: RequestError271[];
  /** 2120 loop entities (LS..LE), e.g. a primary care provider or another payer. */
  relatedEntities: EntityName[];
}

/** A subscriber (HL 22) or dependent (HL 23) with demographics and benefits. */
export interface Member271 {
  hlId: string;
  level: 'subscriber' | 'dependent';
  name?: EntityName;
  traces: { typeCode: string; number: string; originatorId?: string }[];
  references: Reference[];
  address?: Address;
  birthDate?: string;
  sex?: string;
  /** INS02 individual relationship code (dependents). */
  relationship?: string;
  dates: DateValue[];
  errors: RequestError271[];
  benefits: Benefit271[];
  dependents: Member271[];
}

/** The information source (HL 20) or receiver (HL 21) level. */
export interface Party271 {
  name?: EntityName;
  errors: RequestError271[];
}

/** A typed 271 eligibility benefit response. */
export interface EligibilityResponse271 {
  controlNumber: string;
  header: TransactionHeader;
  source: Party271;
  receiver: Party271;
  subscribers: Member271[];
}

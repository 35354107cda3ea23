/** Shared shapes of the typed readers and builders. Money is integer cents, dates are ISO `YYYY-MM-DD`. */

/** A postal address (N3/N4). */
export interface Address {
  line1: string;
  line2?: string;
  city: string;
  state?: string;
  postalCode?: string;
  countryCode?: string;
}

/** A REF segment: qualifier (REF01) and value (REF02). */
export interface Reference {
  qualifier: string;
  value: string;
  description?: string;
}

/** A DTM or DTP date. `date` is the first (or only) date, `endDate` the end of a range (RD8). */
export interface DateValue {
  qualifier: string;
  date: string;
  endDate?: string;
  time?: string;
}

/** An AMT segment in cents. */
export interface AmountValue {
  qualifier: string;
  amountCents: number;
}

/** A QTY segment. */
export interface QuantityValue {
  qualifier: string;
  quantity: number;
}

/** One PER contact with its communication numbers (qualifier to number, e.g. `TE`). */
export interface Contact {
  function: string;
  name?: string;
  numbers: { qualifier: string; value: string }[];
}

/** An NM1 entity name with identifier. */
export interface EntityName {
  /** NM101, e.g. `QC` patient, `IL` insured, `82` rendering provider. */
  entity: string;
  /** NM102: `1` person, `2` non-person. */
  entityType: string;
  /** Last name or organisation name (NM103). */
  lastName?: string;
  firstName?: string;
  middleName?: string;
  suffix?: string;
  /** NM108, e.g. `MI` member id, `XX` NPI. */
  idQualifier?: string;
  /** NM109. */
  id?: string;
}

/** A procedure composite (SVC01, SV101, SVD03): qualifier, code, up to four modifiers. */
export interface Procedure {
  /** `HC` (HCPCS/CPT), `AD` (dental), `N4` (NDC), `NU` (revenue code), ... */
  qualifier: string;
  code: string;
  modifiers: string[];
  description?: string;
}

/** One claim adjustment (one triplet of a CAS segment). */
export interface Adjustment {
  /** CAS01 group code: `CO`, `PR`, `OA`, `PI`. */
  group: string;
  /** Claim adjustment reason code (CARC). */
  reason: string;
  amountCents: number;
  quantity?: number;
}

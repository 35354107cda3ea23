import type { Gpcis, Rvus } from './pfs-formula';

/** What the Medicare PFS pricer is asked. */
export interface MedicarePfsPriceRequest {
  /** HCPCS Level II or CPT code. */
  readonly code: string;
  /** A modifier; 26, TC and 53 select the rows the RVU file prices separately, others price the global row. */
  readonly modifier?: string;
  readonly locality: { readonly mac: string; readonly locality: string };
  /** Two-digit place-of-service code: decides the facility or non-facility PE RVU. */
  readonly placeOfService: string;
  /** ISO calendar date: picks the year's RVU and GPCI files and conversion factor. */
  readonly dateOfService: string;
  /** Price with the conversion factor for qualifying APM participants (2026 on). */
  readonly qualifyingApm?: boolean;
}

/** A Medicare PFS allowed amount with every number used. */
export interface MedicarePfsPriced {
  readonly priced: true;
  readonly allowedCents: number;
  /** The amount before rounding to the cent (dollars, decimal text). */
  readonly exactAmount: string;
  readonly facility: boolean;
  readonly code: string;
  /** The RVU row's modifier (26, TC, 53), or null for the global row. */
  readonly modifier: string | null;
  readonly statusCode: string;
  readonly rvus: Rvus;
  readonly gpcis: Gpcis & { readonly mac: string; readonly locality: string; readonly localityName: string };
  readonly conversionFactor: string;
  readonly formula: string;
  readonly rvuEffectiveFrom: string;
  readonly gpciEffectiveFrom: string;
  /** Payment conditions the status code attaches (restricted coverage, injections). */
  readonly notes: string[];
}

/** Why the PFS pays no amount for the code as asked (never a price of zero). */
export type MedicarePfsNotPricedReason = 'status-not-payable' | 'not-used-for-medicare-payment' | 'not-applicable-in-setting' | 'no-component-row';

/** The PFS does not price the code as asked, and why. */
export interface MedicarePfsNotPriced {
  readonly priced: false;
  readonly reason: MedicarePfsNotPricedReason;
  readonly message: string;
  readonly code: string;
  readonly modifier: string | null;
  readonly statusCode: string;
  readonly facility: boolean;
}

/** The pricer's answer: a price, or the reason there is none. */
export type MedicarePfsPrice = MedicarePfsPriced | MedicarePfsNotPriced;

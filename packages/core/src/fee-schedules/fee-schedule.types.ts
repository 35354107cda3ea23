import type { MedicareLocality } from '../medicare-pfs/medicare-locality';
import type { MedicarePfsPriced } from '../medicare-pfs/medicare-pfs.price';
import type { FeeScheduleKind } from './fee-schedule.entity';

/** What creating a fee schedule takes. */
export interface CreateFeeSchedule {
  readonly name: string;
  /** The payer row's id; null or absent for the organization's standard charge master. */
  readonly payerRecordId?: string | null;
  readonly effectiveFrom: string;
  /** Last date the schedule applies (inclusive); absent or null while open-ended. */
  readonly effectiveTo?: string | null;
  readonly kind: FeeScheduleKind;
  /** `percent-of-medicare` only: basis points of the Medicare allowed amount (12000 = 120 %). */
  readonly percentBasisPoints?: number | null;
  /** `percent-of-medicare` only: the Medicare locality priced. */
  readonly medicareLocality?: MedicareLocality | null;
}

/** What may change on a fee schedule (its kind and payer stay). */
export interface UpdateFeeSchedule {
  readonly name?: string;
  readonly effectiveFrom?: string;
  readonly effectiveTo?: string | null;
  readonly percentBasisPoints?: number;
  readonly medicareLocality?: MedicareLocality;
}

/** What an entries import did to the schedule's entries (the file replaces them). */
export interface FeeScheduleImportSummary {
  readonly total: number;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
}

/** One entry line of a fee-schedule CSV. */
export interface FeeScheduleEntryInput {
  readonly code: string;
  /** `''` for the code without a modifier. */
  readonly modifier: string;
  readonly amountCents: number;
}

/** What a price is asked for. */
export interface FeeSchedulePriceRequest {
  /** The payer row's id, or null for the standard charge master only. */
  readonly payerRecordId: string | null;
  readonly code: string;
  /** The claim line's modifiers in order; the first decides a modifier entry (and 26/TC/53 the Medicare row). */
  readonly modifiers: readonly string[];
  readonly placeOfService: string;
  readonly dateOfService: string;
}

/** Which schedule priced the code, and how. */
export interface FeeSchedulePriceSource {
  readonly feeScheduleId: string;
  readonly name: string;
  readonly kind: FeeScheduleKind;
  readonly payerRecordId: string | null;
  /** `fixed`: the entry's modifier (null for the entry without one). */
  readonly entryModifier?: string | null;
  /** `percent-of-medicare`: the percentage in basis points and the Medicare price it multiplied. */
  readonly percentBasisPoints?: number;
  readonly medicare?: MedicarePfsPriced;
  readonly formula?: string;
}

/**
 * A price from a fee schedule; `amountCents` null (with the reason) when a percent-of-medicare schedule applies but
 * the Medicare PFS does not pay the code as asked.
 */
export type FeeSchedulePrice =
  | { readonly amountCents: number; readonly source: FeeSchedulePriceSource }
  | { readonly amountCents: null; readonly source: FeeSchedulePriceSource; readonly reason: string };

/** One good line of a fee-schedule CSV, with its 1-based line number. */
export interface FeeScheduleCsvRow extends FeeScheduleEntryInput {
  readonly line: number;
}

/** One bad line of a fee-schedule CSV: its line (null for the whole file), the column when one cell is wrong, why. */
export interface FeeScheduleCsvError {
  readonly line: number | null;
  readonly column: 'code' | 'modifier' | 'amount' | null;
  readonly message: string;
}

/** A fee-schedule CSV read whole: the good lines and every error. */
export interface FeeScheduleCsvReading {
  readonly rows: readonly FeeScheduleCsvRow[];
  readonly errors: readonly FeeScheduleCsvError[];
}

/** What importing a file would do, written nowhere: its rows and errors, and the changes when it has no errors. */
export interface FeeScheduleImportPreview extends FeeScheduleCsvReading, FeeScheduleImportSummary {
  readonly dryRun: true;
}

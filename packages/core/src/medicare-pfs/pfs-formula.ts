import { PfsDecimal, toCentsHalfUp } from './pfs-decimal';

/** The three relative value units of a service, as decimal text. */
export interface Rvus {
  readonly work: string;
  readonly practiceExpense: string;
  readonly malpractice: string;
}

/** The three geographic practice cost indices of a locality, as decimal text. */
export interface Gpcis {
  readonly work: string;
  readonly practiceExpense: string;
  readonly malpractice: string;
}

/** An allowed amount and how it was computed. */
export interface PfsComputation {
  /** The amount before rounding, in dollars (decimal text). */
  readonly exactAmount: string;
  readonly allowedCents: number;
  readonly formula: string;
}

/**
 * The Medicare PFS allowed amount: [(work RVU × work GPCI) + (PE RVU × PE GPCI) + (MP RVU × MP GPCI)] × conversion
 * factor, in decimal arithmetic, rounded half-up to the cent only at the end. `peSetting` names which PE RVU was
 * used (facility or non-facility) in the formula text.
 */
export function computePfsAllowed(rvus: Rvus, gpcis: Gpcis, conversionFactor: string, peSetting: 'facility' | 'non-facility'): PfsComputation {
  const work = new PfsDecimal(rvus.work).times(gpcis.work);
  const practiceExpense = new PfsDecimal(rvus.practiceExpense).times(gpcis.practiceExpense);
  const malpractice = new PfsDecimal(rvus.malpractice).times(gpcis.malpractice);
  const adjusted = work.plus(practiceExpense).plus(malpractice);
  const exact = adjusted.times(conversionFactor);
  const allowedCents = toCentsHalfUp(exact);
  const show = (text: string) => new PfsDecimal(text).toString();
  const formula =
    `[(work RVU ${show(rvus.work)} × work GPCI ${show(gpcis.work)}) + (${peSetting} PE RVU ${show(rvus.practiceExpense)} × PE GPCI ${show(gpcis.practiceExpense)})` +
    ` + (MP RVU ${show(rvus.malpractice)} × MP GPCI ${show(gpcis.malpractice)})] × conversion factor ${show(conversionFactor)}` +
    ` = (${work.toString()} + ${practiceExpense.toString()} + ${malpractice.toString()}) × ${show(conversionFactor)}` +
    ` = ${adjusted.toString()} × ${show(conversionFactor)} = ${exact.toString()} → $${(allowedCents / 100).toFixed(2)} (half-up to the cent)`;
  return { exactAmount: exact.toString(), allowedCents, formula };
}

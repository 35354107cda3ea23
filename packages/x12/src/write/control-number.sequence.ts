/** The three kinds of X12 control numbers. */
export type ControlNumberKind = 'interchange' | 'group' | 'transaction';

/**
 * Where builders get control numbers. Core implements it persistently (unique per sender);
 * {@link InMemoryControlNumberSequence} serves tests, the CLI and the simulator.
 */
export interface ControlNumberSequence {
  /** Reserves `count` (default 1) consecutive numbers of a kind and returns the first. */
  next(kind: ControlNumberKind, count?: number): number | Promise<number>;
}

/** Control numbers for one interchange: ISA13, GS06 and the first ST02 (the others follow). */
export interface ControlNumbers {
  interchange: number;
  group: number;
  transaction: number;
}

/** Largest ISA13 (9 digits). */
export const MAX_CONTROL_NUMBER = 999_999_999;

/** A sequence held in memory, starting at 1 (or the given values) and wrapping after 999999999. */
export class InMemoryControlNumberSequence implements ControlNumberSequence {
  private readonly nextValues: Record<ControlNumberKind, number>;

  constructor(start: Partial<Record<ControlNumberKind, number>> = {}) {
    this.nextValues = { interchange: start.interchange ?? 1, group: start.group ?? 1, transaction: start.transaction ?? 1 };
  }

  next(kind: ControlNumberKind, count = 1): number {
    if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
    let first = this.nextValues[kind];
    if (first + count - 1 > MAX_CONTROL_NUMBER) first = 1;
    this.nextValues[kind] = first + count;
    return first;
  }
}

/** Reserves the control numbers of one interchange holding `transactions` transaction sets. */
export async function reserveControlNumbers(sequence: ControlNumberSequence, transactions: number): Promise<ControlNumbers> {
  const interchange = await sequence.next('interchange');
  const group = await sequence.next('group');
  const transaction = await sequence.next('transaction', transactions);
  return { interchange, group, transaction };
}

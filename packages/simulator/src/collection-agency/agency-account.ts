import type { AgencyActivityRow, AgencyOutcome } from './agency-files.types';
import { seededInt, share } from './agency-outcomes';

/** An account the fake agency holds. */
export interface AgencyAccount {
  readonly accountNumber: string;
  /** The balance placed. */
  readonly placedCents: number;
  /** What the debtor still owes the agency's client (placed − collected − adjusted). */
  balanceCents: number;
  readonly outcome: AgencyOutcome;
  /** `working` until the outcome is played out (`closed`), a dispute stops it (`disputed`), or a recall (`recalled`). */
  status: 'working' | 'closed' | 'disputed' | 'recalled';
  /** How many work cycles acted on it. */
  cycles: number;
  /** The recall date, once recalled. */
  recalledOn?: string;
}

/** One collection event before the fee: a payment collected, an adjustment, or a status report. */
export type AgencyEvent = Omit<AgencyActivityRow, 'feeCents' | 'date' | 'reference'>;

/** What one work cycle does to an account, by its outcome; it updates the balance and status as it goes. */
export function workAccount(account: AgencyAccount, seed: number): AgencyEvent[] {
  const { accountNumber } = account;
  const event = (kind: AgencyEvent['kind'], amountCents: number, note: string): AgencyEvent => ({ accountNumber, kind, amountCents, note });
  const collect = (cents: number, note: string) => { account.balanceCents -= cents; return event('payment', cents, note); };
  const close = <T>(value: T) => { account.status = 'closed'; return value; };
  account.cycles += 1;
  switch (account.outcome) {
    case 'paid-in-full': return close([collect(account.balanceCents, 'paid in full')]);
    case 'partial': return account.cycles === 1 ? [collect(share(account.balanceCents, seededInt(seed, accountNumber, 'partial', 10, 90)), 'partial payment')] : [];
    case 'installments': {
      const installment = share(account.placedCents, seededInt(seed, accountNumber, 'installment', 20, 40));
      const paid = collect(Math.min(installment, account.balanceCents), `installment ${account.cycles}`);
      return account.balanceCents === 0 ? close([paid]) : [paid];
    }
    case 'settled': {
      const payment = collect(share(account.balanceCents, seededInt(seed, accountNumber, 'settlement', 60, 80)), 'settlement');
      const rest = account.balanceCents;
      account.balanceCents = 0;
      return close(rest > 0 ? [payment, event('adjustment', rest, 'settlement discount')] : [payment]);
    }
    case 'dispute': account.status = 'disputed'; return [event('dispute', account.balanceCents, 'disputes the debt in writing')];
    case 'bankruptcy': return close([event('bankruptcy', account.balanceCents, `chapter 7, case 26-${seededInt(seed, accountNumber, 'case', 10_000, 99_999)}`)]);
    case 'deceased': return close([event('deceased', account.balanceCents, 'debtor deceased')]);
    case 'returned': return close([event('return', account.balanceCents, 'no contact after skip tracing; returned')]);
    case 'no-contact': return [];
  }
}

import { addDays } from '../time/calendar-date';
import type { PaymentPlanCadence } from './payment-plan.entity';

/** What a plan's schedule says on a day. */
export type PlanStanding =
  | { readonly standing: 'paid-off' }
  | { readonly standing: 'current'; readonly nextDueOn: string; readonly nextDueCents: number }
  /** An installment is missed: `missedDueOn` is its due date; the plan breaks after `breaksAfter`. */
  | { readonly standing: 'late'; readonly missedDueOn: string; readonly shortCents: number; readonly breaksAfter: string }
  | { readonly standing: 'broken'; readonly missedDueOn: string; readonly shortCents: number };

/** The terms a standing is computed from. */
export interface PlanTerms {
  readonly totalCents: number;
  readonly installmentCents: number;
  readonly cadence: PaymentPlanCadence;
  readonly firstDueOn: string;
  readonly graceDays: number;
}

/** The number of installments: the last one is what is left after the whole ones. */
export function installmentCount(terms: Pick<PlanTerms, 'totalCents' | 'installmentCents'>): number {
  return Math.ceil(terms.totalCents / terms.installmentCents);
}

/** The due date of installment `index` (0 for the first). Monthly dates keep the first one's day, or the month's last day. */
export function dueDate(terms: Pick<PlanTerms, 'cadence' | 'firstDueOn'>, index: number): string {
  if (terms.cadence === 'weekly') return addDays(terms.firstDueOn, 7 * index);
  if (terms.cadence === 'biweekly') return addDays(terms.firstDueOn, 14 * index);
  const [year, month, day] = terms.firstDueOn.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + index, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** What is due by the end of installment `index`, in cents (never more than the total). */
function dueThrough(terms: PlanTerms, index: number): number {
  return Math.min(terms.totalCents, terms.installmentCents * (index + 1));
}

/**
 * The plan's standing on `today` given what the patient paid since it started: paid off; current (with the next
 * installment); late on a missed installment within the grace days; or broken once the grace has passed.
 */
export function planStanding(terms: PlanTerms, paidCents: number, today: string): PlanStanding {
  if (paidCents >= terms.totalCents) return { standing: 'paid-off' };
  const count = installmentCount(terms);
  for (let index = 0; index < count; index += 1) {
    const due = dueDate(terms, index);
    const owedByThen = dueThrough(terms, index);
    if (paidCents >= owedByThen) continue;
    if (due >= today) return { standing: 'current', nextDueOn: due, nextDueCents: owedByThen - paidCents };
    const shortCents = owedByThen - paidCents;
    const breaksAfter = addDays(due, terms.graceDays);
    return today > breaksAfter ? { standing: 'broken', missedDueOn: due, shortCents } : { standing: 'late', missedDueOn: due, shortCents, breaksAfter };
  }
  return { standing: 'paid-off' };
}

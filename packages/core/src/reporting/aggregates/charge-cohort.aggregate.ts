import type { AggregateFunction } from './aggregate-scope';
import { COUNTED_ENTRY, COUNTED_ENTRY_KINDS, dateBetween, entriesOfLines, moneyEntries } from './money-fragments';
import { and, numberOf } from './sql-fragments';

/**
 * `charge-cohort`: the money of the service lines whose date of service (the charge's) falls in the period, by its
 * month, posted up to the run's instant whatever the posting date: charges (kind `charge`), payments (kind `payment`
 * on the lines' payer and patient accounts — point-of-service money once applied, a payer's recoupment as a negative),
 * refunds (kind `refund`) and contractual adjustments (kind `adjustment` with CAS group CO: what posting adjusted off
 * as contractual; amounts held open as denials are no entry, OA/PI amounts adjusted off are not counted). Reversals
 * net out of the kind they reverse. Filters: the charge's encounter (location, provider) and its primary claim's payer.
 * Months with none of that money are absent.
 */
export const chargeCohort: AggregateFunction<'charge-cohort'> = async (em, scope, parameters) => {
  const entries = moneyEntries(scope, and({ sql: COUNTED_ENTRY_KINDS, bindings: [] }, entriesOfLines(dateBetween('c.date_of_service', parameters.from, parameters.to), parameters, scope)));
  const rows = await em.execute<{ period: string; charges: string | null; payments: string | null; refunds: string | null; contractual: string | null }[]>(
    `select substr(c.date_of_service, 1, 7) as period,
            sum(m.amount_cents) filter (where m.kind = 'charge')::text as charges,
            (-sum(m.amount_cents) filter (where m.kind = 'payment'))::text as payments,
            sum(m.amount_cents) filter (where m.kind = 'refund')::text as refunds,
            (-sum(m.amount_cents) filter (where m.kind = 'adjustment' and m.group_code = 'CO'))::text as contractual
       from (${entries.sql}) m join charge c on c.id = m.charge_id
      where ${COUNTED_ENTRY}
      group by 1 order by 1`,
    [...entries.bindings],
  );
  return rows.map((row) => ({
    period: row.period,
    chargesCents: numberOf(row.charges),
    paymentsCents: numberOf(row.payments),
    refundsCents: numberOf(row.refunds),
    contractualAdjustmentsCents: numberOf(row.contractual),
  }));
};

import type { AggregateFunction } from './aggregate-scope';
import { COUNTED_ENTRY, COUNTED_ENTRY_KINDS, dateBetween, entriesOfLines, moneyEntries, visitFilters } from './money-fragments';
import { linesSummedFromEntries, rollupAnswersAsOf } from './rollup-lines';
import { and, numberOf } from './sql-fragments';

/**
 * `charge-cohort`: the money of the service lines whose date of service (the charge's) falls in the period, by its
 * month, posted up to the run's instant whatever the posting date: charges (kind `charge`), payments (kind `payment`
 * on the lines' payer and patient accounts — point-of-service money once applied, a payer's recoupment as a negative),
 * refunds (kind `refund`) and contractual adjustments (kind `adjustment` with CAS group CO: what posting adjusted off
 * as contractual; amounts held open as denials are no entry, OA/PI amounts adjusted off are not counted). Reversals
 * net out of the kind they reverse. Filters: the charge's encounter (location, provider) and its primary claim's payer.
 * Months with none of that money are absent.
 *
 * Each line's sums are read from the rollup `ledger_line_money` when it answers for the line as of the run's instant
 * (`rollup-lines`), else summed from the line's entries recorded by then — the same money either way.
 */
export const chargeCohort: AggregateFunction<'charge-cohort'> = async (em, scope, parameters) => {
  const organizationId = scope.organizationId;
  const visits = visitFilters('c.encounter_id', parameters, scope);
  const rolledUp = and(
    { sql: 'r.organization_id = ?', bindings: [organizationId] },
    dateBetween('r.date_of_service', parameters.from, parameters.to),
    visits.sql === 'true' ? { sql: '', bindings: [] } : { sql: `r.charge_id in (select c.id from charge c where c.organization_id = ? and ${visits.sql})`, bindings: [organizationId, ...visits.bindings] },
    rollupAnswersAsOf('r', organizationId, scope.asOf),
  );
  const summed = linesSummedFromEntries(organizationId, scope.asOf);
  const entries = moneyEntries(
    scope,
    and(
      { sql: COUNTED_ENTRY_KINDS, bindings: [] },
      entriesOfLines(dateBetween('c.date_of_service', parameters.from, parameters.to), parameters, scope),
      { sql: `e.charge_id in (${summed.sql})`, bindings: summed.bindings },
    ),
  );
  const rows = await em.execute<{ period: string; charges: string | null; payments: string | null; refunds: string | null; contractual: string | null }[]>(
    `select period, sum(charges)::text as charges, sum(payments)::text as payments, sum(refunds)::text as refunds, sum(contractual)::text as contractual
       from (select substr(r.date_of_service, 1, 7) as period, r.charge_cents as charges, -r.payment_cents as payments,
                    r.refund_cents as refunds, -r.contractual_cents as contractual
               from ledger_line_money r
              where ${rolledUp.sql}
             union all
             select substr(c.date_of_service, 1, 7),
                    coalesce(sum(m.amount_cents) filter (where m.kind = 'charge'), 0),
                    coalesce(-sum(m.amount_cents) filter (where m.kind = 'payment'), 0),
                    coalesce(sum(m.amount_cents) filter (where m.kind = 'refund'), 0),
                    coalesce(-sum(m.amount_cents) filter (where m.kind = 'adjustment' and m.group_code = 'CO'), 0)
               from (${entries.sql}) m join charge c on c.id = m.charge_id
              where ${COUNTED_ENTRY}
              group by 1) money
      group by period order by period`,
    [...rolledUp.bindings, ...entries.bindings],
  );
  return rows.map((row) => ({
    period: row.period,
    chargesCents: numberOf(row.charges),
    paymentsCents: numberOf(row.payments),
    refundsCents: numberOf(row.refunds),
    contractualAdjustmentsCents: numberOf(row.contractual),
  }));
};

import type { AggregateFunction } from './aggregate-scope';
import { dateBetween, entriesOfLines, moneyEntries, visitFilters } from './money-fragments';
import { and, numberOf, recordedByAsOf } from './sql-fragments';

/**
 * `patient-payments`: patient money by the month received, recorded up to the run's instant. Point of service: the
 * receipts taken at the visit (`point_of_service_payment`, by the day received), whether or not applied to a line
 * yet. Other: kind `payment` entries on patient accounts whose source is not `point-of-service` (statement, online,
 * mail or manual payments, by their effective date) — the point-of-service receipts reach the ledger as `payment`
 * entries of source `point-of-service` (ADR 0014) and are counted once, as receipts. A reversal counts in its month
 * against the source of the payment it reverses. Filters: the visit's encounter (location, provider) and its primary
 * claim's payer. Months with neither are absent.
 */
export const patientPayments: AggregateFunction<'patient-payments'> = async (em, scope, parameters) => {
  const receipts = and(
    { sql: 'p.organization_id = ?', bindings: [scope.organizationId] },
    recordedByAsOf('p.created_at', scope),
    dateBetween('p.received_on', parameters.from, parameters.to),
    visitFilters('p.encounter_id', parameters, scope),
  );
  const entries = moneyEntries(
    scope,
    and({ sql: `e.party = 'patient' and e.kind in ('payment', 'reversal')`, bindings: [] }, dateBetween('e.effective_date', parameters.from, parameters.to), entriesOfLines({ sql: '', bindings: [] }, parameters, scope)),
  );
  const rows = await em.execute<{ period: string; point_of_service: string | null; other: string | null }[]>(
    `select period, sum(point_of_service)::text as point_of_service, sum(other)::text as other
       from (select substr(p.received_on, 1, 7) as period, p.amount_cents as point_of_service, 0 as other
               from point_of_service_payment p where ${receipts.sql}
             union all
             select substr(m.effective_date, 1, 7), 0, -m.amount_cents
               from (${entries.sql}) m where m.kind = 'payment' and m.source <> 'point-of-service') money
      group by period order by period`,
    [...receipts.bindings, ...entries.bindings],
  );
  return rows.map((row) => ({ period: row.period, pointOfServiceCents: numberOf(row.point_of_service), otherCents: numberOf(row.other) }));
};

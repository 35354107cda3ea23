import type { AggregateFunction } from './aggregate-scope';
import { dateBetween, primaryClaimPayer } from './money-fragments';
import { and, encounterFilters, numberOf, recordedByAsOf } from './sql-fragments';

/** The name a self-pay row carries. */
export const SELF_PAY = 'Self-pay';

/**
 * `payer-mix`: the encounters billed by the run's instant (at least one of their charges charged in the ledger) whose
 * date of service (the encounter's) falls in the period, by its month and payer — the payer of the encounter's primary
 * claim, or none (`Self-pay`) for a self-pay encounter — with their charges: the amounts of the encounter's charges
 * entered by then and not voided by then. Filters: the encounter's location and provider, the primary claim's payer
 * (which leaves self-pay encounters out).
 */
export const payerMix: AggregateFunction<'payer-mix'> = async (em, scope, parameters) => {
  const payer = primaryClaimPayer('n.id', scope);
  const visits = and(
    { sql: 'n.organization_id = ?', bindings: [scope.organizationId] },
    recordedByAsOf('n.created_at', scope),
    dateBetween('n.date_of_service', parameters.from, parameters.to),
    encounterFilters('n', parameters),
  );
  const rows = await em.execute<{ period: string; payer_id: string | null; payer_name: string | null; encounters: string; charges: string }[]>(
    `select v.period, v.payer_id::text as payer_id, y.name as payer_name, count(distinct v.encounter_id)::text as encounters, sum(v.amount_cents)::text as charges
       from (select substr(n.date_of_service, 1, 7) as period, n.id as encounter_id, c.amount_cents,
                    case when n.self_pay then null else ${payer.sql} end as payer_id
               from encounter n
               join charge c on c.organization_id = n.organization_id and c.encounter_id = n.id and c.created_at <= ? and (c.voided_at is null or c.voided_at > ?)
              where ${visits.sql}
                and exists (select 1 from ledger_entry e
                             where e.organization_id = c.organization_id and e.charge_id = c.id and e.kind = 'charge' and e.created_at <= ?)) v
       left join payer y on y.id = v.payer_id
      where ${parameters.payerId ? 'v.payer_id = ?' : 'true'}
      group by v.period, v.payer_id, y.name
      order by v.period, y.name nulls last, v.payer_id`,
    [...payer.bindings, scope.asOf, scope.asOf, ...visits.bindings, scope.asOf, ...(parameters.payerId ? [parameters.payerId] : [])],
  );
  return rows.map((row) => ({ period: row.period, payerId: row.payer_id, payerName: row.payer_id === null ? SELF_PAY : (row.payer_name ?? row.payer_id), encounters: numberOf(row.encounters), chargesCents: numberOf(row.charges) }));
};

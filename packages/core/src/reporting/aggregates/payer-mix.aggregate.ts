import type { AggregateFunction } from './aggregate-scope';
import { dateBetween, primaryClaimPayers } from './money-fragments';
import { and, encounterFilters, numberOf, recordedByAsOf } from './sql-fragments';

/** The name a self-pay row carries. */
export const SELF_PAY = 'Self-pay';

/**
 * `payer-mix`: the encounters billed by the run's instant (at least one of their charges charged in the ledger) whose
 * date of service (the encounter's) falls in the period, by its month and payer — the payer of the encounter's primary
 * claim, or none (`Self-pay`) for a self-pay encounter — with their charges: the amounts of the encounter's charges
 * entered by then and not voided by then. Filters: the encounter's location and provider, the primary claim's payer
 * (which leaves self-pay encounters out).
 *
 * Each encounter's charges are summed first and its payer joined from one pass over the claims
 * ({@link primaryClaimPayers}), so that the month and payer groups are counted from one row per encounter: no
 * per-charge lookup of the payer, no distinct count over the charges. A charge has at most one ledger entry of kind
 * `charge` (`ledger_entry_one_charge_unique`), so "charged by the instant" is "charged, and not recorded after it":
 * the first read from that partial index alone, the second from the few entries recorded since (instead of a pass
 * over every entry of the ledger to compare its instant).
 */
export const payerMix: AggregateFunction<'payer-mix'> = async (em, scope, parameters) => {
  const visits = and(
    { sql: 'n.organization_id = ?', bindings: [scope.organizationId] },
    recordedByAsOf('n.created_at', scope),
    dateBetween('n.date_of_service', parameters.from, parameters.to),
    encounterFilters('n', parameters),
  );
  const payers = primaryClaimPayers(scope);
  const rows = await em.execute<{ period: string; payer_id: string | null; payer_name: string | null; encounters: string; charges: string }[]>(
    `with billed as (
       select n.id as encounter_id, substr(n.date_of_service, 1, 7) as period, n.self_pay, sum(c.amount_cents) as charges
         from encounter n
         join charge c on c.organization_id = n.organization_id and c.encounter_id = n.id and c.created_at <= ? and (c.voided_at is null or c.voided_at > ?)
        where ${visits.sql}
          and exists (select 1 from ledger_entry e where e.organization_id = c.organization_id and e.charge_id = c.id and e.kind = 'charge')
          and not exists (select 1 from ledger_entry x
                           where x.organization_id = c.organization_id and x.charge_id = c.id and x.kind = 'charge' and x.created_at > ?)
        group by n.id
     ), mix as (
       select b.period, case when b.self_pay then null else p.payer_record_id end as payer_id, count(*) as encounters, sum(b.charges) as charges
         from billed b left join (${payers.sql}) p on p.encounter_id = b.encounter_id
        group by 1, 2
     )
     select m.period, m.payer_id::text as payer_id, y.name as payer_name, m.encounters::text as encounters, m.charges::text as charges
       from mix m left join payer y on y.id = m.payer_id
      where ${parameters.payerId ? 'm.payer_id = ?' : 'true'}
      order by m.period, y.name nulls last, m.payer_id`,
    [scope.asOf, scope.asOf, ...visits.bindings, scope.asOf, ...payers.bindings, ...(parameters.payerId ? [parameters.payerId] : [])],
  );
  return rows.map((row) => ({ period: row.period, payerId: row.payer_id, payerName: row.payer_id === null ? SELF_PAY : (row.payer_name ?? row.payer_id), encounters: numberOf(row.encounters), chargesCents: numberOf(row.charges) }));
};

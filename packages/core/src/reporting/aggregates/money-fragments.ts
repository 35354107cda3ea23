import type { ReportFilters } from '@openrcm/sdk';
import type { AggregateScope } from './aggregate-scope';
import { and, encounterFilters, recordedByAsOf, type SqlFragment } from './sql-fragments';

/**
 * The ledger entries recorded by the run's instant, as rows `charge_id, party, amount_cents, effective_date, kind,
 * group_code, source`: a reversal keeps its own (negated) amount and date but takes the kind, CAS group and source of
 * the entry it reverses, so summing by kind nets a reversed payment, adjustment or charge out of its kind. `where`
 * narrows the entries (alias `e`). The reversals are a branch of their own, joined to the entries they reverse by
 * primary key: looked up inside one select, the reversed kind hid every filter on the kind from the planner, which
 * then read a million claims' ledger entry by entry.
 */
export function moneyEntries(scope: AggregateScope, where: SqlFragment): SqlFragment {
  const bound = and({ sql: 'e.organization_id = ?', bindings: [scope.organizationId] }, recordedByAsOf('e.created_at', scope), where);
  return {
    sql: `select e.charge_id, e.party, e.amount_cents, e.effective_date, e.kind, e.group_code, e.source
            from ledger_entry e where ${bound.sql} and e.kind <> 'reversal'
          union all
          select e.charge_id, e.party, e.amount_cents, e.effective_date, o.kind, o.group_code, o.source
            from ledger_entry e join ledger_entry o on o.id = e.reverses_entry_id where ${bound.sql} and e.kind = 'reversal'`,
    bindings: [...bound.bindings, ...bound.bindings],
  };
}

/** A claim `k`'s coverage order as a number (primary first), for ordering. */
const COVERAGE_RANK = `case k.coverage_order when 'primary' then 0 when 'secondary' then 1 else 2 end`;

/**
 * The payer of the encounter's primary claim: of the claims built for the encounter by the run's instant, the one to
 * the lowest coverage order (primary first), the earliest built — null for a visit billed on no claim (self-pay).
 * Its replacements and corrections go to the same coverage, so any of them names the same payer.
 */
export function primaryClaimPayer(encounterId: string, scope: AggregateScope): SqlFragment {
  return {
    sql: `(select k.payer_record_id from claim k
            where k.organization_id = ? and k.encounter_id = ${encounterId} and k.created_at <= ?
            order by ${COVERAGE_RANK}, k.created_at, k.id limit 1)`,
    bindings: [scope.organizationId, scope.asOf],
  };
}

/**
 * {@link primaryClaimPayer} of every encounter billed on a claim by the run's instant, as rows `encounter_id,
 * payer_record_id`: one pass over the claims, for a report that needs the payer of most encounters (looked up
 * encounter by encounter, a million claims took a million index lookups, some of them repeated by the planner).
 */
export function primaryClaimPayers(scope: AggregateScope): SqlFragment {
  return {
    sql: `select distinct on (k.encounter_id) k.encounter_id, k.payer_record_id from claim k
           where k.organization_id = ? and k.created_at <= ?
           order by k.encounter_id, ${COVERAGE_RANK}, k.created_at, k.id`,
    bindings: [scope.organizationId, scope.asOf],
  };
}

/**
 * The visit filters on the encounter `encounterId` (SQL naming an encounter id): its location and rendering provider,
 * and the payer of its primary claim ({@link primaryClaimPayer}).
 */
export function visitFilters(encounterId: string, filters: ReportFilters, scope: AggregateScope): SqlFragment {
  const byEncounter = encounterFilters('n', filters);
  const payer = filters.payerId ? primaryClaimPayer(encounterId, scope) : null;
  return and(
    byEncounter.sql === 'true' ? { sql: '', bindings: [] } : { sql: `exists (select 1 from encounter n where n.id = ${encounterId} and ${byEncounter.sql})`, bindings: byEncounter.bindings },
    payer ? { sql: `${payer.sql} = ?`, bindings: [...payer.bindings, filters.payerId] } : { sql: '', bindings: [] },
  );
}

/**
 * The ledger entries (alias `e`) of the service lines whose charge (alias `c`) passes `where` and the visit filters;
 * when neither narrows anything, the entries of any service line (provider-level entries have none), with no charge
 * read: a semi-join with every charge cost a third of point-of-service-collections over 1,000,000 claims.
 */
export function entriesOfLines(where: SqlFragment, filters: ReportFilters, scope: AggregateScope): SqlFragment {
  const lines = and(where, visitFilters('c.encounter_id', filters, scope));
  if (lines.sql === 'true') return { sql: 'e.charge_id is not null', bindings: [] };
  return { sql: `e.charge_id in (select c.id from charge c where c.organization_id = ? and ${lines.sql})`, bindings: [scope.organizationId, ...lines.bindings] };
}

/** The entries (alias `m`, from {@link moneyEntries}) the money aggregates count: charges, payments, refunds, CO adjustments. */
export const COUNTED_ENTRY = `(m.kind in ('charge', 'payment', 'refund') or (m.kind = 'adjustment' and m.group_code = 'CO'))`;

/** The kinds of ledger entries (alias `e`) a counted entry can be: those, and the reversals of them. */
export const COUNTED_ENTRY_KINDS = `e.kind in ('charge', 'payment', 'refund', 'adjustment', 'reversal')`;

/** A calendar-date text column (YYYY-MM-DD) from `from` to `to` inclusive (ISO dates compare as text). */
export function dateBetween(column: string, from: string, to: string): SqlFragment {
  return { sql: `${column} >= ? and ${column} <= ?`, bindings: [from, to] };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError, type ReportingAggregateMap, type ReportingAggregateName, type ReportingQueryApi } from '@openrcm/sdk';
import { currentAuditScope } from '../audit/audit-scope';
import { calendarDate } from '../time/calendar-date';
import type { AggregateScope, AggregateTable } from './aggregates/aggregate-scope';

/**
 * The memory each sort or hash of an aggregate's query may take before it spills to disk (PostgreSQL's `work_mem`,
 * set for the aggregate's own transaction only). The server default (4 MB) made PostgreSQL group a million claims'
 * ledger entries by walking an index in account order (37 s for the open A/R's accounts) rather than hashing them in
 * one pass of the table (about 10 s): the hash table of some 400,000 accounts did not fit.
 */
export const REPORTING_WORK_MEM = '64MB';

/**
 * The reporting query API one run of one report gets: core's named aggregates for the run's organization, as of the
 * run's instant. Claims a drill-down lists are patient data: each is recorded as read in the audit trail.
 *
 * A report may ask for several aggregates at once (its value and its drill-down): each runs in a transaction of its
 * own, so outside a transaction they run side by side on connections of their own; inside a caller's transaction
 * each is a savepoint of it, and knex runs sibling savepoints one after the other on its connection.
 */
export function createReportingQuery(em: EntityManager, scope: AggregateScope, aggregates: AggregateTable): ReportingQueryApi {
  return {
    asOf: scope.asOf.toISOString(),
    asOfDate: calendarDate(scope.asOf, scope.timeZone),
    async aggregate<N extends ReportingAggregateName>(name: N, parameters: ReportingAggregateMap[N]['parameters']) {
      if (!Object.hasOwn(aggregates, name)) {
        throw new ValidationError([{ field: 'aggregate', message: `no reporting aggregate named "${String(name)}"; known: ${Object.keys(aggregates).join(', ')}` }]);
      }
      const rows = await em.transactional(async (tx) => {
        await tx.execute(`set local work_mem = '${REPORTING_WORK_MEM}'`);
        // JIT compilation off: the aggregates' estimated costs always pass its threshold, and over the 1,000,000-claim
        // history compiling took 1–2 s per query on the 2-core bench machine, more than it saved.
        await tx.execute('set local jit = off');
        return aggregates[name](tx, scope, parameters);
      });
      if (name === 'claim-list') recordClaimReads(rows as ReportingAggregateMap['claim-list']['row'][]);
      return rows;
    },
  };
}

function recordClaimReads(claims: readonly ReportingAggregateMap['claim-list']['row'][]): void {
  const scope = currentAuditScope();
  if (!scope) return;
  for (const claim of claims) scope.reads.push({ recordType: 'claim', recordId: claim.claimId, patientId: claim.patientId });
}

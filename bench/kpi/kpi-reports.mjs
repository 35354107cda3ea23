// The reports the kpi bench times: every definition of @openrcm/plugin-kpi-reports, computed as core computes it —
// the definition's `compute` over core's reporting query API (the named aggregates in SQL) — for the whole history
// (its first to last date of service) as of the history's end, with the default aging basis.
import { createReportingQuery, REPORTING_AGGREGATES_TABLE } from '@openrcm/core';
import { KPI_REPORTS } from '@openrcm/plugin-kpi-reports';

/** `runReports(database)` for the kpi suite: one `{ name, run }` per KPI report. */
export async function kpiReports(database) {
  const context = { organizationId: database.organizationId, actor: { type: 'system', id: 'bench-kpi' }, roles: ['admin'], correlationId: 'bench-kpi' };
  const scope = { organizationId: database.organizationId, asOf: new Date(database.asOf), timeZone: database.timeZone };
  const parameters = { from: database.from, to: database.to };
  return KPI_REPORTS.map((report) => ({
    name: report.id,
    run: async () => {
      const output = await report.compute(context, report.parameters.parse(parameters), createReportingQuery(database.orm.em.fork(), scope, REPORTING_AGGREGATES_TABLE));
      return output.table?.rows ?? [];
    },
  }));
}

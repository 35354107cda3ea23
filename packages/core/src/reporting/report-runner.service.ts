import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { ExternalServiceError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { fieldPath } from '../http/zod-validation.pipe';
import { Organization } from '../organizations/organization.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import type { AggregateTable } from './aggregates/aggregate-scope';
import { REPORTING_AGGREGATES } from './aggregates/reporting-aggregates.token';
import { ReportCatalog } from './report-catalog';
import { reportOutputSchema, type CheckedReportOutput } from './report-output.schema';
import { summarize, type ReportSummary } from './report-summary';
import { createReportingQuery } from './reporting-query';

/** One run of a report: what ran, with which parameters, as of when, and what it answered. */
export interface ReportRun {
  readonly report: ReportSummary;
  readonly parameters: unknown;
  /** The instant the run counted up to (ISO 8601): the same data, parameters and asOf give the same output. */
  readonly asOf: string;
  readonly asOfDate: string;
  readonly output: CheckedReportOutput;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Runs reports: parameters checked against the report's schema, the query API bound to the organization and asOf. */
@Injectable()
export class ReportRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly catalog: ReportCatalog,
    @Inject(REPORTING_AGGREGATES) private readonly aggregates: AggregateTable,
  ) {}

  /**
   * Runs `reportId` with raw parameters (e.g. a query string) as of `asOf`: an ISO instant, or a calendar date meaning
   * the end of that day in the organization's time zone; now when absent. An asOf in the future is refused.
   */
  async run(context: RequestContext, reportId: string, rawParameters: unknown, asOf?: string): Promise<ReportRun> {
    const report = this.catalog.find(context.organizationId, reportId);
    const parameters = parseParameters(report.definition.parameters, rawParameters);
    const em = currentEntityManager(this.orm) as EntityManager;
    const organization = await em.findOneOrFail(Organization, { id: context.organizationId }, { fields: ['timeZone'] });
    const instant = await resolveAsOf(em, asOf, organization.timeZone);
    const query = createReportingQuery(em, { organizationId: context.organizationId, asOf: instant, timeZone: organization.timeZone }, this.aggregates);
    const answer = await report.definition.compute(context, parameters, query);
    const checked = reportOutputSchema.safeParse(answer);
    if (!checked.success) {
      const problem = checked.error.issues[0];
      throw new ExternalServiceError(`report "${reportId}" of plugin "${report.pluginId}" answered an invalid output at ${fieldPath(problem?.path ?? [])}: ${problem?.message}`, report.pluginId, false);
    }
    return { report: summarize(report), parameters, asOf: instant.toISOString(), asOfDate: query.asOfDate, output: checked.data };
  }
}

function parseParameters(schema: { safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }, raw: unknown): unknown {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((issue) => ({ field: fieldPath(issue.path) || 'parameters', message: issue.message })));
  const value = parsed.data as { from?: unknown; to?: unknown };
  if (typeof value.from === 'string' && typeof value.to === 'string' && value.from > value.to) {
    throw new ValidationError([{ field: 'from', message: `"from" (${value.from}) is after "to" (${value.to})` }]);
  }
  return parsed.data;
}

async function resolveAsOf(em: EntityManager, asOf: string | undefined, timeZone: string): Promise<Date> {
  const now = new Date();
  if (asOf === undefined || asOf === '') return now;
  if (CALENDAR_DATE.test(asOf)) {
    const [day] = await em.execute<{ start: Date; end: Date }[]>(
      `select (?::date::timestamp at time zone ?) as "start", ((?::date + 1)::timestamp at time zone ?) - interval '1 millisecond' as "end"`,
      [asOf, timeZone, asOf, timeZone],
    );
    const start = new Date(day?.start ?? Number.NaN);
    if (Number.isNaN(start.getTime())) throw new ValidationError([{ field: 'asOf', message: `${asOf} is not a calendar date` }]);
    if (start.getTime() > now.getTime()) throw new ValidationError([{ field: 'asOf', message: `${asOf} is in the future: a report counts what has been recorded` }]);
    // Today means up to now; an earlier day, up to its last millisecond.
    return new Date(Math.min(new Date(day?.end ?? Number.NaN).getTime(), now.getTime()));
  }
  const instant = new Date(asOf);
  if (Number.isNaN(instant.getTime())) throw new ValidationError([{ field: 'asOf', message: 'an ISO 8601 instant or a calendar date (YYYY-MM-DD)' }]);
  if (instant.getTime() > now.getTime()) throw new ValidationError([{ field: 'asOf', message: `${asOf} is in the future: a report counts what has been recorded` }]);
  return instant;
}

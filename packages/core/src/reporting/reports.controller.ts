import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { RequestContext, Role } from '@openrcm/sdk';
import type { Response } from 'express';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { ReportCatalog } from './report-catalog';
import { reportTableCsv } from './report-csv';
import { ReportRunner, type ReportRun } from './report-runner.service';
import { summarize, type ReportSummary } from './report-summary';

/** Who may list and run reports: the billing team's roles that see money and claims. */
export const REPORT_READERS: readonly Role[] = ['biller', 'poster', 'ar', 'manager', 'admin'];

/** The query of a run: the report's own parameters, plus `asOf`. */
type RunQuery = Record<string, string | undefined>;

function split(query: RunQuery): { asOf: string | undefined; parameters: Record<string, string> } {
  const { asOf, ...rest } = query;
  const parameters = Object.fromEntries(Object.entries(rest).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  return { asOf, parameters };
}

/** Reports (KPIs) contributed by plugins: listed with their formulas, run with parameters and an asOf, exported as CSV. */
@ApiTags('reports')
@Controller('organizations/:organizationId/reports')
export class ReportsController {
  constructor(
    private readonly catalog: ReportCatalog,
    private readonly runner: ReportRunner,
  ) {}

  @Get()
  @Allow(...REPORT_READERS)
  @ApiOperation({ summary: 'The reports enabled for the organization: id, plugin, title, formula, unit, target and the JSON Schema of their parameters' })
  list(@Ctx() context: RequestContext): { items: ReportSummary[] } {
    return { items: this.catalog.list(context.organizationId).map(summarize) };
  }

  @Get(':reportId/run')
  @Allow(...REPORT_READERS)
  @ApiOperation({
    summary: 'Runs a report: its parameters as query fields (e.g. from, to, payerId, agingBasis), as of an instant',
    description: 'asOf: an ISO instant or a calendar date (the end of that day in the organization’s time zone); default now. The same data, parameters and asOf give the same output.',
  })
  @ApiQuery({ name: 'asOf', required: false, type: String })
  run(@Ctx() context: RequestContext, @Param('reportId') reportId: string, @Query() query: RunQuery): Promise<ReportRun> {
    const { asOf, parameters } = split(query);
    return this.runner.run(context, reportId, parameters, asOf);
  }

  @Get(':reportId/export.csv')
  @Allow(...REPORT_READERS)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'A run’s table as CSV (same query as run); the run’s asOf is in the X-Report-As-Of header and the file name' })
  @ApiQuery({ name: 'asOf', required: false, type: String })
  async export(@Ctx() context: RequestContext, @Param('reportId') reportId: string, @Query() query: RunQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const { asOf, parameters } = split(query);
    const run = await this.runner.run(context, reportId, parameters, asOf);
    response.type('text/csv; charset=utf-8');
    response.setHeader('X-Report-As-Of', run.asOf);
    response.attachment(`${run.report.id}-${run.asOfDate}.csv`);
    return reportTableCsv(run.output.table);
  }
}

import type { Provider } from '@nestjs/common';
import { Mailer } from '../mail/mailer';
import { REPORTING_AGGREGATES_TABLE } from './aggregates/reporting-aggregates';
import { REPORTING_AGGREGATES } from './aggregates/reporting-aggregates.token';
import { ReportCatalog } from './report-catalog';
import { ReportRunner } from './report-runner.service';
import { ReportsController } from './reports.controller';
import { ReportScheduleJobs } from './schedules/report-schedule.jobs';
import { ReportScheduleService } from './schedules/report-schedule.service';
import { ReportSchedulesController } from './schedules/report-schedules.controller';

/** Reports: the catalog of plugin report definitions, the runner, core's reporting aggregates and report emails. */
export const reportingProviders: Provider[] = [
  ReportCatalog,
  ReportRunner,
  { provide: REPORTING_AGGREGATES, useValue: REPORTING_AGGREGATES_TABLE },
  Mailer,
  ReportScheduleService,
  ReportScheduleJobs,
];

export const reportingControllers = [ReportsController, ReportSchedulesController];

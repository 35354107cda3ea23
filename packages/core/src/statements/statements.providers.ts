import type { Provider } from '@nestjs/common';
import { PatientAccountMover } from './patient-account.mover';
import { PatientAccountService } from './patient-account.service';
import { StatementJobs } from './statement.jobs';
import { StatementDeliveryRetry } from './statement-delivery.retry';
import { StatementRunService } from './statement-run.service';
import { StatementRunsQuery } from './statement-runs.query';
import { StatementSettingsService } from './statement-settings.service';
import { StatementsController } from './statements.controller';

/** Patient statements (issue #11): settings, the run and its daily job, the run log, patient accounts and disputes. */
export const statementsProviders: Provider[] = [PatientAccountMover, StatementSettingsService, StatementRunService, StatementRunsQuery, PatientAccountService, StatementJobs, StatementDeliveryRetry];

export const statementsControllers = [StatementsController];

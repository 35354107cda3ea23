import { Injectable } from '@nestjs/common';
import { ValidationError } from '@openrcm/sdk';
import { JobHandlerRegistry } from '../jobs/job-handler-registry';
import { FOLLOW_UP_JOB, FollowUpService } from './follow-up.service';

/** Registers the follow-up job: a run as of its payload's `asOf` (an ISO instant), or as of when it runs. */
@Injectable()
export class FollowUpJobs {
  constructor(registry: JobHandlerRegistry, followUp: FollowUpService) {
    registry.register(FOLLOW_UP_JOB, async (context, payload) => {
      const asOf = (payload as { asOf?: unknown } | null)?.asOf;
      if (asOf !== undefined && typeof asOf !== 'string') throw new ValidationError([{ field: 'asOf', message: 'an ISO 8601 instant' }]);
      await followUp.run(context, asOf === undefined ? new Date() : new Date(asOf));
    });
  }
}

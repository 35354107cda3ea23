import { Injectable } from '@nestjs/common';
import { JobHandlerRegistry } from '../jobs/job-handler-registry';
import { ClaimSubmissionService, SUBMIT_BATCH_JOB } from './claim-submission.service';
import { FETCH_INBOUND_JOB, InboundDocumentService } from './inbound-document.service';

/** Registers the submission jobs: sending one batch (once, whatever the redeliveries) and fetching inbound documents. */
@Injectable()
export class SubmissionJobs {
  constructor(registry: JobHandlerRegistry, submissions: ClaimSubmissionService, inbound: InboundDocumentService) {
    registry.register(SUBMIT_BATCH_JOB, async (context, payload) => {
      await submissions.sendBatch(context, (payload as { batchId: string }).batchId);
    });
    registry.register(FETCH_INBOUND_JOB, async (context) => {
      await inbound.fetch(context);
    });
  }
}

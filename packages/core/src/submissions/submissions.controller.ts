import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { toClaimBatchView, toLateClaimView } from './claim-batch.view';
import { ClaimSubmissionService } from './claim-submission.service';
import { InboundDocumentService } from './inbound-document.service';

const WRITERS = ['biller', 'manager', 'admin'] as const;

class ListBatchesDto extends createZodDto(
  listQuerySchema.extend({
    state: z.enum(['pending', 'submitted', 'failed']).optional().describe('pending (queued), submitted, or failed'),
    payerRecordId: z.uuid().optional().describe('the payer row the batch went to'),
  }),
) {}

class LateSubmissionsDto extends createZodDto(listQuerySchema) {}

/** Submitting ready claims, taking in the clearinghouses' answers, and the late-submission worklist. */
@ApiTags('claims')
@Controller('organizations/:organizationId/claims')
export class ClaimSubmissionsController {
  constructor(
    private readonly submissions: ClaimSubmissionService,
    private readonly inbound: InboundDocumentService,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  @Post('submit-ready')
  @HttpCode(200)
  @ApiOperation({ summary: "Write one 837P batch per payer from the ready claims and queue each for its payer's clearinghouse" })
  @Allow(...WRITERS)
  async submitReady(@Ctx() context: RequestContext) {
    return this.submissions.submitReady(context);
  }

  @Post('fetch-inbound')
  @HttpCode(200)
  @ApiOperation({ summary: "Fetch the clearinghouses' documents now and apply the 999s and 277CAs to claims" })
  @Allow(...WRITERS)
  async fetchInbound(@Ctx() context: RequestContext) {
    return this.inbound.fetch(context);
  }

  @Get('late-submissions')
  @ApiOperation({ summary: 'Claims not yet submitted whose date of service is older than the submission window (claims.submitWithinHours)' })
  @Allow(...ANY_ROLE)
  async lateSubmissions(@Ctx() context: RequestContext, @Query() query: LateSubmissionsDto) {
    const now = new Date();
    const page = await this.submissions.lateSubmissions(context, this.config.claims.submitWithinHours, query, now);
    return { ...page, items: page.items.map((claim) => toLateClaimView(claim, now)), submitWithinHours: this.config.claims.submitWithinHours };
  }
}

/** The claim batches sent to clearinghouses. */
@ApiTags('claims')
@Controller('organizations/:organizationId/claim-batches')
export class ClaimBatchesController {
  constructor(private readonly submissions: ClaimSubmissionService) {}

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Query() query: ListBatchesDto) {
    const { limit, sort, after, ...filters } = query;
    return this.submissions.list(context, filters, { limit, sort, after }, toClaimBatchView);
  }

  @Get(':batchId')
  @Allow(...ANY_ROLE)
  async get(@Ctx() context: RequestContext, @Param('batchId', new ParseUUIDPipe()) batchId: string) {
    return toClaimBatchView(await this.submissions.get(context, batchId));
  }
}

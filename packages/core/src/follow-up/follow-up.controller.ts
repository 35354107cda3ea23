import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import type { ClaimStatusInquiry } from './claim-status-inquiry.entity';
import { ClaimStatusInquiryService } from './claim-status-inquiry.service';
import { describeClaimStatus, meaningOf } from './claim-status-categories';
import { FollowUpService } from './follow-up.service';

/** Who works A/R follow-up. */
const FOLLOW_UP_WRITERS = ['ar', 'biller', 'manager', 'admin'] as const;

class RunFollowUpDto extends createZodDto(
  z.object({
    asOf: z.iso.datetime().optional().describe('run as of this instant (ISO 8601, not later than now; default now): claims submitted more than the payer’s followUpDays before it'),
  }),
) {}

class ListFollowUpDto extends createZodDto(
  listQuerySchema.extend({
    payerRecordId: z.uuid().optional().describe("only claims to this payer (the payer's record id)"),
    sort: z.string().trim().min(1).optional().describe('age (days since submission), nextActionDate, dueDate; prefix - for descending (default -age: the longest waiting first)'),
  }),
) {}

class ListInquiriesDto extends createZodDto(listQuerySchema.describe('sort by createdAt (default -createdAt)')) {}

/** An inquiry as the API shows it, with its status in words. */
function inquiryView(inquiry: ClaimStatusInquiry) {
  const status = inquiry.statusCategory && inquiry.statusCode ? { category: inquiry.statusCategory, code: inquiry.statusCode, entity: inquiry.statusEntity } : null;
  return {
    id: inquiry.id,
    claimId: inquiry.claimId,
    pluginId: inquiry.pluginId,
    traceNumber: inquiry.traceNumber,
    requestedBy: inquiry.requestedBy,
    requestFileId: inquiry.requestFileId,
    responseFileId: inquiry.responseFileId,
    outcome: inquiry.outcome,
    statusCategory: inquiry.statusCategory,
    statusCode: inquiry.statusCode,
    statusEntity: inquiry.statusEntity,
    meaning: status ? meaningOf(status.category) : null,
    description: status ? describeClaimStatus(status) : null,
    effectiveDate: inquiry.effectiveDate,
    payerClaimNumber: inquiry.payerClaimNumber,
    error: inquiry.error,
    createdAt: inquiry.createdAt.toISOString(),
  };
}

/** The A/R follow-up worklist: claims the payer has not answered within its follow-up days. */
@ApiTags('follow-up')
@Controller('organizations/:organizationId/follow-up')
export class FollowUpController {
  constructor(private readonly followUp: FollowUpService) {}

  @Post('run')
  @HttpCode(200)
  @ApiOperation({ summary: 'Put claims past their payer’s follow-up days on the worklist now (once each), asking their status (276) when configured and possible' })
  @Allow(...FOLLOW_UP_WRITERS)
  async run(@Ctx() context: RequestContext, @Body() body: RunFollowUpDto) {
    return this.followUp.run(context, body.asOf ? new Date(body.asOf) : new Date());
  }

  @Get()
  @ApiOperation({ summary: 'The active follow-up items of claims, with the payer, days since submission and the last status inquiry' })
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Query() query: ListFollowUpDto) {
    const { limit, sort, after, payerRecordId } = query;
    return this.followUp.list(context, { payerRecordId }, { limit, sort, after });
  }
}

/** Claim status inquiries (276/277) of a claim. */
@ApiTags('claims')
@Controller('organizations/:organizationId/claims/:claimId/status-inquiries')
export class ClaimStatusInquiriesController {
  constructor(private readonly inquiries: ClaimStatusInquiryService) {}

  @Post()
  @ApiOperation({ summary: "Ask the payer about the claim (276) through its clearinghouse connector; the 277's status is stored and noted on the claim's follow-up item" })
  @Allow(...FOLLOW_UP_WRITERS)
  async inquire(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string) {
    const { inquiry, workItemId } = await this.inquiries.inquire(context, claimId);
    return { ...inquiryView(inquiry), workItemId };
  }

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string, @Query() query: ListInquiriesDto) {
    const page = await this.inquiries.list(context, claimId, query);
    return { ...page, items: page.items.map(inquiryView) };
  }
}

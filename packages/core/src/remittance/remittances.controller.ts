import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema, ListQueryDto } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { readTextBody, X12_CONTENT_TYPES } from '../http/text-body';
import { RemittanceIngestion } from './remittance-ingestion.service';
import { RemittanceService } from './remittance.service';
import { REMITTANCE_POSTERS } from './remittance-roles';


/** The largest 835 upload read through the API (larger files: `openrcm import 835`). */
const MAX_835_BYTES = 64 * 1024 * 1024;

class UploadQueryDto extends createZodDto(z.object({ fileName: z.string().trim().min(1).max(500).optional().describe('the file name to archive it under') })) {}

class ListRemittancesDto extends createZodDto(
  listQuerySchema.extend({
    payerRecordId: z.uuid().optional().describe('the payer row the remittance matched'),
    traceNumber: z.string().trim().min(1).optional().describe('TRN02: the check or EFT trace number'),
  }),
) {}

class ExplainVarianceDto extends createZodDto(z.object({ note: z.string().trim().min(3).max(2000).describe('why the amount is right, or what was done about it') })) {}

/** Remittances (835s and manual EOBs): posting, the posted record, the unmatched and variance queues. */
@ApiTags('remittances')
@Controller('organizations/:organizationId/remittances')
export class RemittancesController {
  constructor(
    private readonly ingestion: RemittanceIngestion,
    private readonly remittances: RemittanceService,
  ) {}

  @Post()
  @HttpCode(200)
  @Allow(...REMITTANCE_POSTERS)
  @ApiOperation({ summary: 'Upload an 835 file: archived with its hash, each check posted in its own transaction (a payment posted before is reported as a duplicate)' })
  @ApiConsumes(...X12_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', description: 'the 835 file as received' } })
  async upload(@Ctx() context: RequestContext, @Query() query: UploadQueryDto, @Req() request: Request) {
    const content = await readTextBody(request, X12_CONTENT_TYPES, MAX_835_BYTES);
    return this.ingestion.ingest(context, content, { fileName: query.fileName ?? 'upload.835', pluginId: 'upload' });
  }

  @Get()
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Posted remittances, newest first' })
  list(@Ctx() context: RequestContext, @Query() query: ListRemittancesDto) {
    return this.remittances.list(context, { ...(query.payerRecordId ? { payerRecordId: query.payerRecordId } : {}), ...(query.traceNumber ? { traceNumber: query.traceNumber } : {}) }, query);
  }

  @Get('unmatched')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'The unmatched queue: claim payments posting could not match to a claim or its lines, with the reason' })
  unmatched(@Ctx() context: RequestContext, @Query() query: ListQueryDto) {
    return this.remittances.unmatched(context, query);
  }

  @Get('variances')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Service payments whose allowed or paid amount differs from the contract, for review' })
  variances(@Ctx() context: RequestContext, @Query() query: ListQueryDto) {
    return this.remittances.variances(context, query);
  }

  @Post('variances/:remittanceLineId/explanation')
  @HttpCode(200)
  @Allow(...REMITTANCE_POSTERS)
  @ApiOperation({ summary: 'Explain a flagged variance; it leaves the review queue' })
  explain(@Ctx() context: RequestContext, @Param('remittanceLineId', ParseUUIDPipe) remittanceLineId: string, @Body() body: ExplainVarianceDto) {
    return this.remittances.explainVariance(context, remittanceLineId, body.note);
  }

  @Get(':remittanceId')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'A remittance as stated, with what posting did with each claim, line, adjustment and PLB amount' })
  get(@Ctx() context: RequestContext, @Param('remittanceId', ParseUUIDPipe) remittanceId: string) {
    return this.remittances.get(context, remittanceId);
  }
}

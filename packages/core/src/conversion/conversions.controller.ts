import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import { Allow } from '../auth/route-policy';
import { readTextBody, X12_CONTENT_TYPES } from '../http/text-body';
import { Ctx } from '../http/request-context.decorator';
import { OpenArImportService } from './open-ar-import.service';

/** The largest 837P accepted in one request. */
const MAX_837P_BYTES = 64 * 1024 * 1024;

/** Conversions from another billing system. */
@ApiTags('conversions')
@Controller('organizations/:organizationId/conversions')
export class ConversionsController {
  constructor(private readonly imports: OpenArImportService) {}

  /**
   * Imports the open A/R of another system from its 837P: each claim with what it names, as submitted, one transaction
   * per claim. Answers what was imported and each claim skipped with its segment position and reasons; a file whose
   * envelope is broken is refused (400) with nothing written.
   */
  @Post('837p')
  @HttpCode(200)
  @ApiConsumes(...X12_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', description: 'an 837P (005010X222A1) interchange as sent to the payers' } })
  @Allow('admin')
  async import837P(@Ctx() context: RequestContext, @Req() request: Request) {
    return this.imports.import(context, await readTextBody(request, X12_CONTENT_TYPES, MAX_837P_BYTES));
  }
}

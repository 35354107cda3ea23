import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { readFileBody } from '../http/text-body';
import { manualRemittanceSchema } from './manual-remittance.schema';
import { ManualRemittanceService } from './manual-remittance.service';
import { EOB_IMAGE_TYPES } from './remittance-image.entity';
import { RemittanceImageService } from './remittance-image.service';
import { REMITTANCE_POSTERS } from './remittance-roles';


/** The largest scanned EOB accepted. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

class ManualRemittanceDto extends createZodDto(manualRemittanceSchema) {}

/** Paper EOBs: keyed in and posted like an 835, with the scanned image attached. */
@ApiTags('remittances')
@Controller('organizations/:organizationId/remittances')
export class ManualRemittancesController {
  constructor(
    private readonly manual: ManualRemittanceService,
    private readonly images: RemittanceImageService,
  ) {}

  @Post('manual')
  @HttpCode(200)
  @Allow(...REMITTANCE_POSTERS)
  @ApiOperation({ summary: 'Post a paper EOB keyed in (it must balance like an 835); the same check from the same payer again is reported as a duplicate' })
  post(@Ctx() context: RequestContext, @Body() body: ManualRemittanceDto) {
    return this.manual.post(context, body);
  }

  @Post(':remittanceId/image')
  @Allow(...REMITTANCE_POSTERS)
  @ApiOperation({ summary: 'Attach the scanned EOB (PNG, JPEG or PDF, at most 20 MB), stored encrypted with its SHA-256' })
  @ApiConsumes(...EOB_IMAGE_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  async attach(@Ctx() context: RequestContext, @Param('remittanceId', ParseUUIDPipe) remittanceId: string, @Req() request: Request) {
    const file = await readFileBody(request, EOB_IMAGE_TYPES, MAX_IMAGE_BYTES);
    return this.images.attach(context, remittanceId, file.contentType, file.bytes);
  }

  @Get(':remittanceId/image')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'The scanned EOB as uploaded, with its content type' })
  @ApiProduces(...EOB_IMAGE_TYPES)
  async image(@Ctx() context: RequestContext, @Param('remittanceId', ParseUUIDPipe) remittanceId: string): Promise<StreamableFile> {
    const { view, content } = await this.images.read(context, remittanceId);
    return new StreamableFile(content, { type: view.contentType, length: view.byteSize, disposition: `inline; filename="eob-${remittanceId}${extensionOf(view.contentType)}"` });
  }
}

function extensionOf(contentType: string): string {
  return contentType === 'application/pdf' ? '.pdf' : contentType === 'image/png' ? '.png' : '.jpg';
}

import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import type { AppealLetter } from './appeal-letter.entity';
import { AppealLetterService } from './appeal-letter.service';
import { DENIAL_READERS } from './denial-categories.controller';

class RenderAppealLetterDto extends createZodDto(
  z.object({
    templateId: z.uuid().optional().describe("the template (default: the organization's standard appeal)"),
    workItemId: z.uuid().optional().describe('the denial work item answered: only its denials are listed'),
    attachments: z
      .array(z.object({ name: z.string().trim().min(1).max(200), description: z.string().trim().max(1000).default('') }))
      .max(50)
      .optional()
      .describe('the documents sent with the letter'),
  }),
) {}

function toView(letter: AppealLetter) {
  return {
    id: letter.id,
    claimId: letter.claimId,
    templateId: letter.templateId,
    workItemId: letter.workItemId,
    format: letter.format,
    content: letter.content,
    attachments: letter.attachments,
    createdBy: letter.createdBy,
    createdAt: letter.createdAt.toISOString(),
  };
}

/** Appeal letters of a claim. */
@ApiTags('denials')
@Controller('organizations/:organizationId/claims/:claimId/appeal-letters')
export class AppealLettersController {
  constructor(private readonly letters: AppealLetterService) {}

  @Post()
  @ApiOperation({ summary: 'Render and store an appeal letter; a denied or partially paid claim moves to appealed' })
  @Allow('biller', 'ar', 'manager', 'admin')
  async render(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string, @Body() body: RenderAppealLetterDto) {
    const rendered = await this.letters.render(context, claimId, body);
    return { ...toView(rendered.letter), claimState: rendered.claimState, appealed: rendered.appealed };
  }

  @Get()
  @Allow(...DENIAL_READERS)
  async list(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string) {
    return (await this.letters.list(context, claimId)).map(toView);
  }
}

import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { APPEAL_LETTER_FORMATS, type AppealLetterTemplate } from './appeal-letter-template.entity';
import { AppealTemplateService } from './appeal-template.service';
import { DENIAL_READERS } from './denial-categories.controller';

class AppealTemplateDto extends createZodDto(
  z.object({
    name: z.string().trim().min(1).max(120),
    format: z.enum(APPEAL_LETTER_FORMATS).describe('html (values escaped) or text'),
    body: z
      .string()
      .min(1)
      .max(100_000)
      .describe('Handlebars: {{claim.patientControlNumber}}, {{#each claim.lines}}…{{/each}}, {{#each denials}}{{code}} {{description}}{{/each}}, {{#each attachments}}…{{/each}}, {{#if …}}…{{else}}…{{/if}}'),
  }),
) {}

function toView(template: AppealLetterTemplate) {
  return { id: template.id, name: template.name, format: template.format, body: template.body, createdAt: template.createdAt.toISOString(), updatedAt: template.updatedAt.toISOString() };
}

/** Appeal letter templates of the organization (the shipped default is created on first use). */
@ApiTags('denials')
@Controller('organizations/:organizationId/appeal-templates')
export class AppealTemplatesController {
  constructor(private readonly templates: AppealTemplateService) {}

  @Get()
  @Allow(...DENIAL_READERS)
  async list(@Ctx() context: RequestContext) {
    return (await this.templates.list(context)).map(toView);
  }

  @Get(':templateId')
  @Allow(...DENIAL_READERS)
  async get(@Ctx() context: RequestContext, @Param('templateId', new ParseUUIDPipe()) id: string) {
    return toView(await this.templates.get(context, id));
  }

  @Post()
  @ApiOperation({ summary: 'Add a template; a syntax error in the body is refused naming its line' })
  @Allow('admin')
  async create(@Ctx() context: RequestContext, @Body() body: AppealTemplateDto) {
    return toView(await this.templates.create(context, body));
  }

  @Put(':templateId')
  @ApiOperation({ summary: 'Replace a template; a syntax error in the body is refused naming its line' })
  @Allow('admin')
  async update(@Ctx() context: RequestContext, @Param('templateId', new ParseUUIDPipe()) id: string, @Body() body: AppealTemplateDto) {
    return toView(await this.templates.update(context, id, body));
  }
}

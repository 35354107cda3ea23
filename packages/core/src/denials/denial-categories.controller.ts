import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, type RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { DenialCategoryService } from './denial-category.service';

/** Roles that work denials and read the mapping. */
export const DENIAL_READERS = ['biller', 'poster', 'ar', 'manager', 'admin'] as const;

const ruleSchema = z.object({
  groupCode: z.string().trim().max(2).nullable().describe('CAS group code (CO, OA, PI, PR); null matches any group'),
  reasonCode: z.string().trim().min(1).max(6).describe('CARC'),
  remarkCode: z.string().trim().max(6).nullable().describe('RARC; null matches any remarks'),
  category: z.string().trim().min(1).max(40).describe('the denial category (work item category), e.g. eligibility, authorization, coding, medical-necessity'),
  ownerRole: z.enum(ROLES).nullable().describe("the role that works the category's denial items"),
  ownerUserId: z.uuid().nullable().describe('the member who works them, instead of or besides a role'),
  upstreamCheck: z.string().trim().min(1).max(100).nullable().describe('the gate check whose owner gets the stop-the-line item (GET …/gates lists them)'),
});

class ReplaceDenialCategoriesDto extends createZodDto(
  z.object({ rules: z.array(ruleSchema).min(1).max(1000).describe('the whole mapping; group + reason + remark beats group + reason, then reason + remark, then reason') }),
) {}

/** The organization's denial category mapping (CAS group, CARC, RARC → category, owner, upstream gate check). */
@ApiTags('denials')
@Controller('organizations/:organizationId/denial-categories')
export class DenialCategoriesController {
  constructor(private readonly categories: DenialCategoryService) {}

  @Get()
  @ApiOperation({ summary: 'The denial category rules (the defaults until an admin replaces them) and the fallback for codes no rule matches' })
  @Allow(...DENIAL_READERS)
  mapping(@Ctx() context: RequestContext) {
    return this.categories.mapping(context);
  }

  @Put()
  @ApiOperation({ summary: 'Replace the denial category rules; later denials route by them' })
  @Allow('admin')
  replace(@Ctx() context: RequestContext, @Body() body: ReplaceDenialCategoriesDto) {
    return this.categories.replace(context, body.rules);
  }
}

import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { postalAddressSchema } from '../patients/postal-address';
import { COVERAGE_ORDERS, SUBSCRIBER_RELATIONSHIPS, type Coverage } from './coverage.entity';
import { CoverageService } from './coverage.service';

const isoDate = z.iso.date().describe('calendar date, YYYY-MM-DD');
const shortText = (max: number) => z.string().trim().min(1).max(max);

class AddCoverageDto extends createZodDto(
  z.object({
    payerRecordId: z.uuid().describe('the payer row id (GET organizations/:organizationId/payers); the payer must be active'),
    order: z.enum(COVERAGE_ORDERS).describe('which payer is billed first; one active coverage of each order per date range'),
    subscriberRelationship: z
      .enum(SUBSCRIBER_RELATIONSHIPS)
      .describe('X12 individual relationship code (SBR02/PAT01): 18 self, 01 spouse, 19 child, 20 employee, 21 unknown, 39 organ donor, 40 cadaver donor, 53 life partner, G8 other'),
    subscriber: z
      .object({
        firstName: shortText(35).optional(),
        lastName: shortText(60).optional(),
        birthDate: isoDate.optional(),
        sex: z.enum(['F', 'M', 'U']).optional(),
        address: postalAddressSchema.optional(),
      })
      .optional()
      .describe('the subscriber when not the patient: every field required unless subscriberRelationship is 18, then left out'),
    memberId: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,80}$/, 'letters, digits and dashes, at most 80')
      .describe('member id on the insurance card; stored encrypted, lists show the last four characters'),
    groupNumber: shortText(50).optional().describe('group number on the card'),
    planName: shortText(100).optional().describe('plan name'),
    effectiveFrom: isoDate.describe('first day the coverage is in effect'),
    effectiveTo: isoDate.optional().describe('last day the coverage is in effect; open-ended when left out'),
  }),
) {}

class ChangeCoverageDto extends createZodDto(
  z.object({
    effectiveTo: isoDate.nullable().optional().describe('last day in effect (null: open-ended again)'),
    active: z.boolean().optional().describe('false ends the coverage'),
    groupNumber: shortText(50).nullable().optional(),
    planName: shortText(100).nullable().optional(),
  }),
) {}

class ListCoveragesDto extends createZodDto(
  listQuerySchema.extend({
    active: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional()
      .describe('only active (true) or ended (false) coverages'),
  }),
) {}

/** A coverage as the API shows it; the member id in full only when `full` (GET one), else its last four characters. */
function toView(coverage: Coverage, full = false) {
  return {
    id: coverage.id,
    patientId: coverage.patientId,
    payerRecordId: coverage.payerRecordId,
    order: coverage.order,
    subscriberRelationship: coverage.subscriberRelationship,
    subscriber:
      coverage.subscriberFirstName === null
        ? null
        : {
            firstName: coverage.subscriberFirstName,
            lastName: coverage.subscriberLastName,
            birthDate: coverage.subscriberBirthDate,
            sex: coverage.subscriberSex,
            address: coverage.subscriberAddress,
          },
    ...(full ? { memberId: coverage.memberId } : {}),
    memberIdLast4: coverage.memberId.slice(-4),
    groupNumber: coverage.groupNumber,
    planName: coverage.planName,
    effectiveFrom: coverage.effectiveFrom,
    effectiveTo: coverage.effectiveTo,
    active: coverage.active,
    createdAt: coverage.createdAt.toISOString(),
    updatedAt: coverage.updatedAt.toISOString(),
  };
}

const WRITE_ROLES = ['front-desk', 'manager', 'admin'] as const;

@ApiTags('coverages')
@Controller('organizations/:organizationId/patients/:patientId/coverages')
export class CoveragesController {
  constructor(private readonly coverages: CoverageService) {}

  @Post()
  @Allow(...WRITE_ROLES)
  async add(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Body() body: AddCoverageDto) {
    return toView(await this.coverages.add(context, patientId, body));
  }

  /** The patient's coverages, member ids masked. Sort by order, effectiveFrom, createdAt. */
  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Query() query: ListCoveragesDto) {
    const page = await this.coverages.list(context, patientId, query);
    return { ...page, items: page.items.map((coverage) => toView(coverage)) };
  }

  /** One coverage with its full member id. */
  @Get(':coverageId')
  @Allow(...ANY_ROLE)
  async get(
    @Ctx() context: RequestContext,
    @Param('patientId', new ParseUUIDPipe()) patientId: string,
    @Param('coverageId', new ParseUUIDPipe()) coverageId: string,
  ) {
    return toView(await this.coverages.get(context, patientId, coverageId), true);
  }

  /** Ends a coverage (effectiveTo, active: false) or corrects its group and plan. */
  @Patch(':coverageId')
  @Allow(...WRITE_ROLES)
  async change(
    @Ctx() context: RequestContext,
    @Param('patientId', new ParseUUIDPipe()) patientId: string,
    @Param('coverageId', new ParseUUIDPipe()) coverageId: string,
    @Body() body: ChangeCoverageDto,
  ) {
    return toView(await this.coverages.change(context, patientId, coverageId, body));
  }
}

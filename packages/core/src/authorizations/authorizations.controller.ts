import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { AUTHORIZATION_STATUSES } from './authorization.entity';
import { AuthorizationService, type AuthorizationWithUsage } from './authorization.service';

const isoDate = z.iso.date().describe('calendar date, YYYY-MM-DD');
const units = z.number().int().min(1).max(100_000);
const procedureCodes = z.array(z.string().max(10)).max(100).describe('CPT/HCPCS codes covered; empty: any code');

class AddAuthorizationDto extends createZodDto(
  z.object({
    number: z.string().trim().min(1).max(50).describe('the authorization number the payer gave (REF*G1)'),
    payerRecordId: z.uuid().describe('the payer row id; the payer must be active'),
    coverageId: z.uuid().optional().describe("the patient's coverage with that payer it was issued under"),
    procedureCodes: procedureCodes.optional(),
    unitsApproved: units.describe('units approved'),
    startDate: isoDate.describe('first day covered'),
    endDate: isoDate.describe('last day covered'),
    note: z.string().trim().min(1).max(1000).optional(),
  }),
) {}

class ChangeAuthorizationDto extends createZodDto(
  z.object({
    status: z.enum(AUTHORIZATION_STATUSES).optional().describe('active, expired or cancelled'),
    unitsApproved: units.optional().describe('never below the units already used'),
    endDate: isoDate.optional().describe('last day covered'),
    procedureCodes: procedureCodes.optional(),
    note: z.string().trim().min(1).max(1000).nullable().optional(),
  }),
) {}

class ListAuthorizationsDto extends createZodDto(
  listQuerySchema.extend({ status: z.enum(AUTHORIZATION_STATUSES).optional().describe('only authorizations in this status') }),
) {}

/** An authorization as the API shows it, with its units used (sum of usage) and remaining. */
function toView(authorization: AuthorizationWithUsage) {
  return {
    id: authorization.id,
    patientId: authorization.patientId,
    payerRecordId: authorization.payerRecordId,
    coverageId: authorization.coverageId,
    number: authorization.number,
    procedureCodes: authorization.procedureCodes,
    unitsApproved: authorization.unitsApproved,
    unitsUsed: authorization.unitsUsed,
    unitsRemaining: authorization.unitsRemaining,
    startDate: authorization.startDate,
    endDate: authorization.endDate,
    status: authorization.status,
    note: authorization.note,
    createdAt: authorization.createdAt.toISOString(),
    updatedAt: authorization.updatedAt.toISOString(),
  };
}

const WRITE_ROLES = ['front-desk', 'biller', 'manager', 'admin'] as const;

@ApiTags('authorizations')
@Controller('organizations/:organizationId/patients/:patientId/authorizations')
export class AuthorizationsController {
  constructor(private readonly authorizations: AuthorizationService) {}

  @Post()
  @Allow(...WRITE_ROLES)
  async add(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Body() body: AddAuthorizationDto) {
    return toView(await this.authorizations.add(context, patientId, body));
  }

  /** The patient's authorizations. Sort by startDate, endDate, number, createdAt. */
  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Query() query: ListAuthorizationsDto) {
    const page = await this.authorizations.list(context, patientId, query);
    return { ...page, items: page.items.map(toView) };
  }

  @Get(':authorizationId')
  @Allow(...ANY_ROLE)
  async get(
    @Ctx() context: RequestContext,
    @Param('patientId', new ParseUUIDPipe()) patientId: string,
    @Param('authorizationId', new ParseUUIDPipe()) authorizationId: string,
  ) {
    return toView(await this.authorizations.get(context, patientId, authorizationId));
  }

  /** Changes status, units approved, end date, codes or note. */
  @Patch(':authorizationId')
  @Allow(...WRITE_ROLES)
  async change(
    @Ctx() context: RequestContext,
    @Param('patientId', new ParseUUIDPipe()) patientId: string,
    @Param('authorizationId', new ParseUUIDPipe()) authorizationId: string,
    @Body() body: ChangeAuthorizationDto,
  ) {
    return toView(await this.authorizations.change(context, patientId, authorizationId, body));
  }
}

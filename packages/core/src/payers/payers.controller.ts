import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { readCsvBody } from '../csv/csv-body';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { ENROLLMENT_STATUSES, ENROLLMENT_TRANSACTIONS, type PayerEnrollment } from './payer-enrollment.entity';
import { PayerImporter } from './payer-list.importer';
import type { Payer } from './payer.entity';
import { CLAIM_FILING_INDICATORS } from './payer.rules';
import { PayerService } from './payer.service';

const fields = {
  name: z.string().max(200).describe("the payer's name as on claims (2010BB NM103), at most 60 characters"),
  payerId: z.string().max(100).describe('the X12 payer id the clearinghouse routes on (2010BB NM109): 2 to 80 letters and digits'),
  claimFilingIndicator: z.string().max(10).describe(`SBR09 claim filing indicator: one of ${CLAIM_FILING_INDICATORS.join(', ')}`),
  timelyFilingDays: z.number().int().describe('days from the date of service within which a claim must be filed (default 365)'),
  appealLimitDays: z.number().int().describe('days from the remittance within which an appeal must be filed (default 120)'),
  followUpDays: z.number().int().describe("days after submission without the payer's answer before a claim goes on the follow-up worklist: 1 to 365 (default 30)"),
  clearinghousePluginId: z.string().max(100).nullable().describe('an installed plugin, enabled here, that provides a clearinghouse-connector'),
  eligibilityPluginId: z.string().max(100).nullable().describe('an installed plugin, enabled here, that provides an eligibility-provider'),
  authorizationRequiredCodes: z.array(z.string().max(20)).max(2000).describe('procedure codes (CPT/HCPCS, five characters) this payer authorizes before service'),
  active: z.boolean().describe('inactive payers are kept for old claims but not offered for new coverages'),
};

class CreatePayerDto extends createZodDto(
  z.object({
    name: fields.name,
    payerId: fields.payerId,
    claimFilingIndicator: fields.claimFilingIndicator,
    timelyFilingDays: fields.timelyFilingDays.optional(),
    appealLimitDays: fields.appealLimitDays.optional(),
    followUpDays: fields.followUpDays.optional(),
    clearinghousePluginId: fields.clearinghousePluginId.optional(),
    eligibilityPluginId: fields.eligibilityPluginId.optional(),
    authorizationRequiredCodes: fields.authorizationRequiredCodes.optional(),
    active: fields.active.optional(),
  }),
) {}

class UpdatePayerDto extends createZodDto(z.object(fields).partial().describe('only the fields to change; null clears a plugin')) {}

class ListPayersDto extends createZodDto(
  listQuerySchema
    .extend({
      active: z.enum(['true', 'false']).transform((value) => value === 'true').optional().describe('only active (true) or inactive (false) payers'),
      q: z.string().trim().min(1).max(80).optional().describe('a part of the name or of the payer id, any case'),
    })
    .describe('sort by name or payerId (prefix - for descending)'),
) {}

class SetEnrollmentDto extends createZodDto(
  z.object({
    providerId: z.uuid().describe('a provider of this organization'),
    transaction: z.enum(ENROLLMENT_TRANSACTIONS).describe('837P claims, 835 remittances (ERA), EFT payments, 270 eligibility'),
    status: z.enum(ENROLLMENT_STATUSES).describe('only enrolled counts: a payer sends no ERA to a provider not enrolled for 835'),
    effectiveFrom: z.iso.date().nullable().optional().describe('calendar date (YYYY-MM-DD) the enrollment takes effect'),
    note: z.string().max(500).nullable().optional(),
  }),
) {}


/** A payer as the API shows it. */
function toView(payer: Payer) {
  return {
    id: payer.id,
    name: payer.name,
    payerId: payer.payerId,
    claimFilingIndicator: payer.claimFilingIndicator,
    timelyFilingDays: payer.timelyFilingDays,
    appealLimitDays: payer.appealLimitDays,
    followUpDays: payer.followUpDays,
    clearinghousePluginId: payer.clearinghousePluginId,
    eligibilityPluginId: payer.eligibilityPluginId,
    authorizationRequiredCodes: payer.authorizationRequiredCodes,
    active: payer.active,
    createdAt: payer.createdAt.toISOString(),
  };
}

function enrollmentView(enrollment: PayerEnrollment) {
  return {
    id: enrollment.id,
    payerRecordId: enrollment.payerRecordId,
    providerId: enrollment.providerId,
    transaction: enrollment.transaction,
    status: enrollment.status,
    effectiveFrom: enrollment.effectiveFrom,
    note: enrollment.note,
  };
}

/** Payers (`:payerId` in paths is the payer's record id, a UUID; the X12 payer id is the `payerId` field). */
@ApiTags('payers')
@Controller('organizations/:organizationId/payers')
export class PayersController {
  constructor(
    private readonly payers: PayerService,
    private readonly importer: PayerImporter,
  ) {}

  @Post()
  @Allow('admin', 'manager')
  async create(@Ctx() context: RequestContext, @Body() body: CreatePayerDto) {
    return toView(await this.payers.create(context, body));
  }

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Query() query: ListPayersDto) {
    const page = await this.payers.list(context, { active: query.active, q: query.q }, query);
    return { ...page, items: page.items.map(toView) };
  }

  /** Imports a payer list in one transaction; answers what was added, changed and already up to date. */
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', description: 'the payer list: header payer_id,name,claim_filing_indicator[,timely_filing_days][,appeal_limit_days] (any order, any case), RFC 4180 quoting' } })
  @Allow('admin', 'manager')
  async import(@Ctx() context: RequestContext, @Req() request: Request) {
    return this.importer.import(context, await readCsvBody(request));
  }

  @Get(':payerId')
  @Allow(...ANY_ROLE)
  async get(@Ctx() context: RequestContext, @Param('payerId', new ParseUUIDPipe()) payerId: string) {
    return toView(await this.payers.get(context, payerId));
  }

  @Patch(':payerId')
  @Allow('admin', 'manager')
  async update(@Ctx() context: RequestContext, @Param('payerId', new ParseUUIDPipe()) payerId: string, @Body() body: UpdatePayerDto) {
    return toView(await this.payers.update(context, payerId, body));
  }

  /** Sets one provider's enrollment for one transaction (creates or replaces that row). */
  @Put(':payerId/enrollments')
  @Allow('admin', 'manager')
  async setEnrollment(@Ctx() context: RequestContext, @Param('payerId', new ParseUUIDPipe()) payerId: string, @Body() body: SetEnrollmentDto) {
    return enrollmentView(await this.payers.setEnrollment(context, payerId, body));
  }

  @Get(':payerId/enrollments')
  @Allow(...ANY_ROLE)
  async enrollments(@Ctx() context: RequestContext, @Param('payerId', new ParseUUIDPipe()) payerId: string) {
    return (await this.payers.enrollments(context, payerId)).map(enrollmentView);
  }
}

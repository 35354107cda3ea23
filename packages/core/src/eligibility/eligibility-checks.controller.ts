import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { ELIGIBILITY_METHODS, ELIGIBILITY_OUTCOMES, type EligibilityCheck } from './eligibility-check.entity';
import { EligibilityService } from './eligibility.service';
import { EligibilityRunner } from './run/eligibility-runner.service';

const isoDate = z.iso.date().describe('calendar date, YYYY-MM-DD');
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

class RecordEligibilityDto extends createZodDto(
  z.object({
    coverageId: z.uuid().describe("the patient's coverage checked"),
    asOfDate: isoDate.describe('the date of service checked'),
    method: z.enum(ELIGIBILITY_METHODS).describe('how it was checked'),
    outcome: z.enum(ELIGIBILITY_OUTCOMES).describe('what was found'),
    checkedAt: z.iso.datetime({ offset: true }).optional().describe('when it was checked (default: now), ISO 8601 timestamp'),
    planBegin: isoDate.optional().describe('plan begin date'),
    planEnd: isoDate.optional().describe('plan end date'),
    copayCents: cents.optional().describe('copay in cents'),
    coinsuranceBasisPoints: z.number().int().min(0).max(10_000).optional().describe('coinsurance in basis points (20% = 2000)'),
    deductibleRemainingCents: cents.optional().describe('deductible remaining in cents'),
    outOfPocketRemainingCents: cents.optional().describe('out-of-pocket remaining in cents'),
    referenceNumber: z.string().trim().min(1).max(50).optional().describe("the payer's call reference or trace number"),
    notes: z.string().trim().min(1).max(2000).optional(),
  }),
) {}

class ListEligibilityDto extends createZodDto(
  listQuerySchema.extend({
    coverageId: z.uuid().optional().describe('only checks of this coverage'),
    asOfDate: isoDate.optional().describe('only checks for this date of service'),
  }),
) {}

/** An eligibility result as the API shows it. */
function toView(check: EligibilityCheck) {
  return {
    id: check.id,
    patientId: check.patientId,
    coverageId: check.coverageId,
    asOfDate: check.asOfDate,
    checkedAt: check.checkedAt.toISOString(),
    checkedBy: check.checkedBy,
    method: check.method,
    outcome: check.outcome,
    planBegin: check.planBegin,
    planEnd: check.planEnd,
    copayCents: check.copayCents,
    coinsuranceBasisPoints: check.coinsuranceBasisPoints,
    deductibleRemainingCents: check.deductibleRemainingCents,
    outOfPocketRemainingCents: check.outOfPocketRemainingCents,
    referenceNumber: check.referenceNumber,
    notes: check.notes,
    encounterId: check.encounterId,
    source: check.source,
    messages: check.messages,
  };
}

class RunEligibilityDto extends createZodDto(
  z.object({
    coverageId: z.uuid().describe("the patient's coverage to check"),
    asOfDate: isoDate.describe('the date of service to check'),
    encounterId: z.uuid().optional().describe('the visit checked for; its billing provider asks'),
    providerId: z.uuid().optional().describe('the provider asking, when no encounter is given'),
  }),
) {}

const WRITE_ROLES = ['front-desk', 'manager', 'admin'] as const;

@ApiTags('eligibility')
@Controller('organizations/:organizationId/patients/:patientId/eligibility-checks')
export class EligibilityChecksController {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly runner: EligibilityRunner,
  ) {}

  /**
   * Checks the coverage now through the payer's eligibility plugin and records the answer (201); an answer still in
   * progress is followed up by a job (202 with the network's reference).
   */
  @Post('run')
  @Allow(...WRITE_ROLES, 'biller')
  async run(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Body() body: RunEligibilityDto, @Res({ passthrough: true }) response: Response) {
    const outcome = await this.runner.run(context, { ...body, patientId });
    if (outcome.status === 'pending') {
      response.status(202);
      return { status: 'pending', reference: outcome.reference, followUpJobId: outcome.jobId };
    }
    return { status: 'recorded', check: toView(outcome.check) };
  }

  /** Records an eligibility result checked by phone, portal or clearinghouse, by the signed-in user. */
  @Post()
  @Allow(...WRITE_ROLES)
  async record(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Body() body: RecordEligibilityDto) {
    const { checkedAt, ...rest } = body;
    return toView(await this.eligibility.record(context, { ...rest, patientId, ...(checkedAt === undefined ? {} : { checkedAt: new Date(checkedAt) }) }));
  }

  /** The patient's eligibility results, newest check first by default. Sort by checkedAt, asOfDate. */
  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Query() query: ListEligibilityDto) {
    const page = await this.eligibility.list(context, patientId, query);
    return { ...page, items: page.items.map(toView) };
  }
}

import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { EligibilitySweep } from './run/eligibility-sweep';

class SweepDto extends createZodDto(
  z.object({
    fromDate: z.iso.date().describe('first date of service swept, YYYY-MM-DD'),
    toDate: z.iso.date().describe('last date of service swept (inclusive), at most 31 days after fromDate'),
  }),
) {}

/** Runs the eligibility sweep now (it also runs daily for tomorrow's visits in processes that run jobs). */
@ApiTags('eligibility')
@Controller('organizations/:organizationId/eligibility-sweeps')
export class EligibilitySweepsController {
  constructor(private readonly sweep: EligibilitySweep) {}

  /** Queues a check of every scheduled visit in the range whose coverage was not checked recently; answers what it queued. */
  @Post()
  @HttpCode(200)
  @Allow('front-desk', 'manager', 'admin')
  async run(@Ctx() context: RequestContext, @Body() body: SweepDto) {
    const days = (Date.parse(body.toDate) - Date.parse(body.fromDate)) / 86_400_000;
    if (days < 0 || days > 31) throw new ValidationError([{ field: 'toDate', message: 'on or after fromDate, at most 31 days later' }]);
    return this.sweep.sweep(context, body);
  }
}

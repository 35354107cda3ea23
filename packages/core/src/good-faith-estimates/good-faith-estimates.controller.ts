import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext, Role } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { GoodFaithEstimateService, type CheckedEstimate } from './good-faith-estimate.service';

const STAFF: Role[] = ['front-desk', 'biller', 'ar', 'manager', 'admin'];

class GoodFaithEstimateDto extends createZodDto(
  z.object({
    estimatedCents: z.number().int().min(0).describe('The expected charges, in cents'),
    issuedOn: z.iso.date(),
    servicesFrom: z.iso.date(),
    servicesTo: z.iso.date(),
    description: z.string().trim().min(1).max(2000).describe('The services the estimate lists'),
  }),
) {}

/** Good-faith estimates of self-pay patients, each checked against the bill (No Surprises Act). */
@ApiTags('good-faith-estimates')
@Controller('organizations/:organizationId/patients/:patientId/good-faith-estimates')
export class GoodFaithEstimatesController {
  constructor(private readonly estimates: GoodFaithEstimateService) {}

  @Get()
  @Allow(...STAFF)
  @ApiOperation({ summary: 'The patient’s good-faith estimates, each with the bill against it and whether a dispute may be started' })
  async list(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string) {
    return { items: (await this.estimates.ofPatient(context, patientId)).map(estimateView) };
  }

  @Post()
  @Allow(...STAFF)
  @ApiOperation({ summary: 'Records a good-faith estimate given to a self-pay patient' })
  async record(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Body() body: GoodFaithEstimateDto) {
    return estimateView(await this.estimates.record(context, patientId, body));
  }
}

function estimateView({ estimate, check }: CheckedEstimate) {
  const { id, patientId, estimatedCents, issuedOn, servicesFrom, servicesTo, description, createdBy, createdAt } = estimate;
  return { id, patientId, estimatedCents, issuedOn, servicesFrom, servicesTo, description, createdBy, createdAt, ...check };
}

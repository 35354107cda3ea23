import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext, Role } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import type { AssistanceApplication } from './assistance-application.entity';
import { AssistanceService } from './assistance.service';

const STAFF: Role[] = ['front-desk', 'biller', 'ar', 'manager', 'admin'];

class ApplyDto extends createZodDto(z.object({ note: z.string().trim().min(1).max(2000).optional() })) {}
class DecideDto extends createZodDto(
  z.object({
    decision: z.enum(['approved', 'denied']),
    discountPercent: z.number().int().min(1).max(100).optional().describe('Required when approved: the share of what the patient owes today that is written off'),
    note: z.string().trim().min(1).max(2000).describe('Why: the policy tier, the income evidence, the reason for a denial'),
  }).refine((body) => body.decision === 'denied' || body.discountPercent !== undefined, { path: ['discountPercent'], message: 'required when the application is approved' }),
) {}

/** Financial-assistance applications: opened (statements held), approved with a discount written off, or denied. */
@ApiTags('financial-assistance')
@Controller('organizations/:organizationId')
export class AssistanceController {
  constructor(private readonly assistance: AssistanceService) {}

  @Get('patients/:patientId/financial-assistance')
  @Allow(...STAFF)
  @ApiOperation({ summary: 'The patient’s financial-assistance applications, newest first' })
  async list(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string) {
    return { items: (await this.assistance.ofPatient(context, patientId)).map(applicationView) };
  }

  @Post('patients/:patientId/financial-assistance')
  @Allow(...STAFF)
  @ApiOperation({ summary: 'Records an application: the account gets no statement until it is decided' })
  async apply(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Body() body: ApplyDto) {
    return applicationView(await this.assistance.apply(context, patientId, body.note ?? null));
  }

  @Post('financial-assistance/:applicationId/decision')
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'Approves an application with a discount (written off what the patient owes today) or denies it' })
  async decide(@Ctx() context: RequestContext, @Param('applicationId', new ParseUUIDPipe()) applicationId: string, @Body() body: DecideDto) {
    const decision = body.decision === 'approved' ? { decision: 'approved' as const, discountPercent: body.discountPercent as number, note: body.note } : { decision: 'denied' as const, note: body.note };
    return applicationView(await this.assistance.decide(context, applicationId, decision));
  }
}

function applicationView(application: AssistanceApplication) {
  const { id, patientId, state, note, discountPercent, discountCents, decisionNote, decidedBy, decidedOn, createdBy, createdAt } = application;
  return { id, patientId, state, note, discountPercent, discountCents, decisionNote, decidedBy, decidedOn, createdBy, createdAt };
}

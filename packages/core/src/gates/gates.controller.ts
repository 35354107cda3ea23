import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, type RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { GATE_CHANGE_SUBJECTS } from './gate-change.entity';
import { GateHistoryService } from './gate-history.service';
import { GatePolicyService } from './gate-policy.service';

class SetGatePolicyDto extends createZodDto(
  z.object({
    policy: z.enum(['enforce', 'exception', 'off']).describe('enforce: block; exception: pass only with an owner and a reason; off: not run'),
    ownerRole: z.enum(ROLES).optional().describe("the role that owns the check (gets its upstream-defect work items); default manager"),
    ownerUserId: z.uuid().optional().describe('the member who owns the check, instead of or besides a role'),
  }),
) {}

class GateSettingsDto extends createZodDto(
  z.object({
    defectWindowDays: z.number().int().min(1).max(365).describe('stop the line when a check fails for a second record within this many days (default 30)'),
  }),
) {}

class GateHistoryQueryDto extends createZodDto(
  listQuerySchema.extend({
    subject: z.enum(GATE_CHANGE_SUBJECTS).optional().describe("check: a check's policy and owner; settings: the stop-the-line window"),
    check: z.string().trim().min(1).optional().describe('only the changes of this check'),
    sort: z.string().trim().min(1).optional().describe('at; prefix - for descending (default -at, newest first)'),
  }),
) {}

/** The gates of the workflows: each check's policy and owner per organization, and the stop-the-line window. */
@ApiTags('gates')
@Controller('organizations/:organizationId')
export class GatesController {
  constructor(
    private readonly gates: GatePolicyService,
    private readonly history: GateHistoryService,
  ) {}

  @Get('gates')
  @Allow(...ANY_ROLE)
  list(@Ctx() context: RequestContext) {
    return this.gates.list(context);
  }

  /** Who changed a check's policy and owner or the gate settings, when, and the value before and after (newest first). */
  @Get('gates/history')
  @Allow(...ANY_ROLE)
  changes(@Ctx() context: RequestContext, @Query() query: GateHistoryQueryDto) {
    const { subject, check, ...page } = query;
    return this.history.list(context, { ...(subject && { subject }), ...(check && { check }) }, page);
  }

  @Put('gates/:check')
  @Allow('admin')
  set(@Ctx() context: RequestContext, @Param('check') check: string, @Body() body: SetGatePolicyDto) {
    return this.gates.set(context, check, body);
  }

  @Get('gate-settings')
  @Allow(...ANY_ROLE)
  settings(@Ctx() context: RequestContext) {
    return this.gates.settings(context);
  }

  @Put('gate-settings')
  @Allow('admin')
  setSettings(@Ctx() context: RequestContext, @Body() body: GateSettingsDto) {
    return this.gates.setSettings(context, body);
  }
}

import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, type RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
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

/** The gates of the workflows: each check's policy and owner per organization, and the stop-the-line window. */
@ApiTags('gates')
@Controller('organizations/:organizationId')
export class GatesController {
  constructor(private readonly gates: GatePolicyService) {}

  @Get('gates')
  @Allow(...ANY_ROLE)
  list(@Ctx() context: RequestContext) {
    return this.gates.list(context);
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

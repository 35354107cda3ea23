import { MikroORM } from '@mikro-orm/core';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { dashboardCounts } from './dashboard.query';

/** The counts of the admin app's dashboard (no patient data: counts only). */
@ApiTags('dashboard')
@Controller('organizations/:organizationId/dashboard')
export class DashboardController {
  constructor(private readonly orm: MikroORM) {}

  @Get()
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Claims by state and open work items by kind and category' })
  counts(@Ctx() context: RequestContext) {
    return dashboardCounts(currentEntityManager(this.orm), context.organizationId);
  }
}

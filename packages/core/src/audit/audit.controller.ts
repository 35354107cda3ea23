import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import type { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';

class AuditQueryDto extends createZodDto(
  listQuerySchema.extend({
    patientId: z.uuid().optional(),
    actorId: z.string().max(100).optional(),
    from: z.iso.datetime().optional().describe('inclusive, UTC'),
    to: z.iso.datetime().optional().describe('exclusive, UTC'),
    sort: z.string().trim().min(1).optional().describe('at; prefix - for descending (default -at, the newest first)'),
  }),
) {}

@ApiTags('audit')
@Controller('organizations/:organizationId/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Who read or changed patient data: by patient, actor and time. */
  @Get()
  @Allow('manager', 'admin')
  async search(@Ctx() context: RequestContext, @Query() query: AuditQueryDto) {
    const { limit, sort, after } = query;
    const filters = {
      ...(query.patientId ? { patientId: query.patientId } : {}),
      ...(query.actorId ? { actorId: query.actorId } : {}),
      ...(query.from ? { from: new Date(query.from) } : {}),
      ...(query.to ? { to: new Date(query.to) } : {}),
    };
    return this.audit.search(context, filters, { limit, sort, after }, toView);
  }
}

function toView(event: AuditEvent) {
  return {
    id: event.id,
    at: event.at.toISOString(),
    actorType: event.actorType,
    actorId: event.actorId,
    action: event.action,
    recordType: event.recordType,
    recordId: event.recordId,
    patientId: event.patientId,
    ip: event.ip,
    correlationId: event.correlationId,
  };
}

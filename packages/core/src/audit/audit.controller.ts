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
  listQuerySchema
    .extend({
      patientId: z.uuid().optional(),
      actorId: z.string().max(100).optional().describe('a user id, an API key id or a plugin id'),
      from: z.iso.datetime().transform((value) => new Date(value)).optional().describe('inclusive, UTC'),
      to: z.iso.datetime().transform((value) => new Date(value)).optional().describe('exclusive, UTC'),
      sort: z.string().trim().min(1).optional().describe('at; prefix - for descending (default -at, the newest first)'),
    })
    .refine((query) => !query.from || !query.to || query.from < query.to, { path: ['to'], message: 'must be after from' }),
) {}

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

@ApiTags('audit')
@Controller('organizations/:organizationId/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Who read or changed patient data: by patient, actor and time, a page at a time. */
  @Get()
  @Allow('manager', 'admin')
  search(@Ctx() context: RequestContext, @Query() query: AuditQueryDto) {
    return this.audit.search(context, query, toView);
  }
}

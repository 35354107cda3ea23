import { Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { Allow } from '../auth/route-policy';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import type { JobRecord } from './job-record.entity';
import { JOB_STATUSES, JobQueue } from './job-queue.service';

class ListJobsDto extends createZodDto(
  listQuerySchema.extend({
    status: z.enum(JOB_STATUSES).optional(),
    sort: z.string().trim().min(1).optional().describe('createdAt, runAt; prefix - for descending (default -createdAt)'),
  }),
) {}

function toDto(job: JobRecord) {
  return {
    id: job.id,
    name: job.name,
    status: job.status,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    lastError: job.lastError,
    runAt: job.runAt.toISOString(),
    createdAt: job.createdAt.toISOString(),
    completedAt: job.completedAt?.toISOString() ?? null,
  };
}

@ApiTags('jobs')
@Controller('organizations/:organizationId/jobs')
export class JobsController {
  constructor(private readonly jobs: JobQueue) {}

  @Get()
  @Allow('admin', 'manager')
  async list(@Ctx() context: RequestContext, @Query() query: ListJobsDto) {
    const { limit, sort, after, status } = query;
    return this.jobs.list(context, status, { limit, sort, after }, toDto);
  }

  @Post(':jobId/retry')
  @Allow('admin', 'manager')
  async retry(@Ctx() context: RequestContext, @Param('jobId', new ParseUUIDPipe()) jobId: string) {
    return toDto(await this.jobs.retry(context, jobId));
  }
}

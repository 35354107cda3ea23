import { Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import type { JobRecord } from './job-record.entity';
import { JobQueue } from './job-queue.service';

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
  @ApiQuery({ name: 'status', required: false, enum: ['queued', 'running', 'completed', 'failed'] })
  async list(@Ctx() context: RequestContext, @Query('status') status?: string) {
    return (await this.jobs.list(context, status)).map(toDto);
  }

  @Post(':jobId/retry')
  @Allow('admin', 'manager')
  async retry(@Ctx() context: RequestContext, @Param('jobId', new ParseUUIDPipe()) jobId: string) {
    return toDto(await this.jobs.retry(context, jobId));
  }
}

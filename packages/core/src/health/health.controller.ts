import { MikroORM } from '@mikro-orm/core';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/route-policy';
import { JOB_DRIVER, type JobDriver } from '../jobs/drivers/job-driver';

type Check = { status: 'up' } | { status: 'down'; error: string };

async function check(probe: () => Promise<unknown>): Promise<Check> {
  try {
    await probe();
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly orm: MikroORM,
    @Inject(JOB_DRIVER) private readonly driver: JobDriver,
  ) {}

  /** The process is up. */
  @Get('live')
  @Public()
  live() {
    return { status: 'up' };
  }

  /** The process can serve: the database answers and, with Redis configured, Redis too. */
  @Get('ready')
  @Public()
  async ready(@Res({ passthrough: true }) response: Response) {
    const checks: Record<string, Check> = { database: await check(async () => {
      const connection = await this.orm.checkConnection();
      if (!connection.ok) throw new Error(connection.reason);
    }) };
    if (this.driver.kind === 'bull') checks['redis'] = await check(() => this.driver.ping());
    const ready = Object.values(checks).every((result) => result.status === 'up');
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ready ? 'up' : 'down', checks };
  }
}

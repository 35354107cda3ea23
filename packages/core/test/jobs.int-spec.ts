import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobHandlerRegistry } from '../src/jobs/job-handler-registry';
import { OrganizationService } from '../src/organizations/organization.service';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { JobQueue } from '../src/jobs/job-queue.service';
import { JobRunner } from '../src/jobs/job-runner';
import { BullJobDriver } from '../src/jobs/drivers/bull.driver';
import { JOB_DRIVER, type JobDriver } from '../src/jobs/drivers/job-driver';
import { systemContext } from '@openrcm/sdk';
import { eventually, startTestServer, testConfig } from './support/test-app';
import { testDatabaseConfig } from './support/test-database';
import type { CoreConfig } from '../src/config/core-config';

const usingBull = Boolean(process.env['REDIS_URL']);

/** Where the `slow-effect` job has got to. */
const slowJob = { started: false, finished: false };

/** Whether the fake payer behind `call-payer` answers. */
let payerUp = false;

/** Registers the test jobs: `record-effect` inserts one row per run, `call-payer` throws while the payer is down. */
function registerTestJobs(app: INestApplication): void {
  const registry = app.get(JobHandlerRegistry);
  const em = app.get(EntityManager);
  registry.register('record-effect', async (_context, payload) => {
    const { key } = payload as { key: string };
    await em.execute('insert into test_effect (key) values (?)', [key]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  registry.register('slow-effect', async (_context, payload) => {
    const { key } = payload as { key: string };
    slowJob.started = true;
    await new Promise((resolve) => setTimeout(resolve, 800));
    slowJob.finished = true;
    await em.execute('insert into test_effect (key) values (?)', [key]);
  });
  registry.register('call-payer', async () => {
    if (!payerUp) throw new Error('the payer endpoint refused the request');
  });
}

async function effects(app: INestApplication, key: string): Promise<number> {
  const rows: { count: string | number }[] = await app.get(MikroORM).em.fork().getConnection().execute('select count(*) as count from test_effect where key = ?', [key]);
  return Number(rows[0]?.count);
}

async function createOrganization(app: INestApplication): Promise<string> {
  const organization = await app.get(OrganizationService).create({ actor: { type: 'system', id: 'test' }, roles: [], correlationId: 'test' }, { name: 'Jobs Clinic', timeZone: 'America/Chicago' });
  return organization.id;
}

describe(`jobs on the ${usingBull ? 'Bull (Redis)' : 'in-process'} driver`, () => {
  let dataDir: string | undefined;
  let database: CoreConfig['database'];

  beforeAll(async () => {
    if (process.env['DATABASE_URL']) {
      database = await testDatabaseConfig();
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'openrcm-jobs-'));
      database = { dataDir, migrateOnBoot: true };
    }
  });

  afterAll(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(work: boolean): Promise<INestApplication> {
    const app = await startTestServer(await testConfig({ database, jobs: { work, defaultMaxAttempts: 3 } }));
    await app.get(EntityManager).fork().execute('create table if not exists test_effect (id serial primary key, key text not null)');
    registerTestJobs(app);
    return app;
  }

  it('keeps a job enqueued while no worker runs, and runs it once a worker starts', async () => {
    const api = await start(false);
    const organizationId = await createOrganization(api);
    const context = systemContext(organizationId, 'test-1');
    const { id } = await api.get(JobQueue).enqueue(context, 'record-effect', { key: 'offline' }, { idempotencyKey: 'offline-1' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await api.get(JobQueue).get(context, id)).status).toBe('queued');
    expect(await effects(api, 'offline')).toBe(0);
    await api.close();

    const worker = await start(true);
    try {
      await eventually(async () => ((await worker.get(JobQueue).get(context, id)).status === 'completed' ? true : undefined));
      expect(await effects(worker, 'offline')).toBe(1);
    } finally {
      await worker.close();
    }
  });

  it('finishes a running job before shutting down', async () => {
    const app = await start(true);
    const organizationId = await createOrganization(app);
    const context = systemContext(organizationId, 'test-shutdown');
    const { id } = await app.get(JobQueue).enqueue(context, 'slow-effect', { key: 'shutdown' }, { idempotencyKey: 'slow-1' });
    await eventually(async () => (slowJob.started ? true : undefined));
    expect(slowJob.finished).toBe(false);
    await app.close();
    expect(slowJob.finished).toBe(true);

    const reopened = await start(false);
    try {
      expect(await effects(reopened, 'shutdown')).toBe(1);
      expect((await reopened.get(JobQueue).get(context, id)).status).toBe('completed');
    } finally {
      await reopened.close();
    }
  });

  describe('with a worker', () => {
    let app: INestApplication;
    let organizationId: string;
    let admin: SignedInSession;

    beforeAll(async () => {
      app = await start(true);
      admin = await signInAsNewAdmin(app);
      organizationId = admin.organizationId;
    });

    afterAll(async () => {
      await app.close();
    });

    it('applies the effect once when the same job is enqueued twice and delivered again', async () => {
      const context = systemContext(organizationId, 'test-2');
      const queue = app.get(JobQueue);
      const first = await queue.enqueue(context, 'record-effect', { key: 'once' }, { idempotencyKey: 'once-1' });
      const second = await queue.enqueue(context, 'record-effect', { key: 'once' }, { idempotencyKey: 'once-1' });
      expect(second).toEqual({ id: first.id, created: false });

      // Forced redelivery: the same job handed over again, concurrently, beside the normal dispatch.
      const driver = app.get<JobDriver>(JOB_DRIVER);
      if (driver instanceof BullJobDriver) {
        await driver.queue.add({ jobId: first.id }, { jobId: `${first.id}:forced-a` });
        await driver.queue.add({ jobId: first.id }, { jobId: `${first.id}:forced-b` });
      }
      const runner = app.get(JobRunner);
      const outcomes = await Promise.all([runner.run(first.id), runner.run(first.id)]);
      expect(outcomes.filter((outcome) => outcome === 'completed').length).toBeLessThanOrEqual(1);
      await eventually(async () => ((await queue.get(context, first.id)).status === 'completed' ? true : undefined));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await effects(app, 'once')).toBe(1);
      expect(await runner.run(first.id)).toBe('skipped');
      expect(await effects(app, 'once')).toBe(1);
    });

    it('retries a failing job with backoff, lists it as failed, and retries it on request', async () => {
      const context = systemContext(organizationId, 'test-3');
      const queue = app.get(JobQueue);
      const { id } = await queue.enqueue(context, 'call-payer', {}, { idempotencyKey: 'call-1' });
            const failed = await eventually(async () => {
        const response = await admin.agent.get(`/api/organizations/${organizationId}/jobs?status=failed`).expect(200);
        return response.body.items.find((job: { id: string }) => job.id === id);
      });
      expect(failed).toMatchObject({ name: 'call-payer', status: 'failed', attempts: 3, maxAttempts: 3 });
      expect(failed.lastError).toBe('Error: the payer endpoint refused the request');

      const events: { name: string }[] = await app.get(MikroORM).em.fork().getConnection()
        .execute(`select name from outbox_event where organization_id = ? and name = 'job.failed'`, [organizationId]);
      expect(events).toHaveLength(1);

      payerUp = true;
      const retried = await admin.agent.post(`/api/organizations/${organizationId}/jobs/${id}/retry`).set('x-csrf-token', admin.csrf).expect(201);
      expect(retried.body).toMatchObject({ status: 'queued', attempts: 0 });
      await eventually(async () => ((await queue.get(context, id)).status === 'completed' ? true : undefined));
      expect((await queue.get(context, id)).attempts).toBe(1);
      await admin.agent.post(`/api/organizations/${organizationId}/jobs/${id}/retry`).set('x-csrf-token', admin.csrf).expect(409);
      await admin.agent.post(`/api/organizations/${organizationId}/jobs/not-a-uuid/retry`).set('x-csrf-token', admin.csrf).expect(400);
      await admin.agent.get(`/api/organizations/${organizationId}/jobs?status=broken`).expect(400);
    });
  });
});

import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

/** The dashboard's counts on a hand-made set: claims in three states and work items in several queues and states. */
describe('dashboard', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);

  async function claimIn(organizationId: string, state: string): Promise<void> {
    await rows(
      `insert into claim (id, organization_id, created_at, encounter_id, patient_id, coverage_id, payer_record_id, coverage_order, patient_control_number, total_charge_cents, state, date_of_service, snapshot, updated_at)
       values (?, ?, now(), ?, ?, ?, ?, 'primary', ?, 10000, ?, '2026-11-02', '{}', now())`,
      [randomUUID(), organizationId, randomUUID(), randomUUID(), randomUUID(), randomUUID(), `PCN${Math.random().toString(36).slice(2, 12)}`, state],
    );
  }

  async function workItemIn(organizationId: string, kind: string, category: string | null, state: string): Promise<void> {
    await rows(
      `insert into work_item (id, organization_id, created_at, kind, title, category, record_type, record_id, owner_role, priority, state, opened_by, updated_at)
       values (?, ?, now(), ?, 'hand-made', ?, 'claim', ?, 'biller', 1, ?, 'system', now())`,
      [randomUUID(), organizationId, kind, category, randomUUID(), state],
    );
  }

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    const organizationId = admin.organizationId;
    for (const state of ['draft', 'draft', 'draft', 'submitted', 'denied', 'denied']) await claimIn(organizationId, state);
    await workItemIn(organizationId, 'denial', 'coding', 'open');
    await workItemIn(organizationId, 'denial', 'coding', 'assigned');
    await workItemIn(organizationId, 'denial', 'coding', 'resolved');
    await workItemIn(organizationId, 'denial', 'eligibility', 'waiting-on-payer');
    await workItemIn(organizationId, 'follow-up', null, 'in-progress');
    await workItemIn(organizationId, 'follow-up', null, 'closed');
    await workItemIn(organizationId, 'exception', 'registration-complete', 'open');
    // Another organization's rows never count.
    const other = await signInAsNewAdmin(app);
    await claimIn(other.organizationId, 'draft');
    await workItemIn(other.organizationId, 'denial', 'coding', 'open');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('counts claims by state and open work items by kind and category, for the organization only', async () => {
    const { body } = await admin.agent.get(`${base}/dashboard`).expect(200);
    expect(body).toEqual({
      claimsByState: [
        { state: 'denied', claims: 2 },
        { state: 'draft', claims: 3 },
        { state: 'submitted', claims: 1 },
      ],
      openWorkItems: [
        { kind: 'denial', category: 'coding', items: 2 },
        { kind: 'denial', category: 'eligibility', items: 1 },
        { kind: 'exception', category: 'registration-complete', items: 1 },
        { kind: 'follow-up', category: null, items: 1 },
      ],
    });
  });

  it("lists the same open items the dashboard counts with the work items' active filter", async () => {
    const list = (query: Record<string, string>) => admin.agent.get(`${base}/work-items`).query(query).expect(200);
    expect((await list({ kind: 'denial', category: 'coding', active: 'true' })).body.total).toBe(2);
    expect((await list({ kind: 'denial', category: 'coding', active: 'false' })).body.total).toBe(1);
    expect((await list({ kind: 'follow-up', active: 'false', state: 'closed' })).body.total).toBe(1);
    expect((await list({ kind: 'follow-up', active: 'true', state: 'closed' })).body.total).toBe(0);
    expect((await list({ active: 'false', overdue: 'true' })).body.total).toBe(0);
    expect((await list({ kind: 'follow-up', uncategorized: 'true', active: 'true' })).body.total).toBe(1);
    expect((await list({ kind: 'denial', uncategorized: 'true' })).body.total).toBe(0);
    const both = await admin.agent.get(`${base}/work-items`).query({ category: 'coding', uncategorized: 'true' }).expect(400);
    expect(both.body.errors).toEqual([{ field: 'uncategorized', message: 'not with category: an item has one category or none' }]);
    const bad = await admin.agent.get(`${base}/work-items`).query({ active: 'yes' }).expect(400);
    expect(bad.body.errors[0].field).toBe('active');
  });

  it("does not answer a user of another organization (404)", async () => {
    const stranger = await signInAsNewAdmin(app);
    await stranger.agent.get(`${base}/dashboard`).expect(404);
  });
});

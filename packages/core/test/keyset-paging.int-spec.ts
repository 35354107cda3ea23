import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import { BulkRows } from '../src/persistence/bulk-rows';
import { WorkItem } from '../src/work-items/work-item.entity';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

/** Keyset paging of lists, on the work items: many rows share each sort value, so ties decide the pages. */
describe('keyset paging', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;
  const denials: string[] = [];
  const all: string[] = [];

  const list = (query: Record<string, string | number>) => admin.agent.get(`${base}/work-items`).query(query);

  /** Every page of a list with `limit`, following nextCursor, checking each page's total and size. */
  async function walk(query: Record<string, string | number>, limit: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page = await list({ ...query, limit, ...(after ? { after } : {}) });
      expect(page.body.errors ?? []).toEqual([]);
      expect(page.body.limit).toBe(limit);
      expect(page.body.items.length).toBeLessThanOrEqual(limit);
      ids.push(...page.body.items.map((item: { id: string }) => item.id));
      after = page.body.nextCursor;
      if (after) expect(page.body.items).toHaveLength(limit);
    } while (after);
    return ids;
  }

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    const em = app.get(MikroORM).em.fork() as EntityManager;
    const bulk = new BulkRows(em);
    const createdAt = new Date('2026-11-02T09:00:00.000Z');
    const dueDates = ['2026-12-01', '2026-12-15', null];
    for (let index = 0; index < 37; index += 1) {
      const item = bulk.create(WorkItem, {
        organizationId: admin.organizationId,
        kind: index % 3 === 0 ? 'denial' : 'follow-up',
        title: `item ${index}`,
        recordType: 'claim',
        recordId: `claim-${index}`,
        ownerRole: 'ar',
        priority: index % 5 === 0 ? 'high' : 'normal',
        dueDate: dueDates[index % dueDates.length] ?? null,
        openedBy: 'system',
        // Most rows were opened in the same millisecond: only the id orders them.
        createdAt: index < 30 ? createdAt : new Date(createdAt.getTime() + index * 1000),
      });
      all.push(item.id);
      if (item.kind === 'denial') denials.push(item.id);
    }
    await bulk.insert();
  });

  afterAll(async () => {
    await app.close();
  });

  it.each(['-createdAt', 'dueDate', '-dueDate', 'priority,-dueDate', '-priority,createdAt'])('walks every row exactly once, in the order of one big page, sorted by %s', async (sort) => {
    const whole = await list({ sort, limit: 200 }).expect(200);
    expect(whole.body).toMatchObject({ total: all.length, nextCursor: null });
    const walked = await walk({ sort }, 4);
    expect(walked).toEqual(whole.body.items.map((item: { id: string }) => item.id));
    expect(new Set(walked).size).toBe(all.length);
    expect([...walked].sort()).toEqual([...all].sort());
  });

  it('combines filters with the cursor', async () => {
    const walked = await walk({ kind: 'denial', sort: 'dueDate' }, 3);
    expect([...walked].sort()).toEqual([...denials].sort());
    const first = await list({ kind: 'denial', limit: 3 }).expect(200);
    expect(first.body.total).toBe(denials.length);
  });

  it('refuses a tampered cursor and a cursor of another sort, naming after', async () => {
    const first = await list({ sort: 'dueDate', limit: 2 }).expect(200);
    const cursor: string = first.body.nextCursor;
    const tampered = await list({ sort: 'dueDate', limit: 2, after: `${cursor.slice(0, -3)}x!` }).expect(400);
    expect(tampered.body.errors).toEqual([{ field: 'after', message: 'not a cursor of this list; pass the nextCursor of the previous page' }]);
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { s: string; v: unknown[] };
    expect(decoded.s).toBe('dueDate:asc,createdAt:desc,id:asc');
    const doctored = Buffer.from(JSON.stringify({ ...decoded, v: [...decoded.v.slice(0, -1), 'not-a-uuid'] })).toString('base64url');
    const badValue = await list({ sort: 'dueDate', limit: 2, after: doctored }).expect(400);
    expect(badValue.body.errors).toEqual([{ field: 'after', message: "the cursor's id is not a UUID" }]);
    const otherSort = await list({ sort: '-dueDate', limit: 2, after: cursor }).expect(400);
    expect(otherSort.body.errors).toEqual([
      { field: 'after', message: 'the cursor was made for another sort (dueDate:asc,createdAt:desc,id:asc); this request sorts by dueDate:desc,createdAt:desc,id:asc. Start again without after' },
    ]);
  });
});

import type { EntityManager } from '@mikro-orm/postgresql';
import type { OpenArRow } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '../../src/persistence/database';
import type { AggregateTable } from '../../src/reporting/aggregates/aggregate-scope';
import { REPORTING_AGGREGATES_TABLE } from '../../src/reporting/aggregates/reporting-aggregates';
import { createReportingQuery, REPORTING_WORK_MEM } from '../../src/reporting/reporting-query';
import { testDatabaseConfig } from '../support/test-database';

/**
 * The reporting query API runs each aggregate in its own transaction, with the sort and hash memory reports need;
 * aggregates asked for together run side by side, except inside a caller's transaction, where they take turns.
 */
describe('reporting query API', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase(await testDatabaseConfig());
  }, 60_000);

  afterAll(async () => {
    await database?.close();
  });

  it(`gives each aggregate ${REPORTING_WORK_MEM} of work_mem, and leaves the connection's own setting as it was`, async () => {
    const em = database.orm.em.fork() as EntityManager;
    const workMem = async (on: EntityManager) => ((await on.execute<{ work_mem: string }[]>('show work_mem'))[0] as { work_mem: string }).work_mem;
    const before = await workMem(em);
    let during = '';
    const aggregates = {
      ...REPORTING_AGGREGATES_TABLE,
      'open-ar': async (tx: EntityManager): Promise<OpenArRow[]> => {
        during = await workMem(tx);
        return [];
      },
    } as AggregateTable;
    const query = createReportingQuery(em, { organizationId: randomUUID(), asOf: new Date(), timeZone: 'America/Chicago' }, aggregates);
    expect(await query.aggregate('open-ar', { agingBasis: 'service-date' })).toEqual([]);
    expect(during).toBe(REPORTING_WORK_MEM);
    expect(before).not.toBe(REPORTING_WORK_MEM);
    expect(await workMem(em)).toBe(before);
  });

  /** Two aggregates asked for together, each noting when it starts and ends and the backend process it ran on. */
  async function askTogether(em: EntityManager): Promise<{ events: string[]; pids: Set<number> }> {
    const events: string[] = [];
    const pids = new Set<number>();
    const aggregate = (name: string) => async (tx: EntityManager): Promise<[]> => {
      events.push(`${name} starts`);
      const [row] = await tx.execute<{ pid: number }[]>('select pg_backend_pid() as pid');
      pids.add(Number(row?.pid));
      await new Promise((resolve) => setTimeout(resolve, 500));
      events.push(`${name} ends`);
      return [];
    };
    const aggregates = { ...REPORTING_AGGREGATES_TABLE, 'open-ar': aggregate('open-ar'), 'claim-list': aggregate('claim-list') } as AggregateTable;
    const query = createReportingQuery(em, { organizationId: randomUUID(), asOf: new Date(), timeZone: 'America/Chicago' }, aggregates);
    await Promise.all([
      query.aggregate('open-ar', { agingBasis: 'service-date' }),
      query.aggregate('claim-list', { from: '2026-01-01', to: '2026-01-31', cohort: 'adjudicated' }),
    ]);
    return { events, pids };
  }

  it('runs aggregates asked for together side by side on connections of their own (PostgreSQL; the embedded database has one)', async () => {
    const { events, pids } = await askTogether(database.orm.em.fork() as EntityManager);
    if (database.kind === 'pglite') {
      expect(events).toEqual(['open-ar starts', 'open-ar ends', 'claim-list starts', 'claim-list ends']);
    } else {
      expect(events.slice(0, 2)).toEqual(['open-ar starts', 'claim-list starts']);
      expect(pids.size).toBe(2);
    }
  });

  it('lets aggregates asked for together inside a caller’s transaction take turns on its connection', async () => {
    const { events, pids } = await database.orm.em.fork().transactional((tx) => askTogether(tx as EntityManager));
    expect(events).toEqual(['open-ar starts', 'open-ar ends', 'claim-list starts', 'claim-list ends']);
    expect(pids.size).toBe(1);
  });
});

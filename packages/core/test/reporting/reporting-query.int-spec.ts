import type { EntityManager } from '@mikro-orm/postgresql';
import type { OpenArRow } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '../../src/persistence/database';
import type { AggregateTable } from '../../src/reporting/aggregates/aggregate-scope';
import { REPORTING_AGGREGATES_TABLE } from '../../src/reporting/aggregates/reporting-aggregates';
import { createReportingQuery, REPORTING_WORK_MEM } from '../../src/reporting/reporting-query';
import { testDatabaseConfig } from '../support/test-database';

/** The reporting query API runs each aggregate in its own transaction, with the sort and hash memory reports need. */
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
});

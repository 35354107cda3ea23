import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import { queryAll } from '../src/persistence/query-all';
import { startTestServer, testConfig } from './support/test-app';

/** queryAll: queries side by side outside a transaction, one at a time on a transaction's single connection. */
describe('queryAll', () => {
  let app: INestApplication;
  let em: EntityManager;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    em = app.get(MikroORM).em.fork() as EntityManager;
  });

  afterAll(async () => {
    await app.close();
  });

  /** Two queries that each take 50 ms, logging when each starts and ends. */
  function loggedQueries(on: EntityManager, log: string[]) {
    const query = (name: string, value: number) => async () => {
      log.push(`${name} starts`);
      const [row] = await on.execute<{ value: number }[]>('select ?::int as value from pg_sleep(0.05)', [value]);
      log.push(`${name} ends`);
      return row?.value;
    };
    return [query('first', 1), query('second', 2)] as const;
  }

  it('runs the queries one after the other inside a transaction, results in order', async () => {
    const log: string[] = [];
    const results = await em.transactional((tx) => queryAll(tx, loggedQueries(tx as EntityManager, log)));
    expect(results).toEqual([1, 2]);
    expect(log).toEqual(['first starts', 'first ends', 'second starts', 'second ends']);
  });

  it('runs them side by side outside a transaction, results in order', async () => {
    const log: string[] = [];
    const results = await queryAll(em, loggedQueries(em, log));
    expect(results).toEqual([1, 2]);
    expect(log.slice(0, 2)).toEqual(['first starts', 'second starts']);
  });
});

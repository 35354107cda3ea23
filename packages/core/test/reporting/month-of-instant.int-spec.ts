import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../src/persistence/database';
import { monthOfInstant } from '../../src/reporting/aggregates/sql-fragments';
import { testDatabaseConfig } from '../support/test-database';

/**
 * `monthOfInstant` finds an instant's month by a binary search among the first instants of the period's months; it
 * must agree with converting the instant to the zone (`at time zone`) for every instant of the period: every 37
 * minutes, and each midnight and the microsecond before it, across month ends and daylight-saving changes (Chicago's
 * one-hour shifts, Lord Howe's half-hour ones) and in zones far from UTC.
 */
describe('monthOfInstant', () => {
  const from = '2026-02-26';
  const to = '2026-11-03';

  it.each(['America/Chicago', 'Australia/Lord_Howe', 'Etc/GMT-14', 'Etc/GMT+12', 'UTC'])('agrees with at time zone in %s', async (timeZone) => {
    const database = await openDatabase(await testDatabaseConfig({ empty: true }));
    try {
      const em = database.orm.em.fork() as EntityManager;
      const month = monthOfInstant('i', from, to, { organizationId: randomUUID(), asOf: new Date(), timeZone });
      const [result] = await em.execute<{ instants: string; wrong: string; months: string }[]>(
        `with instants as (
           select i from generate_series((?::date::timestamp at time zone ?), ((?::date + 1)::timestamp at time zone ?) - interval '1 microsecond', interval '37 minutes') i
           union all
           select (d at time zone ?) + o from generate_series((?::date + 1)::timestamp, ?::date::timestamp, interval '1 day') d
             cross join (values (interval '0'), (interval '-1 microsecond')) as offsets(o))
         select count(*)::text as instants,
                count(*) filter (where ${month.sql} is distinct from to_char(i at time zone ?, 'YYYY-MM'))::text as wrong,
                count(distinct ${month.sql})::text as months
           from instants`,
        [from, timeZone, to, timeZone, timeZone, from, to, ...month.bindings, timeZone, ...month.bindings],
      );
      expect(Number(result?.instants)).toBeGreaterThan(10_000);
      expect(result?.wrong).toBe('0');
      expect(result?.months).toBe('10');
    } finally {
      await database.close();
    }
  });
});

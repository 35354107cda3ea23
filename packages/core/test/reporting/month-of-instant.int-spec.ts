import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../src/persistence/database';
import { joinMonthOfInstant, monthsOfDates } from '../../src/reporting/aggregates/sql-fragments';
import { testDatabaseConfig } from '../support/test-database';

/**
 * `joinMonthOfInstant` finds an instant's month by a binary search among the first instants of the period's months
 * and joins its name; it must agree with converting the instant to the zone (`at time zone`) for every instant of the
 * period: every 37 minutes, and each midnight and the microsecond before
 * it, across month ends, a year's end and daylight-saving changes (Chicago's one-hour shifts, Lord Howe's half-hour
 * ones) and in zones far from UTC.
 */
describe('joinMonthOfInstant', () => {
  // Chicago's changes on 2025-11-02 and 2026-03-08, Lord Howe's on 2025-10-05 and 2026-04-05.
  const from = '2025-09-26';
  const to = '2026-04-10';

  it('lists the months from the first date’s to the last’s', () => {
    expect(monthsOfDates(from, to)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
    expect(monthsOfDates('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
    expect(monthsOfDates('2024-12-31', '2025-01-01')).toEqual(['2024-12', '2025-01']);
  });

  it.each(['America/Chicago', 'Australia/Lord_Howe', 'Etc/GMT-14', 'Etc/GMT+12', 'UTC'])('agrees with at time zone in %s', async (timeZone) => {
    const database = await openDatabase(await testDatabaseConfig({ empty: true }));
    try {
      const em = database.orm.em.fork() as EntityManager;
      const month = joinMonthOfInstant('month_of_i', 'i', from, to, { organizationId: randomUUID(), asOf: new Date(), timeZone });
      const [result] = await em.execute<{ instants: string; wrong: string; months: string }[]>(
        `with instants as (
           select i from generate_series((?::date::timestamp at time zone ?), ((?::date + 1)::timestamp at time zone ?) - interval '1 microsecond', interval '37 minutes') i
           union all
           select (d at time zone ?) + o from generate_series((?::date + 1)::timestamp, ?::date::timestamp, interval '1 day') d
             cross join (values (interval '0'), (interval '-1 microsecond')) as offsets(o))
         select count(*)::text as instants,
                count(*) filter (where month_of_i.period is distinct from to_char(i at time zone ?, 'YYYY-MM'))::text as wrong,
                count(distinct month_of_i.period)::text as months
           from instants ${month.sql}`,
        [from, timeZone, to, timeZone, timeZone, from, to, timeZone, ...month.bindings],
      );
      expect(Number(result?.instants)).toBeGreaterThan(5_000);
      expect(result?.wrong).toBe('0');
      expect(result?.months).toBe('8');
    } finally {
      await database.close();
    }
  });
});

import { ValidationError } from '../errors/errors';
import { mayContactAt, US_TIME_ZONES, type ContactHoursDecision } from './contact-hours';

type Expected = 'allowed' | [zone: string, localTime: string, next: string];

function summary(decision: ContactHoursDecision): Expected {
  return decision.allowed ? 'allowed' : [decision.timeZone, decision.localTime, decision.nextAllowedAt.toISOString()];
}

describe('mayContactAt: 8 a.m.–9 p.m. in the consumer time zone', () => {
  it.each<[string, string, readonly string[], Expected]>([
    // July: New York is on EDT (UTC−4), 8 a.m. = 12:00Z, 9 p.m. = 01:00Z the next day.
    ['07:59 EDT', '2024-07-01T11:59:00Z', ['America/New_York'], ['America/New_York', '07:59', '2024-07-01T12:00:00.000Z']],
    ['08:00 EDT', '2024-07-01T12:00:00Z', ['America/New_York'], 'allowed'],
    ['21:00 EDT exactly', '2024-07-02T01:00:00Z', ['America/New_York'], 'allowed'],
    ['21:01 EDT', '2024-07-02T01:01:00Z', ['America/New_York'], ['America/New_York', '21:01', '2024-07-02T12:00:00.000Z']],
    // DST starts Sun Mar 10, 2024 at 2 a.m.: 8 a.m. is 13:00Z on Sat Mar 9 (EST) but 12:00Z on Sun Mar 10 (EDT).
    ['12:30Z the day before spring forward (07:30 EST)', '2024-03-09T12:30:00Z', ['America/New_York'], ['America/New_York', '07:30', '2024-03-09T13:00:00.000Z']],
    ['12:30Z on the day of spring forward (08:30 EDT)', '2024-03-10T12:30:00Z', ['America/New_York'], 'allowed'],
    // Asked at 21:30 EST Sat Mar 9 (02:30Z Mar 10): the next 8 a.m. is Sun Mar 10 08:00 EDT = 12:00Z.
    ['21:30 EST the night before spring forward', '2024-03-10T02:30:00Z', ['America/New_York'], ['America/New_York', '21:30', '2024-03-10T12:00:00.000Z']],
    // DST ends Sun Nov 3, 2024 at 2 a.m.: 12:30Z is 08:30 EDT on Sat Nov 2 but 07:30 EST on Sun Nov 3.
    ['12:30Z the day before fall back (08:30 EDT)', '2024-11-02T12:30:00Z', ['America/New_York'], 'allowed'],
    ['12:30Z on the day of fall back (07:30 EST)', '2024-11-03T12:30:00Z', ['America/New_York'], ['America/New_York', '07:30', '2024-11-03T13:00:00.000Z']],
    // Arizona keeps MST (UTC−7) all year: 15:30Z in January is 08:30 there but 07:30 PST in Los Angeles.
    ['Arizona in January', '2024-01-15T15:30:00Z', ['America/Phoenix'], 'allowed'],
    ['Los Angeles at the same instant', '2024-01-15T15:30:00Z', ['America/Los_Angeles'], ['America/Los_Angeles', '07:30', '2024-01-15T16:00:00.000Z']],
    ['Hawaii (UTC−10)', '2024-07-01T17:59:00Z', ['Pacific/Honolulu'], ['Pacific/Honolulu', '07:59', '2024-07-01T18:00:00.000Z']],
  ])('%s', (_case, at, zones, expected) => {
    expect(summary(mayContactAt(new Date(at), zones))).toEqual(expected);
  });
});

describe('mayContactAt: conflicting zones (address and phone disagree) must all be inside the hours', () => {
  const addressAndPhone = ['America/New_York', 'America/Los_Angeles'];
  it.each<[string, string, Expected]>([
    // 12:30Z July 1: 08:30 in New York, 05:30 in Los Angeles → wait for 08:00 PDT = 15:00Z.
    ['morning in the east, night in the west', '2024-07-01T12:30:00Z', ['America/Los_Angeles', '05:30', '2024-07-01T15:00:00.000Z']],
    // 00:30Z July 2: 20:30 EDT and 17:30 PDT.
    ['evening in both', '2024-07-02T00:30:00Z', 'allowed'],
    // 01:30Z July 2: 21:30 EDT → wait for 8 a.m. in both: 08:00 PDT July 2 = 15:00Z.
    ['too late in the east', '2024-07-02T01:30:00Z', ['America/New_York', '21:30', '2024-07-02T15:00:00.000Z']],
  ])('%s', (_case, at, expected) => {
    expect(summary(mayContactAt(new Date(at), addressAndPhone))).toEqual(expected);
  });
});

describe('mayContactAt: unknown zone → inside the hours in every US zone', () => {
  it('lists the contiguous zones, Arizona, Alaska, Hawaii and the territories', () => {
    expect(US_TIME_ZONES).toEqual(expect.arrayContaining(['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico', 'Pacific/Guam']));
  });

  it.each<[string, string, Expected]>([
    // Every zone's 8 a.m.–9 p.m. in UTC (July): Puerto Rico (UTC−4) 12:00–01:00, New York 12:00–01:00, … Samoa
    // (UTC−11) 19:00–08:00, Guam (UTC+10) 22:00–11:00 → only 22:00Z–01:00Z is inside everywhere.
    // 20:00Z: 16:00 in New York, 10:00 in Honolulu, 06:00 in Guam → wait for 08:00 ChST = 22:00Z.
    ['afternoon in the east, dawn in Guam', '2024-07-01T20:00:00Z', ['Pacific/Guam', '06:00', '2024-07-01T22:00:00.000Z']],
    // 22:30Z: 18:30 New York, 15:30 Los Angeles, 14:30 Anchorage, 12:30 Honolulu, 11:30 Samoa, 08:30 Guam.
    ['inside everywhere', '2024-07-01T22:30:00Z', 'allowed'],
    // 01:30Z July 2: 21:30 in New York (the first listed that is outside) → 22:00Z July 2.
    ['late in the east', '2024-07-02T01:30:00Z', ['America/New_York', '21:30', '2024-07-02T22:00:00.000Z']],
    // January: New York on EST; Puerto Rico (no DST) still closes first at 01:00Z, Guam still opens at 22:00Z.
    // 00:30Z Jan 16: 19:30 EST, 20:30 AST in Puerto Rico, 10:30 ChST → inside.
    ['winter evening', '2024-01-16T00:30:00Z', 'allowed'],
    ['winter, just past 9 p.m. in Puerto Rico', '2024-01-16T01:01:00Z', ['America/Puerto_Rico', '21:01', '2024-01-16T22:00:00.000Z']],
  ])('%s', (_case, at, expected) => {
    expect(summary(mayContactAt(new Date(at)))).toEqual(expected);
  });
});

describe('mayContactAt: bad input', () => {
  it('refuses an unknown IANA zone, naming it', () => {
    expect(() => mayContactAt(new Date('2024-07-01T15:00:00Z'), ['America/New_York', 'Europe/Atlantis'])).toThrow(ValidationError);
    expect(() => mayContactAt(new Date('2024-07-01T15:00:00Z'), ['America/New_York', 'Europe/Atlantis'])).toThrow('timeZones[1]: unknown IANA time zone "Europe/Atlantis"');
  });

  it('refuses zones whose hours never overlap', () => {
    // UTC, Singapore (UTC+8) and Pitcairn (UTC−8), in UTC: 08:00–21:00, 00:00–13:00 and 16:00–05:00. The first two
    // share 08:00–13:00, which Pitcairn's does not reach.
    expect(() => mayContactAt(new Date('2024-07-01T15:00:00Z'), ['UTC', 'Asia/Singapore', 'Pacific/Pitcairn'])).toThrow(/timeZones: 8 a\.m\.–9 p\.m\. never/);
  });

  it('refuses an invalid instant', () => {
    expect(() => mayContactAt(new Date(Number.NaN), ['America/New_York'])).toThrow(/^at: /);
  });
});

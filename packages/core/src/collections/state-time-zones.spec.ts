import { mayContactAt } from '@openrcm/sdk';
import { timeZonesOfState } from './state-time-zones';

describe('timeZonesOfState', () => {
  it.each<[string | null, readonly string[]]>([
    ['IL', ['America/Chicago']],
    ['tx', ['America/Chicago', 'America/Denver']],
    ['AZ', ['America/Phoenix', 'America/Denver']],
    ['ZZ', []],
    [null, []],
  ])('%s → %j', (state, zones) => {
    expect(timeZonesOfState(state)).toEqual(zones);
  });

  it('names only zones the contact-hours rule knows', () => {
    for (const state of ['AK', 'AZ', 'FL', 'HI', 'ID', 'IN', 'MI', 'OR', 'PR', 'VI', 'GU', 'MP', 'AS']) {
      expect(() => mayContactAt(new Date('2026-06-01T18:00:00Z'), timeZonesOfState(state))).not.toThrow();
    }
  });

  it('at 8:30 a.m. Central, a Texas debtor may not be called yet: it is 7:30 a.m. in El Paso', () => {
    expect(mayContactAt(new Date('2026-06-01T13:30:00Z'), timeZonesOfState('TX'))).toMatchObject({ allowed: false, timeZone: 'America/Denver', localTime: '07:30' });
    expect(mayContactAt(new Date('2026-06-01T14:00:00Z'), timeZonesOfState('TX'))).toMatchObject({ allowed: true });
  });
});

import { createRoster, isCoveredOn } from './roster';
import { DEFAULT_MEMBERS } from './default-roster';
import type { RosterMember } from './roster.types';

const ada = DEFAULT_MEMBERS[0] as RosterMember;

describe('Roster', () => {
  it('finds a subscriber by member id and tells a dependent apart by birth date', () => {
    const roster = createRoster();
    const subscriber = roster.find({ payerId: 'SIMPAYER1', memberId: 'sim100001' });
    const child = roster.find({ payerId: 'SIMPAYER1', memberId: 'SIM100001', birthDate: '2014-09-03' });
    expect(subscriber.found && subscriber.member.firstName).toBe('Ada');
    expect(child.found && child.member.relationshipCode).toBe('19');
    expect(child.found && child.member.subscriber?.firstName).toBe('Ada');
  });

  it('says why nobody was found', () => {
    const roster = createRoster();
    expect(roster.find({ payerId: 'SIMPAYER1', memberId: 'NOPE' })).toEqual({ found: false, miss: 'member-not-found' });
    expect(roster.find({ payerId: 'SIMPAYER1', memberId: 'SIM100001', birthDate: '1999-01-01' })).toEqual({ found: false, miss: 'birth-date-mismatch' });
    expect(roster.find({ payerId: 'OTHER', memberId: 'SIM100001' })).toEqual({ found: false, miss: 'payer-not-found' });
  });

  it('knows coverage in force by the active flag and the plan dates', () => {
    const dev = createRoster().find({ payerId: 'SIMPAYER1', memberId: 'SIM100003' });
    expect(isCoveredOn(ada, '2026-03-01')).toBe(true);
    expect(isCoveredOn(ada, '2025-12-31')).toBe(false);
    expect(isCoveredOn(ada, '2027-01-01')).toBe(false);
    expect(dev.found && isCoveredOn(dev.member, '2026-03-01')).toBe(false);
  });

  it('adds a member and refuses bad money, dates and duplicates', () => {
    const roster = createRoster({ members: [] });
    roster.addMember({ ...ada, memberId: 'NEW1' });
    expect(roster.find({ payerId: 'SIMPAYER1', memberId: 'NEW1' }).found).toBe(true);
    expect(() => roster.addMember({ ...ada, memberId: 'NEW1' })).toThrow(/already exists/);
    expect(() => roster.addMember({ ...ada, memberId: 'X', copayCents: 25.5 })).toThrow(/copayCents/);
    expect(() => roster.addMember({ ...ada, memberId: 'X', deductible: { totalCents: 100, remainingCents: 200 } })).toThrow(/deductible\.remainingCents/);
    expect(() => roster.addMember({ ...ada, memberId: 'X', planBeginDate: '2026-13-01' })).toThrow(/planBeginDate/);
    expect(() => roster.addMember({ ...ada, memberId: 'X', payerId: 'UNKNOWN' })).toThrow(/payerId UNKNOWN/);
  });

  it('keeps rosters independent of each other', () => {
    const first = createRoster();
    first.addMember({ ...ada, memberId: 'ONLYHERE' });
    expect(createRoster().find({ payerId: 'SIMPAYER1', memberId: 'ONLYHERE' }).found).toBe(false);
  });
});

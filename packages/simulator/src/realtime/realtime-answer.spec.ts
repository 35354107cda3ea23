import { InMemoryControlNumberSequence, read270, read271, write270, type Member271 } from '@openrcm/x12';
import { answer270 } from './realtime-answer';
import { REALTIME_MEMBERS } from './realtime-members';
import { REALTIME_SCENARIOS } from './realtime-scenarios';

const ENVELOPE = { sender: { qualifier: 'ZZ', id: 'OPENRCM' }, receiver: { qualifier: 'ZZ', id: 'SIMCLEARING' }, usage: 'T' as const, date: '2026-01-15', time: '09:30' };
const options = () => ({ members: REALTIME_MEMBERS, unavailablePayers: ['UNAVAILABLE'], now: () => new Date('2026-01-15T14:30:00Z'), sequence: new InMemoryControlNumberSequence() });

describe('the real-time fake\'s scenarios', () => {
  it.each(REALTIME_SCENARIOS.map((s) => [s.name, s] as const))('%s: the 270 built for it reads back equal', (_name, scenario) => {
    const { transactions, errors } = read270(write270([scenario.inquiry], ENVELOPE, { interchange: 1, group: 1, transaction: 1 }));
    expect(errors).toEqual([]);
    expect(transactions).toEqual([scenario.inquiry]);
  });

  const answered = REALTIME_SCENARIOS.filter((s) => s.outcome.kind !== 'http' && s.outcome.kind !== 'slow');
  it.each(answered.map((s) => [s.name, s] as const))('%s: the 271 says what the scenario promises', (_name, scenario) => {
    const text = answer270(write270([scenario.inquiry], ENVELOPE, { interchange: 1, group: 1, transaction: 1 }), options());
    const { transactions, errors } = read271(text);
    expect(errors).toEqual([]);
    const response = transactions[0]!;
    const subscriber = response.subscribers[0];
    const patient: Member271 | undefined = scenario.inquiry.dependent ? subscriber?.dependents[0] : subscriber;
    const outcome = scenario.outcome;
    if (outcome.kind === 'rejected') {
      const level = outcome.level === 'source' ? response.source : outcome.level === 'subscriber' ? subscriber : patient;
      expect(level?.errors.map((e) => e.rejectReason)).toEqual([outcome.aaa03]);
      return;
    }
    expect(patient?.traces.map((t) => t.number)).toEqual([scenario.inquiry.traceNumber]);
    expect(patient?.benefits[0]?.info).toBe(outcome.kind === 'active' ? '1' : '6');
    expect(patient?.dates.map((d) => d.qualifier)).toEqual(['346', '347']);
  });

  it('answers the active subscriber\'s benefits from the member table', () => {
    const text = answer270(write270([REALTIME_SCENARIOS[0]!.inquiry], ENVELOPE, { interchange: 1, group: 1, transaction: 1 }), options());
    const benefits = read271(text).transactions[0]!.subscribers[0]!.benefits;
    expect(benefits.map((b) => [b.info, b.timePeriod, b.amountCents, b.percent, b.inNetwork])).toEqual([
      ['1', undefined, undefined, undefined, undefined],
      ['B', '27', 2500, undefined, 'Y'], ['B', '27', 5000, undefined, 'N'], ['A', undefined, undefined, 0.2, 'Y'],
      ['C', '23', 150000, undefined, 'Y'], ['C', '29', 45050, undefined, 'Y'], ['G', '23', 500000, undefined, 'Y'], ['G', '29', 380000, undefined, 'Y'],
    ]);
    expect(text).toContain('ISA*00*          *00*          *ZZ*SIMCLEARING    *ZZ*OPENRCM        *260115*1430*');
  });
});

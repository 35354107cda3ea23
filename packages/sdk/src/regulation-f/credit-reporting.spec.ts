import { ValidationError } from '../errors/errors';
import { creditReportingRuleFor, mayReportToCreditBureau, type CreditReportingFacts, type CreditReportingSettings } from './credit-reporting';

/** A debt that may be reported on 2025-06-01: $750.00, delinquent since 2024-05-01 (396 days), notice sent 2025-05-01. */
const reportable: CreditReportingFacts = {
  state: 'OH',
  initialBalanceCents: 75_000,
  paidInFull: false,
  delinquentSince: '2024-05-01',
  notices: [{ sentOn: '2025-05-01' }],
  today: '2025-06-01',
};

const settings: CreditReportingSettings = {
  states: { CO: { reportingAllowed: false }, MN: { reportingAllowed: false }, NY: { waitingDays: 730, minimumInitialBalanceCents: 100_000 } },
};

type Expected = 'allowed' | [code: string, allowedFrom?: string][];

function codes(facts: Partial<CreditReportingFacts>): Expected {
  const decision = mayReportToCreditBureau({ ...reportable, ...facts }, settings);
  if (decision.allowed) return 'allowed';
  return decision.refusals.map((refusal) => (refusal.allowedFrom ? [refusal.code, refusal.allowedFrom] : [refusal.code]));
}

describe('mayReportToCreditBureau', () => {
  it.each<[string, Partial<CreditReportingFacts>, Expected]>([
    ['a debt that meets every rule', {}, 'allowed'],
    ['a state that bans reporting', { state: 'co' }, [['state-prohibits']]],
    ['an initial balance of $499.99, under the $500 default', { initialBalanceCents: 49_999 }, [['balance-under-threshold']]],
    ['an initial balance of exactly $500', { initialBalanceCents: 50_000 }, 'allowed'],
    ['a state with a $1,000 threshold', { state: 'NY', initialBalanceCents: 75_000, delinquentSince: '2023-05-01' }, [['balance-under-threshold']]],
    // 2024-06-02 + 365 days = 2025-06-02 (no February 29 in between).
    ['one day short of 365 days', { delinquentSince: '2024-06-02' }, [['waiting-period', '2025-06-02']]],
    // 2024-06-01 + 365 = 2025-06-01, today.
    ['365 days to the day', { delinquentSince: '2024-06-01' }, 'allowed'],
    // NY waits 730 days: 2024-05-01 + 730 = 2026-05-01.
    ['a state that waits two years', { state: 'NY', initialBalanceCents: 100_000 }, [['waiting-period', '2026-05-01']]],
    ['a debt paid in full', { paidInFull: true }, [['paid-in-full']]],
    ['no contact and no notice', { notices: [] }, [['consumer-not-contacted']]],
    ['a conversation with the consumer and no notice', { notices: [], spokeWithConsumerOn: '2025-05-30' }, 'allowed'],
    // Sent 2025-05-20 + 14 = 2025-06-03.
    ['a notice sent 12 days ago', { notices: [{ sentOn: '2025-05-20' }] }, [['notice-wait', '2025-06-03']]],
    // 2025-05-18 + 14 = 2025-06-01, today.
    ['a notice sent 14 days ago', { notices: [{ sentOn: '2025-05-18' }] }, 'allowed'],
    ['a notice that came back undeliverable', { notices: [{ sentOn: '2025-05-01', undeliverableOn: '2025-05-09' }] }, [['notice-undeliverable']]],
    ['an undeliverable notice, then a conversation', { notices: [{ sentOn: '2025-05-01', undeliverableOn: '2025-05-09' }], spokeWithConsumerOn: '2025-05-12' }, 'allowed'],
    // A second notice to a corrected address on 2025-05-12: 2025-05-12 + 14 = 2025-05-26 ≤ today.
    ['an undeliverable notice, then a notice that arrived', { notices: [{ sentOn: '2025-05-01', undeliverableOn: '2025-05-09' }, { sentOn: '2025-05-12' }] }, 'allowed'],
    ['a notice not yet sent', { notices: [{ sentOn: '2025-06-05' }] }, [['consumer-not-contacted']]],
    [
      'every reason at once',
      { state: 'MN', initialBalanceCents: 10_000, delinquentSince: '2025-01-01', paidInFull: true, notices: [] },
      // 2025-01-01 + 365 = 2026-01-01.
      [['state-prohibits'], ['balance-under-threshold'], ['waiting-period', '2026-01-01'], ['paid-in-full'], ['consumer-not-contacted']],
    ],
  ])('%s', (_case, facts, expected) => {
    expect(codes(facts)).toEqual(expected);
  });
});

describe('creditReportingRuleFor', () => {
  it('layers the defaults, the organization defaults and the state', () => {
    expect(creditReportingRuleFor({ defaults: { noticeWaitDays: 30 }, states: { NY: { waitingDays: 730 } } }, 'ny')).toEqual({
      reportingAllowed: true,
      minimumInitialBalanceCents: 50_000,
      waitingDays: 730,
      noticeWaitDays: 30,
    });
  });

  it.each<[string, CreditReportingSettings, string, string]>([
    ['a state that is not a USPS code', {}, 'Ohio', 'state'],
    ['a negative threshold', { defaults: { minimumInitialBalanceCents: -1 } }, 'OH', 'defaults.minimumInitialBalanceCents'],
    ['fractional days', { states: { OH: { waitingDays: 1.5 } } }, 'OH', 'states.OH.waitingDays'],
  ])('refuses %s, naming the field', (_case, given, state, field) => {
    expect(() => creditReportingRuleFor(given, state)).toThrow(ValidationError);
    expect(() => creditReportingRuleFor(given, state)).toThrow(`${field}:`);
  });

  it('refuses bad facts, naming the field', () => {
    expect(() => mayReportToCreditBureau({ ...reportable, delinquentSince: '2024-02-30', initialBalanceCents: 1.5 })).toThrow(/delinquentSince: .*initialBalanceCents: /);
    expect(() => mayReportToCreditBureau({ ...reportable, notices: [{ sentOn: '2025-05-01', undeliverableOn: 'never' }] })).toThrow('notices[0].undeliverableOn');
  });
});

import { DEFAULT_DENIAL_CATEGORY_RULES, type DenialCategoryRuleInput } from './denial-category.defaults';
import { matchDenialRule } from './denial-category.match';

const rule = (overrides: Partial<DenialCategoryRuleInput>): DenialCategoryRuleInput => ({
  groupCode: null,
  reasonCode: '50',
  remarkCode: null,
  category: 'medical-necessity',
  ownerRole: 'coder',
  ownerUserId: null,
  upstreamCheck: 'medical-necessity',
  ...overrides,
});
const adjustment = (groupCode: string, reasonCode: string, remarkCodes: string[] = []) => ({ groupCode, reasonCode, remarkCodes });

describe('denial category matching', () => {
  it.each([
    ['27', 'eligibility'],
    ['31', 'eligibility'],
    ['109', 'eligibility'],
    ['22', 'eligibility'],
    ['197', 'authorization'],
    ['15', 'authorization'],
    ['4', 'coding'],
    ['11', 'coding'],
    ['16', 'coding'],
    ['97', 'coding'],
    ['236', 'coding'],
    ['50', 'medical-necessity'],
    ['167', 'medical-necessity'],
    ['29', 'timely-filing'],
    ['18', 'duplicate'],
    ['96', 'non-covered'],
    ['204', 'non-covered'],
    ['B7', 'other'],
    ['45', 'other'],
  ])('puts CO-%s in %s by default', (reason, category) => {
    expect(matchDenialRule(DEFAULT_DENIAL_CATEGORY_RULES, adjustment('CO', reason)).category).toBe(category);
  });

  it('falls back to other, worked by billers, with no upstream check', () => {
    expect(matchDenialRule([], adjustment('OA', '23'))).toMatchObject({ category: 'other', ownerRole: 'biller', upstreamCheck: null });
  });

  it('prefers group + reason + remark over group + reason over reason + remark over reason', () => {
    const rules = [
      rule({ category: 'reason' }),
      rule({ remarkCode: 'N115', category: 'reason-remark' }),
      rule({ groupCode: 'CO', category: 'group-reason' }),
      rule({ groupCode: 'CO', remarkCode: 'N115', category: 'group-reason-remark' }),
    ];
    expect(matchDenialRule(rules, adjustment('CO', '50', ['M1', 'N115'])).category).toBe('group-reason-remark');
    expect(matchDenialRule(rules, adjustment('CO', '50', ['M1'])).category).toBe('group-reason');
    expect(matchDenialRule(rules, adjustment('PI', '50', ['N115'])).category).toBe('reason-remark');
    expect(matchDenialRule(rules, adjustment('PI', '50')).category).toBe('reason');
    expect(matchDenialRule([...rules].reverse(), adjustment('CO', '50', ['N115'])).category).toBe('group-reason-remark');
  });

  it('never matches a rule for another group, reason or remark', () => {
    const rules = [rule({ groupCode: 'OA', category: 'oa-only' }), rule({ reasonCode: '197', remarkCode: 'N54', category: 'auth-remark' })];
    expect(matchDenialRule(rules, adjustment('CO', '50')).category).toBe('other');
    expect(matchDenialRule(rules, adjustment('CO', '197', ['N55'])).category).toBe('other');
    expect(matchDenialRule(rules, adjustment('co', ' 197 ', ['n54'])).category).toBe('auth-remark');
  });
});

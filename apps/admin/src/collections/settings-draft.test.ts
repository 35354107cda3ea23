import { describe, expect, it } from 'vitest';
import type { CollectionSettings } from '../api/views';
import { bodyOf, draftOf, EMPTY_RULE, newStateRow, serverFieldErrors, type CollectionSettingsDraft } from './settings-draft';

const SETTINGS: CollectionSettings = {
  minDaysSinceFirstStatement: 120,
  finalNoticeWaitDays: 30,
  minimumBalanceCents: 2500,
  agencyFeePosting: 'gross',
  connectorId: null,
  collectorHours: 'Monday to Friday, 9 a.m. to 5 p.m.',
  creditReporting: {
    defaults: { reportingAllowed: true, minimumInitialBalanceCents: 50_000, waitingDays: 365, noticeWaitDays: 14 },
    states: { NY: { reportingAllowed: false }, CO: { minimumInitialBalanceCents: 100_000, waitingDays: 400 } },
  },
  saved: true,
};

const withStates = (states: CollectionSettingsDraft['states']): CollectionSettingsDraft => ({ ...draftOf(SETTINGS), states });

describe('the placement rules draft', () => {
  it('edits amounts in dollars and the state rules as rows, in state order, an unset field empty', () => {
    const draft = draftOf(SETTINGS);
    expect(draft.minimumBalance).toBe('25.00');
    expect(draft.connectorId).toBe('');
    expect(draft.defaults).toEqual({ reportingAllowed: 'allowed', minimumInitialBalance: '500.00', waitingDays: 365, noticeWaitDays: 14 });
    expect(draft.states).toEqual([
      { key: 1, state: 'CO', reportingAllowed: '', minimumInitialBalance: '1000.00', waitingDays: 400, noticeWaitDays: '' },
      { key: 2, state: 'NY', reportingAllowed: 'not-allowed', minimumInitialBalance: '', waitingDays: '', noticeWaitDays: '' },
    ]);
    expect(newStateRow(draft.states)).toEqual({ key: 3, state: '', ...EMPTY_RULE });
  });

  it('sends dollars as integer cents, only the rule fields set, state codes in capitals, an empty connector as null, and no `saved`', () => {
    const draft: CollectionSettingsDraft = {
      ...draftOf(SETTINGS),
      minimumBalance: '$1,234.5',
      agencyFeePosting: 'net',
      connectorId: ' collections ',
      defaults: { ...EMPTY_RULE, minimumInitialBalance: '0.29' },
      states: [
        { key: 1, state: 'ny', ...EMPTY_RULE, reportingAllowed: 'not-allowed' },
        { key: 2, state: 'CO', ...EMPTY_RULE, minimumInitialBalance: '1000', waitingDays: 400, noticeWaitDays: '30' },
      ],
    };
    expect(bodyOf(draft)).toEqual({
      body: {
        minDaysSinceFirstStatement: 120,
        finalNoticeWaitDays: 30,
        minimumBalanceCents: 123_450,
        agencyFeePosting: 'net',
        connectorId: 'collections',
        collectorHours: 'Monday to Friday, 9 a.m. to 5 p.m.',
        creditReporting: { defaults: { minimumInitialBalanceCents: 29 }, states: { NY: { reportingAllowed: false }, CO: { minimumInitialBalanceCents: 100_000, waitingDays: 400, noticeWaitDays: 30 } } },
      },
    });
  });

  it('keeps a day count it cannot read for the server to name (expected number)', () => {
    expect(bodyOf({ ...draftOf(SETTINGS), finalNoticeWaitDays: '' })).toMatchObject({ body: { finalNoticeWaitDays: Number.NaN } });
  });

  it('refuses a minimum balance or a threshold that is not dollars, on its field', () => {
    for (const typed of ['twenty', '', '5.001', '-1.00']) expect(bodyOf({ ...draftOf(SETTINGS), minimumBalance: typed })).toEqual({ errors: { minimumBalanceCents: 'Enter an amount in dollars, such as 25.00' } });
    const draft = { ...draftOf(SETTINGS), defaults: { ...EMPTY_RULE, minimumInitialBalance: 'lots' } };
    expect(bodyOf(draft)).toEqual({ errors: { 'defaults.minimumInitialBalanceCents': 'Enter an amount in dollars, such as 500.00, or leave it empty' } });
  });

  it('refuses a state row without a two-letter code, a state used twice, and a row that sets nothing', () => {
    const rule = { ...EMPTY_RULE, reportingAllowed: 'not-allowed' as const };
    expect(
      bodyOf(
        withStates([
          { key: 1, state: 'NY', ...rule },
          { key: 2, state: 'Texas', ...rule },
          { key: 3, state: 'ny', ...rule },
          { key: 4, state: 'CA', ...EMPTY_RULE },
          { key: 5, state: 'WA', ...EMPTY_RULE, minimumInitialBalance: '-5' },
        ]),
      ),
    ).toEqual({
      errors: {
        'states.1.state': 'Enter a two-letter state code, such as TX',
        'states.2.state': 'NY is already in row 1',
        'states.3.reportingAllowed': 'Set at least one rule for the state, or remove the row',
        'states.4.minimumInitialBalanceCents': 'Enter an amount in dollars, such as 500.00, or leave it empty',
      },
    });
  });

  it("puts the server's errors on the form's fields: a state's on its row, a bad key on the row's code", () => {
    const draft = withStates([
      { key: 1, state: 'CO', ...EMPTY_RULE, waitingDays: 1.5 },
      { key: 2, state: 'NY', ...EMPTY_RULE, reportingAllowed: 'not-allowed' },
    ]);
    expect(
      serverFieldErrors(
        [
          { field: 'finalNoticeWaitDays', message: 'Too big: expected number to be <=365' },
          { field: 'creditReporting.defaults.waitingDays', message: 'Invalid input: expected int, received number' },
          { field: 'creditReporting.states.CO.waitingDays', message: 'Invalid input: expected int, received number' },
          { field: 'creditReporting.states.NY', message: 'is not a two-letter state code' },
          { field: 'creditReporting.states.ZZ.waitingDays', message: 'Invalid input' },
          { field: 'body', message: 'Invalid input' },
        ],
        draft,
      ),
    ).toEqual({
      fields: {
        finalNoticeWaitDays: 'Too big: expected number to be <=365',
        'defaults.waitingDays': 'Invalid input: expected int, received number',
        'states.0.waitingDays': 'Invalid input: expected int, received number',
        'states.1.state': 'is not a two-letter state code',
      },
      other: ['creditReporting.states.ZZ.waitingDays: Invalid input', 'body: Invalid input'],
    });
  });
});

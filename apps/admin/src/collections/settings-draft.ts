import type { AgencyFeePosting, CollectionSettings, CollectionSettingsInput, CreditReportingRuleInput } from '../api/views';
import { centsInput, nonNegative, parseDollars } from '../money/cents';

export const RULE_FIELDS = ['reportingAllowed', 'minimumInitialBalanceCents', 'waitingDays', 'noticeWaitDays'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/**
 * A credit-reporting rule as the form edits it. Every field may be left empty: the default rule then keeps the
 * bureaus' policy for it, and a state's rule keeps the default rule's.
 */
export interface RuleDraft {
  readonly reportingAllowed: '' | 'allowed' | 'not-allowed';
  /** Dollars as typed. */
  readonly minimumInitialBalance: string;
  readonly waitingDays: number | string;
  readonly noticeWaitDays: number | string;
}

/** A row of the per-state table; `key` tells rows apart while their state code is being typed. */
export interface StateRuleDraft extends RuleDraft {
  readonly key: number;
  readonly state: string;
}

/** The collection settings as the form edits them: money in dollars as typed, the state rules as table rows. */
export interface CollectionSettingsDraft {
  readonly minDaysSinceFirstStatement: number | string;
  readonly finalNoticeWaitDays: number | string;
  readonly minimumBalance: string;
  readonly agencyFeePosting: AgencyFeePosting;
  /** Empty: the only collection agency connector enabled. */
  readonly connectorId: string;
  readonly collectorHours: string;
  readonly defaults: RuleDraft;
  readonly states: readonly StateRuleDraft[];
}

/**
 * Errors by the form's field names: the top-level fields by the server's names (`minimumBalanceCents`), the default
 * rule's as `defaults.<field>`, a state row's as `states.<row index>.<field>` (its code: `states.<row index>.state`).
 */
export type SettingsErrors = Readonly<Record<string, string>>;

export const EMPTY_RULE: RuleDraft = { reportingAllowed: '', minimumInitialBalance: '', waitingDays: '', noticeWaitDays: '' };

function ruleDraftOf(rule: CreditReportingRuleInput): RuleDraft {
  return {
    reportingAllowed: rule.reportingAllowed === undefined ? '' : rule.reportingAllowed ? 'allowed' : 'not-allowed',
    minimumInitialBalance: rule.minimumInitialBalanceCents === undefined ? '' : centsInput(rule.minimumInitialBalanceCents),
    waitingDays: rule.waitingDays ?? '',
    noticeWaitDays: rule.noticeWaitDays ?? '',
  };
}

export function draftOf(settings: CollectionSettings): CollectionSettingsDraft {
  const states = Object.entries(settings.creditReporting.states ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return {
    minDaysSinceFirstStatement: settings.minDaysSinceFirstStatement,
    finalNoticeWaitDays: settings.finalNoticeWaitDays,
    minimumBalance: centsInput(settings.minimumBalanceCents),
    agencyFeePosting: settings.agencyFeePosting,
    connectorId: settings.connectorId ?? '',
    collectorHours: settings.collectorHours,
    defaults: ruleDraftOf(settings.creditReporting.defaults ?? {}),
    states: states.map(([state, rule], index) => ({ key: index + 1, state, ...ruleDraftOf(rule) })),
  };
}

/** A new, empty row for the per-state table. */
export function newStateRow(rows: readonly StateRuleDraft[]): StateRuleDraft {
  return { key: Math.max(0, ...rows.map((row) => row.key)) + 1, state: '', ...EMPTY_RULE };
}

/** A whole number typed in a number field, or NaN (the server names the field: "expected number"). */
const wholeNumber = (value: number | string): number => (value === '' ? Number.NaN : Number(value));

const isEmpty = (rule: RuleDraft): boolean => rule.reportingAllowed === '' && rule.minimumInitialBalance.trim() === '' && rule.waitingDays === '' && rule.noticeWaitDays === '';

/** The rule's body (only the fields set), or the error of its amount. */
function ruleBody(rule: RuleDraft, path: string, errors: Record<string, string>): CreditReportingRuleInput {
  const body: { -readonly [K in RuleField]?: CreditReportingRuleInput[K] } = {};
  if (rule.reportingAllowed !== '') body.reportingAllowed = rule.reportingAllowed === 'allowed';
  if (rule.minimumInitialBalance.trim() !== '') {
    const cents = nonNegative(parseDollars(rule.minimumInitialBalance));
    if (cents === null) errors[`${path}.minimumInitialBalanceCents`] = 'Enter an amount in dollars, such as 500.00, or leave it empty';
    else body.minimumInitialBalanceCents = cents;
  }
  if (rule.waitingDays !== '') body.waitingDays = wholeNumber(rule.waitingDays);
  if (rule.noticeWaitDays !== '') body.noticeWaitDays = wholeNumber(rule.noticeWaitDays);
  return body;
}

const STATE_CODE = /^[A-Z]{2}$/;

/**
 * The request body of a draft, or the errors the form finds itself: amounts must be dollars (sent as integer cents,
 * never through a float), each state row needs a two-letter code used once and at least one rule (an empty row would
 * change nothing). The day counts are the server's to check, field by field.
 */
export function bodyOf(draft: CollectionSettingsDraft): { body: CollectionSettingsInput } | { errors: SettingsErrors } {
  const errors: Record<string, string> = {};
  const minimumBalanceCents = nonNegative(parseDollars(draft.minimumBalance));
  if (minimumBalanceCents === null) errors.minimumBalanceCents = 'Enter an amount in dollars, such as 25.00';
  const defaults = ruleBody(draft.defaults, 'defaults', errors);
  const states: Record<string, CreditReportingRuleInput> = {};
  const rowOf = new Map<string, number>();
  draft.states.forEach((row, index) => {
    const code = row.state.trim().toUpperCase();
    const path = `states.${index}`;
    const rule = ruleBody(row, path, errors);
    if (!STATE_CODE.test(code)) errors[`${path}.state`] = 'Enter a two-letter state code, such as TX';
    else if (rowOf.has(code)) errors[`${path}.state`] = `${code} is already in row ${(rowOf.get(code) ?? 0) + 1}`;
    else rowOf.set(code, index);
    if (isEmpty(row)) errors[`${path}.reportingAllowed`] = 'Set at least one rule for the state, or remove the row';
    states[code] = rule;
  });
  if (Object.keys(errors).length > 0 || minimumBalanceCents === null) return { errors };
  return {
    body: {
      minDaysSinceFirstStatement: wholeNumber(draft.minDaysSinceFirstStatement),
      finalNoticeWaitDays: wholeNumber(draft.finalNoticeWaitDays),
      minimumBalanceCents,
      agencyFeePosting: draft.agencyFeePosting,
      connectorId: draft.connectorId.trim() === '' ? null : draft.connectorId.trim(),
      collectorHours: draft.collectorHours,
      creditReporting: { defaults, states },
    },
  };
}

const TOP_FIELDS = new Set(['minDaysSinceFirstStatement', 'finalNoticeWaitDays', 'minimumBalanceCents', 'agencyFeePosting', 'connectorId', 'collectorHours']);
const DEFAULT_RULE_FIELD = /^creditReporting\.defaults\.(\w+)$/;
const STATE_RULE_FIELD = /^creditReporting\.states\.([^.]+)(?:\.(\w+))?$/;

/**
 * The server's field errors (400) on the form's fields: a state's (`creditReporting.states.TX.waitingDays`) on its
 * row, a bad state key on the row's code. A field the form does not show stays under `other`, for the message above the form.
 */
export function serverFieldErrors(issues: readonly { readonly field: string; readonly message: string }[], draft: CollectionSettingsDraft): { fields: SettingsErrors; other: string[] } {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  const add = (field: string, message: string) => (fields[field] = fields[field] ? `${fields[field]}; ${message}` : message);
  for (const issue of issues) {
    const defaults = DEFAULT_RULE_FIELD.exec(issue.field);
    const state = STATE_RULE_FIELD.exec(issue.field);
    const row = state ? draft.states.findIndex((candidate) => candidate.state.trim().toUpperCase() === state[1]) : -1;
    const stateField = state?.[2] ?? 'state';
    if (TOP_FIELDS.has(issue.field)) add(issue.field, issue.message);
    else if (defaults && (RULE_FIELDS as readonly string[]).includes(defaults[1] ?? '')) add(`defaults.${defaults[1]}`, issue.message);
    else if (row >= 0 && (stateField === 'state' || (RULE_FIELDS as readonly string[]).includes(stateField))) add(`states.${row}.${stateField}`, issue.message);
    else other.push(`${issue.field}: ${issue.message}`);
  }
  return { fields, other };
}

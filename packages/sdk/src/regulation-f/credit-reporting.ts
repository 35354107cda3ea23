import { ValidationError, type ValidationIssue } from '../errors/errors';
import { dateIssue, dayNumber, isoDate } from './calendar-date';

/** The credit-reporting rule of one state (or the default for states without their own). Since SDK 1.9.0. @public */
export interface CreditReportingRule {
  /** Whether medical debt may be reported to a credit bureau at all in the state. */
  readonly reportingAllowed: boolean;
  /** The initial balance below which a debt is never reported, in integer cents. */
  readonly minimumInitialBalanceCents: number;
  /** Days after the first delinquency (or the date of service) before the debt may be reported. */
  readonly waitingDays: number;
  /** Days to wait after sending a notice for word that it could not be delivered (12 CFR 1006.30(a)). */
  readonly noticeWaitDays: number;
}

/**
 * The bureaus' medical debt policy: reporting allowed, never under 500 dollars, not before 365 days, 14 days after a
 * notice. Since SDK 1.9.0.
 * @public
 */
export const DEFAULT_CREDIT_REPORTING_RULE: CreditReportingRule = {
  reportingAllowed: true,
  minimumInitialBalanceCents: 50_000,
  waitingDays: 365,
  noticeWaitDays: 14,
};

/** An organization's credit-reporting settings: defaults, and overrides per state (USPS code, e.g. `CO`). Since SDK 1.9.0. @public */
export interface CreditReportingSettings {
  /** Overrides of {@link DEFAULT_CREDIT_REPORTING_RULE} for every state. */
  readonly defaults?: Partial<CreditReportingRule>;
  /** Overrides per state, keyed by two-letter USPS code (a state that bans reporting: `{ reportingAllowed: false }`). */
  readonly states?: Readonly<Record<string, Partial<CreditReportingRule>>>;
}

/** A notice about the debt sent to the consumer (a letter or an electronic message). Since SDK 1.9.0. @public */
export interface CreditReportingNotice {
  /** When it was sent (ISO calendar date). */
  readonly sentOn: string;
  /** When word came that it could not be delivered, if it did (ISO calendar date). */
  readonly undeliverableOn?: string;
}

/** What the credit-reporting decision looks at. Since SDK 1.9.0. @public */
export interface CreditReportingFacts {
  /** The consumer's state, two-letter USPS code. */
  readonly state: string;
  /** The balance the first report would show, in integer cents. */
  readonly initialBalanceCents: number;
  /** Whether the debt has been paid in full. */
  readonly paidInFull: boolean;
  /** The date of first delinquency, or of service when there is none (ISO calendar date). */
  readonly delinquentSince: string;
  /** The date the collector last spoke with the consumer about the debt (in person or by telephone), if ever. */
  readonly spokeWithConsumerOn?: string;
  /** Notices about the debt sent to the consumer. */
  readonly notices?: readonly CreditReportingNotice[];
  /** The date of the decision (ISO calendar date). */
  readonly today: string;
}

/** Why a debt may not be reported. Since SDK 1.9.0. @public */
export type CreditReportingRefusalCode =
  | 'state-prohibits'
  | 'balance-under-threshold'
  | 'waiting-period'
  | 'paid-in-full'
  | 'consumer-not-contacted'
  | 'notice-wait'
  | 'notice-undeliverable';

/** One reason a debt may not be reported, with the date it stops applying when one is known. Since SDK 1.9.0. @public */
export interface CreditReportingRefusal {
  /** Which rule refuses. */
  readonly code: CreditReportingRefusalCode;
  /** The reason in words a person can act on. */
  readonly message: string;
  /** The first date the rule allows reporting (ISO calendar date), when waiting is all it takes. */
  readonly allowedFrom?: string;
}

/** Whether a debt may be reported to a credit bureau, under which rule, or every reason why not. Since SDK 1.9.0. @public */
export type CreditReportingDecision =
  | { readonly allowed: true; readonly rule: CreditReportingRule }
  | { readonly allowed: false; readonly rule: CreditReportingRule; readonly refusals: readonly CreditReportingRefusal[] };

function ruleIssues(rule: Partial<CreditReportingRule>, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (rule.reportingAllowed !== undefined && typeof rule.reportingAllowed !== 'boolean') issues.push({ field: `${path}.reportingAllowed`, message: 'expected true or false' });
  for (const key of ['minimumInitialBalanceCents', 'waitingDays', 'noticeWaitDays'] as const) {
    const value = rule[key];
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) issues.push({ field: `${path}.${key}`, message: `expected a whole number, 0 or more, got ${String(value)}` });
  }
  return issues;
}

/**
 * The rule for `state` (two-letter USPS code): {@link DEFAULT_CREDIT_REPORTING_RULE}, then the settings' defaults,
 * then the state's overrides. Throws {@link ValidationError} naming a bad setting or state. Since SDK 1.9.0.
 * @public
 */
export function creditReportingRuleFor(settings: CreditReportingSettings, state: string): CreditReportingRule {
  const code = typeof state === 'string' ? state.trim().toUpperCase() : '';
  const issues = /^[A-Z]{2}$/.test(code) ? [] : [{ field: 'state', message: `expected a two-letter USPS code, got ${JSON.stringify(state)}` }];
  const stateRule = settings.states?.[code] ?? {};
  issues.push(...ruleIssues(settings.defaults ?? {}, 'defaults'), ...ruleIssues(stateRule, `states.${code}`));
  if (issues.length > 0) throw new ValidationError(issues);
  return { ...DEFAULT_CREDIT_REPORTING_RULE, ...settings.defaults, ...stateRule };
}

function factIssues(facts: CreditReportingFacts): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [field, value] of [['today', facts.today], ['delinquentSince', facts.delinquentSince]] as const) {
    const issue = dateIssue(value, field);
    if (issue) issues.push(issue);
  }
  if (facts.spokeWithConsumerOn !== undefined) issues.push(...[dateIssue(facts.spokeWithConsumerOn, 'spokeWithConsumerOn')].filter((issue) => issue !== undefined));
  (facts.notices ?? []).forEach((notice, index) => {
    const sent = dateIssue(notice.sentOn, `notices[${index}].sentOn`);
    const returned = notice.undeliverableOn === undefined ? undefined : dateIssue(notice.undeliverableOn, `notices[${index}].undeliverableOn`);
    issues.push(...[sent, returned].filter((issue) => issue !== undefined));
  });
  if (!Number.isSafeInteger(facts.initialBalanceCents) || facts.initialBalanceCents < 0) {
    issues.push({ field: 'initialBalanceCents', message: `expected a whole number of cents, 0 or more, got ${String(facts.initialBalanceCents)}` });
  }
  if (typeof facts.paidInFull !== 'boolean') issues.push({ field: 'paidInFull', message: 'expected true or false' });
  return issues;
}

/** The refusal about contacting the consumer first (12 CFR 1006.30(a)), if any. */
function contactRefusal(facts: CreditReportingFacts, rule: CreditReportingRule, today: number): CreditReportingRefusal | undefined {
  if (facts.spokeWithConsumerOn !== undefined && facts.spokeWithConsumerOn <= facts.today) return undefined;
  const sent = (facts.notices ?? []).filter((notice) => notice.sentOn <= facts.today);
  const delivered = sent.filter((notice) => notice.undeliverableOn === undefined || notice.undeliverableOn > facts.today);
  const waitedFrom = delivered.map((notice) => dayNumber(notice.sentOn, 'sentOn') + rule.noticeWaitDays);
  if (waitedFrom.some((day) => day <= today)) return undefined;
  if (waitedFrom.length > 0) {
    const allowedFrom = isoDate(Math.min(...waitedFrom));
    return { code: 'notice-wait', message: `wait ${rule.noticeWaitDays} days after the notice for word it could not be delivered, until ${allowedFrom}`, allowedFrom };
  }
  if (sent.length > 0) return { code: 'notice-undeliverable', message: 'the notice came back undeliverable: speak with the consumer or send a notice that reaches them first' };
  return { code: 'consumer-not-contacted', message: 'speak with the consumer or send them a notice about the debt first' };
}

/**
 * Whether a medical debt may be reported to a credit bureau on `facts.today` under the consumer's state rule: never
 * where the state bans it, never for an initial balance under the threshold, never before the waiting days from the
 * first delinquency have passed, never once paid in full, and never before the collector spoke with the consumer or
 * sent a notice and waited the notice days without word that it could not be delivered (a notice that came back
 * undeliverable does not count). A refusal lists every reason. Throws {@link ValidationError} naming a bad fact or
 * setting. Since SDK 1.9.0.
 * @public
 */
export function mayReportToCreditBureau(facts: CreditReportingFacts, settings: CreditReportingSettings = {}): CreditReportingDecision {
  const rule = creditReportingRuleFor(settings, facts.state);
  const issues = factIssues(facts);
  if (issues.length > 0) throw new ValidationError(issues);
  const today = dayNumber(facts.today, 'today');
  const refusals: CreditReportingRefusal[] = [];
  if (!rule.reportingAllowed) refusals.push({ code: 'state-prohibits', message: `${facts.state.trim().toUpperCase()} does not allow medical debt on credit reports` });
  if (facts.initialBalanceCents < rule.minimumInitialBalanceCents) {
    refusals.push({ code: 'balance-under-threshold', message: `the initial balance ${facts.initialBalanceCents} cents is under the ${rule.minimumInitialBalanceCents} cents threshold` });
  }
  const waitedFrom = dayNumber(facts.delinquentSince, 'delinquentSince') + rule.waitingDays;
  if (today < waitedFrom) {
    const allowedFrom = isoDate(waitedFrom);
    refusals.push({ code: 'waiting-period', message: `not before ${rule.waitingDays} days after ${facts.delinquentSince}, on ${allowedFrom}`, allowedFrom });
  }
  if (facts.paidInFull) refusals.push({ code: 'paid-in-full', message: 'the debt is paid in full' });
  const contact = contactRefusal(facts, rule, today);
  if (contact) refusals.push(contact);
  return refusals.length === 0 ? { allowed: true, rule } : { allowed: false, rule, refusals };
}

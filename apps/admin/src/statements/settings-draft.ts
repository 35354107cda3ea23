import type { StatementSettings, StatementSettingsInput } from '../api/views';
import { centsInput, nonNegative, parseDollars } from '../money/cents';

export const NOTICES = ['howToPay', 'paymentPlans', 'financialAssistance', 'dispute'] as const;
export type NoticeName = (typeof NOTICES)[number];

/** The statement settings as the form edits them: the minimum balance in dollars as typed, the address one line per line. */
export interface SettingsDraft {
  readonly runsDaily: boolean;
  readonly cadenceDays: number | string;
  readonly statementsBeforeFinalNotice: number | string;
  readonly minimumBalance: string;
  readonly smallBalanceWriteOff: string;
  readonly dueInDays: number | string;
  readonly billingName: string;
  readonly billingAddress: string;
  readonly billingPhone: string;
  readonly notices: Readonly<Record<NoticeName, string>>;
}

/** The form's fields, by the names the server's errors use (the `…Cents` fields are typed in dollars). */
export type SettingsField = Exclude<keyof SettingsDraft, 'minimumBalance' | 'smallBalanceWriteOff' | 'notices'> | 'minimumBalanceCents' | 'smallBalanceWriteOffCents' | `notices.${NoticeName}`;

export function draftOf(settings: StatementSettings): SettingsDraft {
  return {
    runsDaily: settings.runsDaily,
    cadenceDays: settings.cadenceDays,
    statementsBeforeFinalNotice: settings.statementsBeforeFinalNotice,
    minimumBalance: centsInput(settings.minimumBalanceCents),
    smallBalanceWriteOff: centsInput(settings.smallBalanceWriteOffCents),
    dueInDays: settings.dueInDays,
    billingName: settings.billingName,
    billingAddress: settings.billingAddress.join('\n'),
    billingPhone: settings.billingPhone,
    notices: { ...settings.notices },
  };
}

/** A whole number typed in a number field, or NaN (the server names the field: "expected number"). */
const wholeNumber = (value: number | string): number => (value === '' ? Number.NaN : Number(value));

/**
 * The request body of a draft, or the errors the form finds itself: the minimum balance and the write-off threshold
 * must be amounts in dollars (sent as integer cents, never through a float). Everything else is the server's to check, field by field.
 */
export function bodyOf(draft: SettingsDraft): { body: StatementSettingsInput } | { errors: Partial<Record<SettingsField, string>> } {
  const minimumBalanceCents = nonNegative(parseDollars(draft.minimumBalance));
  const smallBalanceWriteOffCents = nonNegative(parseDollars(draft.smallBalanceWriteOff));
  if (minimumBalanceCents === null || smallBalanceWriteOffCents === null) {
    return {
      errors: {
        ...(minimumBalanceCents === null ? { minimumBalanceCents: 'Enter an amount in dollars, such as 5.00' } : {}),
        ...(smallBalanceWriteOffCents === null ? { smallBalanceWriteOffCents: 'Enter an amount in dollars, such as 0.00' } : {}),
      },
    };
  }
  return {
    body: {
      runsDaily: draft.runsDaily,
      cadenceDays: wholeNumber(draft.cadenceDays),
      statementsBeforeFinalNotice: wholeNumber(draft.statementsBeforeFinalNotice),
      minimumBalanceCents,
      smallBalanceWriteOffCents,
      dueInDays: wholeNumber(draft.dueInDays),
      billingName: draft.billingName,
      billingAddress: draft.billingAddress.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
      billingPhone: draft.billingPhone,
      notices: { ...draft.notices },
    },
  };
}

const ADDRESS_LINE = /^billingAddress\[(\d+)\]$/;

/**
 * The server's field errors (400) on the form's fields. An address line's error (`billingAddress[1]`) goes on the
 * address with its line number; a field the form does not show stays under `other`, for the message above the form.
 */
export function serverFieldErrors(issues: readonly { readonly field: string; readonly message: string }[]): { fields: Partial<Record<SettingsField, string>>; other: string[] } {
  const fields: Partial<Record<SettingsField, string>> = {};
  const other: string[] = [];
  const known = new Set<string>(['runsDaily', 'cadenceDays', 'statementsBeforeFinalNotice', 'minimumBalanceCents', 'smallBalanceWriteOffCents', 'dueInDays', 'billingName', 'billingAddress', 'billingPhone', ...NOTICES.map((name) => `notices.${name}`)]);
  for (const issue of issues) {
    const line = ADDRESS_LINE.exec(issue.field);
    const field = (line ? 'billingAddress' : issue.field) as SettingsField;
    const message = line ? `Line ${Number(line[1]) + 1}: ${issue.message}` : issue.message;
    if (!known.has(field)) other.push(`${issue.field}: ${issue.message}`);
    else fields[field] = fields[field] ? `${fields[field]}; ${message}` : message;
  }
  return { fields, other };
}

import type { StatementAccount, StatementAccountChange } from '../api/views';

/** What staff edit on a statement account: email consent and address, and a hold. */
export interface AccountDraft {
  readonly emailConsent: boolean;
  readonly email: string;
  readonly holdUntil: string;
  readonly holdReason: string;
}

export function accountDraftOf(account: StatementAccount): AccountDraft {
  return { emailConsent: account.emailConsent, email: account.email ?? '', holdUntil: account.holdUntil ?? '', holdReason: account.holdReason ?? '' };
}

/** The PATCH body: every field sent, an empty one as null (cleared). */
export function accountChangeOf(draft: AccountDraft): StatementAccountChange {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return { emailConsent: draft.emailConsent, email: orNull(draft.email), holdUntil: orNull(draft.holdUntil), holdReason: orNull(draft.holdReason) };
}

/** Where the account's statements go, in words. */
export function deliveryWords(account: StatementAccount): string {
  if (!account.emailConsent) return 'By mail: the guarantor has not consented to email';
  return `By email to ${account.email ?? "the guarantor's email on file"}`;
}

/** The hold in words, as of `today` (YYYY-MM-DD): a hold that has ended is said to have ended. */
export function holdWords(account: StatementAccount, today: string): string {
  if (!account.holdUntil) return account.holdReason ? `None (note: ${account.holdReason})` : 'None';
  const reason = account.holdReason ? `: ${account.holdReason}` : '';
  return account.holdUntil > today ? `No statement before ${account.holdUntil}${reason}` : `Ended ${account.holdUntil}${reason}`;
}

import type { CallCheck, CollectionCallInput } from '../../api/views';
import { dateTime } from '../../format/date-time';

/** The debtor's time zone as staff pick it: empty when unknown (then the hours rule holds in every US zone). */
export const TIME_ZONES: readonly { readonly value: string; readonly label: string }[] = [
  { value: '', label: 'Unknown: every US time zone' },
  { value: 'America/New_York', label: 'Eastern (New York)' },
  { value: 'America/Chicago', label: 'Central (Chicago)' },
  { value: 'America/Denver', label: 'Mountain (Denver)' },
  { value: 'America/Phoenix', label: 'Arizona (Phoenix)' },
  { value: 'America/Los_Angeles', label: 'Pacific (Los Angeles)' },
  { value: 'America/Anchorage', label: 'Alaska (Anchorage)' },
  { value: 'Pacific/Honolulu', label: 'Hawaii (Honolulu)' },
  { value: 'America/Puerto_Rico', label: 'Atlantic (Puerto Rico)' },
];

/** An instant as a `datetime-local` input shows it: the browser's local time, to the minute. */
export function localInputOf(instant: Date): string {
  return new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** A `datetime-local` value (the browser's local time) as an ISO instant, or null when it is not one. */
export function instantOf(local: string): string | null {
  if (!LOCAL_DATE_TIME.test(local)) return null;
  const instant = new Date(local);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** A call as the form edits it. */
export interface CallDraft {
  /** When the call is (about to be) placed, local time as typed. */
  readonly at: string;
  readonly initiatedBy: 'collector' | 'consumer';
  readonly connected: boolean;
  readonly conversation: boolean;
  /** When the debtor consented to the call, local time; empty when they did not. */
  readonly consentGivenAt: string;
  readonly timeZone: string;
  readonly note: string;
}

export const newCallDraft = (now: Date): CallDraft => ({ at: localInputOf(now), initiatedBy: 'collector', connected: true, conversation: false, consentGivenAt: '', timeZone: '', note: '' });

/**
 * The request body of a call, or the errors the form finds itself: the times must be real local times (sent as
 * instants); a conversation needs the call to have connected. The note and the rules are the server's to check.
 */
export function callBody(draft: CallDraft): { body: CollectionCallInput } | { errors: Partial<Record<'at' | 'consentGivenAt' | 'conversation', string>> } {
  const at = instantOf(draft.at);
  const consent = draft.consentGivenAt === '' ? undefined : instantOf(draft.consentGivenAt);
  const errors: Partial<Record<'at' | 'consentGivenAt' | 'conversation', string>> = {};
  if (!at) errors.at = 'Enter the date and time of the call';
  if (consent === null) errors.consentGivenAt = 'Enter the date and time of the consent, or leave it empty';
  if (draft.conversation && !draft.connected) errors.conversation = 'A conversation needs a call that connected';
  if (!at || consent === null || errors.conversation) return { errors };
  return {
    body: {
      at,
      initiatedBy: draft.initiatedBy,
      connected: draft.connected,
      conversation: draft.conversation,
      ...(consent ? { consentGivenAt: consent } : {}),
      timeZones: draft.timeZone === '' ? [] : [draft.timeZone],
      note: draft.note,
    },
  };
}

/** The call check's answer in words: the call may be placed, or every rule that stops it and when it may be. */
export function callCheckText(check: CallCheck): { allowed: boolean; lines: readonly string[] } {
  if (check.allowed) return { allowed: true, lines: ['No rule stops this call: the limits, the hours, opt-outs and disputes allow it.'] };
  return { allowed: false, lines: [...check.reasons, ...(check.nextAllowedAt ? [`The next time a call is allowed: ${dateTime(check.nextAllowedAt)}.`] : [])] };
}

import type { EligibilityBenefits, OperationResult } from '@openrcm/sdk';
import type { EligibilityOutcome } from '../eligibility-check.entity';

/** What a provider's answer becomes: a result to record, or a follow-up to schedule. */
export type EligibilityAnswer =
  | { readonly kind: 'record'; readonly result: RecordedAnswer }
  | { readonly kind: 'follow-up'; readonly reference: string; readonly retryAt: Date | null };

/** The recorded part of an answer (the caller adds the patient, coverage, date and source). */
export interface RecordedAnswer {
  readonly outcome: EligibilityOutcome;
  readonly planBegin?: string;
  readonly planEnd?: string;
  readonly copayCents?: number;
  readonly coinsuranceBasisPoints?: number;
  readonly deductibleRemainingCents?: number;
  readonly outOfPocketRemainingCents?: number;
  readonly messages: readonly string[];
  readonly notes?: string;
  readonly raw?: string;
  /** Whether asking again later may give an answer (communication problems). */
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
}

/**
 * Maps an eligibility provider's OperationResult to what OpenRCM records: SUCCESS → active or inactive with the
 * benefits; FAILURE (the payer said no: not eligible, member not found) → inactive, or not-found when the payer's code
 * says the member is unknown, with its reason; PENDING → a follow-up; EXCEPTION → `error`, never inactive.
 */
export function interpretEligibilityResult(result: OperationResult<EligibilityBenefits>): EligibilityAnswer {
  switch (result.status) {
    case 'SUCCESS':
      return { kind: 'record', result: { ...benefitFields(result.value), outcome: result.value.active ? 'active' : 'inactive', retryable: false } };
    case 'FAILURE':
      return {
        kind: 'record',
        result: {
          ...(result.value ? benefitFields(result.value) : { messages: [] }),
          outcome: isMemberNotFound(result.code) ? 'not-found' : 'inactive',
          notes: result.code ? `${result.reason} (code ${result.code})` : result.reason,
          retryable: false,
        },
      };
    case 'PENDING':
      return { kind: 'follow-up', reference: result.reference, retryAt: result.retryAt ?? null };
    case 'EXCEPTION':
      return {
        kind: 'record',
        result: { outcome: 'error', messages: [], notes: result.message, retryable: result.retryable, ...(result.retryAfterMs === undefined ? {} : { retryAfterMs: result.retryAfterMs }) },
      };
  }
}

/** Payer codes meaning the member is unknown: X12 AAA03 72 (invalid member id), 75 (subscriber not found), 67 (patient not found). */
const MEMBER_NOT_FOUND_CODES = new Set(['72', '75', '67', 'member-not-found']);

function isMemberNotFound(code: string | undefined): boolean {
  return code !== undefined && MEMBER_NOT_FOUND_CODES.has(code);
}

function benefitFields(benefits: EligibilityBenefits): Omit<RecordedAnswer, 'outcome' | 'retryable'> {
  return {
    ...(benefits.planBeginDate ? { planBegin: benefits.planBeginDate } : {}),
    ...(benefits.planEndDate ? { planEnd: benefits.planEndDate } : {}),
    ...(benefits.copayCents === undefined ? {} : { copayCents: benefits.copayCents }),
    ...(benefits.coinsuranceBasisPoints === undefined ? {} : { coinsuranceBasisPoints: benefits.coinsuranceBasisPoints }),
    ...(benefits.deductible?.remainingCents === undefined ? {} : { deductibleRemainingCents: benefits.deductible.remainingCents }),
    ...(benefits.outOfPocket?.remainingCents === undefined ? {} : { outOfPocketRemainingCents: benefits.outOfPocket.remainingCents }),
    messages: [...benefits.messages],
    raw: typeof benefits.raw === 'string' ? benefits.raw : JSON.stringify(benefits.raw),
  };
}

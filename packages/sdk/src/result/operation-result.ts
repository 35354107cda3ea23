/** The four outcomes of an operation against a counterparty (payer, clearinghouse, agency). @public */
export type OperationStatus = 'SUCCESS' | 'FAILURE' | 'PENDING' | 'EXCEPTION';

/** The counterparty answered and the operation did what was asked. @public */
export interface OperationSuccess<T> {
  /** Always `SUCCESS`. */
  readonly status: 'SUCCESS';
  /** What the counterparty returned. */
  readonly value: T;
}

/**
 * The counterparty answered "no" (coverage inactive, claim refused): a business outcome, not an error.
 * @public
 */
export interface OperationFailure<T> {
  /** Always `FAILURE`. */
  readonly status: 'FAILURE';
  /** Why the counterparty said no, in words a person can act on; never patient data. */
  readonly reason: string;
  /** The counterparty's code for the refusal, when it gave one (e.g. an X12 rejection or status code). */
  readonly code?: string;
  /** Whatever the counterparty returned along with its "no". */
  readonly value?: T;
}

/** The counterparty has not answered yet; ask again at or after `retryAt` with `reference`. @public */
export interface OperationPending {
  /** Always `PENDING`. */
  readonly status: 'PENDING';
  /** The counterparty's id for the pending operation, to ask about it again. */
  readonly reference: string;
  /** The earliest time to ask again (a UTC instant); as soon as convenient when absent. */
  readonly retryAt?: Date;
}

/** The operation could not be completed (network, timeout, 5xx); `retryable` says whether to try again. @public */
export interface OperationException {
  /** Always `EXCEPTION`. */
  readonly status: 'EXCEPTION';
  /** What went wrong, for logs; never patient data. */
  readonly message: string;
  /** Whether the same request may succeed later. */
  readonly retryable: boolean;
  /** How long to wait before retrying, in milliseconds, when the counterparty said (HTTP 429 Retry-After). */
  readonly retryAfterMs?: number;
}

/** The result of an operation against a counterparty. @public */
export type OperationResult<T> = OperationSuccess<T> | OperationFailure<T> | OperationPending | OperationException;

/** Constructors for {@link OperationResult}. @public */
export const OperationResults = {
  /** The counterparty did what was asked and returned `value`. */
  success<T>(value: T): OperationSuccess<T> {
    return { status: 'SUCCESS', value };
  },
  /** The counterparty said no, for `reason`; `options` carries its code and whatever it returned. */
  failure<T>(reason: string, options: { code?: string; value?: T } = {}): OperationFailure<T> {
    return { status: 'FAILURE', reason, ...options };
  },
  /** The counterparty has not answered yet; ask again with `reference`, at or after `retryAt`. */
  pending(reference: string, retryAt?: Date): OperationPending {
    return retryAt ? { status: 'PENDING', reference, retryAt } : { status: 'PENDING', reference };
  },
  /** The operation could not be completed; `retryAfterMs` (milliseconds) when the counterparty said when to retry. */
  exception(message: string, retryable: boolean, retryAfterMs?: number): OperationException {
    return retryAfterMs === undefined
      ? { status: 'EXCEPTION', message, retryable }
      : { status: 'EXCEPTION', message, retryable, retryAfterMs };
  },
} as const;

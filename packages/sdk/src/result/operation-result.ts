/** The four outcomes of an operation against a counterparty (payer, clearinghouse, agency). @public */
export type OperationStatus = 'SUCCESS' | 'FAILURE' | 'PENDING' | 'EXCEPTION';

/** The counterparty answered and the operation did what was asked. @public */
export interface OperationSuccess<T> {
  readonly status: 'SUCCESS';
  readonly value: T;
}

/**
 * The counterparty answered "no" (coverage inactive, claim refused): a business outcome, not an error.
 * @public
 */
export interface OperationFailure<T> {
  readonly status: 'FAILURE';
  readonly reason: string;
  readonly code?: string;
  /** Whatever the counterparty returned along with its "no". */
  readonly value?: T;
}

/** The counterparty has not answered yet; ask again at or after `retryAt` with `reference`. @public */
export interface OperationPending {
  readonly status: 'PENDING';
  readonly reference: string;
  readonly retryAt?: Date;
}

/** The operation could not be completed (network, timeout, 5xx); `retryable` says whether to try again. @public */
export interface OperationException {
  readonly status: 'EXCEPTION';
  readonly message: string;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
}

/** The result of an operation against a counterparty. @public */
export type OperationResult<T> = OperationSuccess<T> | OperationFailure<T> | OperationPending | OperationException;

/** Constructors for {@link OperationResult}. @public */
export const OperationResults = {
  success<T>(value: T): OperationSuccess<T> {
    return { status: 'SUCCESS', value };
  },
  failure<T>(reason: string, options: { code?: string; value?: T } = {}): OperationFailure<T> {
    return { status: 'FAILURE', reason, ...options };
  },
  pending(reference: string, retryAt?: Date): OperationPending {
    return retryAt ? { status: 'PENDING', reference, retryAt } : { status: 'PENDING', reference };
  },
  exception(message: string, retryable: boolean, retryAfterMs?: number): OperationException {
    return retryAfterMs === undefined
      ? { status: 'EXCEPTION', message, retryable }
      : { status: 'EXCEPTION', message, retryable, retryAfterMs };
  },
} as const;

/**
 * One field-level problem in a request or a file: `field` is a dotted path (`patient.birthDate`)
 * or an X12 position (`CLM02`, `SV1*3 at segment 42`).
 * @public
 */
export interface ValidationIssue {
  /** Where the problem is: a dotted path (`patient.birthDate`) or an X12 position (`CLM02`). */
  readonly field: string;
  /** What is wrong or what was expected; never patient data. */
  readonly message: string;
}

/** One failing gate check of a refused transition, with a reason a person can act on. @public */
export interface TransitionFailure {
  /** The name of the gate check that failed, e.g. `eligibility-verified`. */
  readonly check: string;
  /** Why it failed, in words a person can act on. */
  readonly reason: string;
}

/**
 * The root of OpenRCM's coded error hierarchy. Core maps each code to one HTTP status in one filter.
 * Messages never carry PHI.
 * @public
 */
export abstract class OpenRcmError extends Error {
  /** A stable machine-readable code, e.g. `VALIDATION_FAILED`. */
  abstract readonly code: string;

  /**
   * Sets `name` to the concrete class's name.
   * @param message - What went wrong, for logs and problem documents; never patient data.
   */
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that fails validation; `issues` names every bad field. @public */
export class ValidationError extends OpenRcmError {
  /** Always `VALIDATION_FAILED`. */
  readonly code = 'VALIDATION_FAILED';

  /**
   * The message lists every issue as `field: message`.
   * @param issues - Every bad field.
   */
  constructor(
    /** Every bad field, with what was expected. */
    public readonly issues: readonly ValidationIssue[],
  ) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ') || 'invalid input');
  }
}

/** A record that does not exist in the caller's organization. @public */
export class NotFoundError extends OpenRcmError {
  /** Always `NOT_FOUND`. */
  readonly code = 'NOT_FOUND';

  /**
   * The message reads `<entity> <id> was not found`.
   * @param entity - The kind of record, e.g. `patient`.
   * @param id - The id that was looked up.
   */
  constructor(
    /** The kind of record that was not found, e.g. `patient`. */
    public readonly entity: string,
    /** The id that was looked up. */
    public readonly id: string,
  ) {
    super(`${entity} ${id} was not found`);
  }
}

/** A write that conflicts with the current state (duplicate key, stale version). @public */
export class ConflictError extends OpenRcmError {
  /** Always `CONFLICT`. */
  readonly code = 'CONFLICT';
}

/** A workflow event refused in the current state or by failing gate checks. @public */
export class InvalidTransitionError extends OpenRcmError {
  /** Always `INVALID_TRANSITION`. */
  readonly code = 'INVALID_TRANSITION';

  /**
   * A refused workflow event.
   * @param message - Why the event was refused; never patient data.
   * @param failures - The failing gate checks, if any.
   */
  constructor(
    message: string,
    /** The gate checks that failed (empty when the event is not allowed in the current state). */
    public readonly failures: readonly TransitionFailure[] = [],
  ) {
    super(message);
  }
}

/** The caller is not signed in, or the credentials are invalid. @public */
export class UnauthenticatedError extends OpenRcmError {
  /** Always `UNAUTHENTICATED`. */
  readonly code = 'UNAUTHENTICATED';
}

/** The caller is signed in but lacks the role or capability for this action. @public */
export class ForbiddenError extends OpenRcmError {
  /** Always `FORBIDDEN`. */
  readonly code = 'FORBIDDEN';
}

/**
 * A payer, clearinghouse or other external service failed. `retryable` says whether the same request may succeed later
 * (timeouts, 5xx, 429) or not (a refused credential).
 * @public
 */
export class ExternalServiceError extends OpenRcmError {
  /** Always `EXTERNAL_SERVICE_FAILED`. */
  readonly code = 'EXTERNAL_SERVICE_FAILED';

  /**
   * A failed call to an external service.
   * @param message - What failed; never patient data.
   * @param service - The service that failed.
   * @param retryable - Whether the same request may succeed later.
   * @param retryAfterMs - When the service said when to retry, in milliseconds.
   */
  constructor(
    message: string,
    /** The name of the service that failed (a payer, clearinghouse or other API). */
    public readonly service: string,
    /** Whether the same request may succeed later (timeouts, 5xx, 429) or not (a refused credential). */
    public readonly retryable: boolean,
    /** When the service said when to retry (HTTP 429 Retry-After), in milliseconds. */
    public readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

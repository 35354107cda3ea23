/**
 * One field-level problem in a request or a file: `field` is a dotted path (`patient.birthDate`)
 * or an X12 position (`CLM02`, `SV1*3 at segment 42`).
 * @public
 */
export interface ValidationIssue {
  readonly field: string;
  readonly message: string;
}

/** One failing gate check of a refused transition, with a reason a person can act on. @public */
export interface TransitionFailure {
  readonly check: string;
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

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that fails validation; `issues` names every bad field. @public */
export class ValidationError extends OpenRcmError {
  readonly code = 'VALIDATION_FAILED';

  constructor(public readonly issues: readonly ValidationIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ') || 'invalid input');
  }
}

/** A record that does not exist in the caller's organization. @public */
export class NotFoundError extends OpenRcmError {
  readonly code = 'NOT_FOUND';

  constructor(
    public readonly entity: string,
    public readonly id: string,
  ) {
    super(`${entity} ${id} was not found`);
  }
}

/** A write that conflicts with the current state (duplicate key, stale version). @public */
export class ConflictError extends OpenRcmError {
  readonly code = 'CONFLICT';
}

/** A workflow event refused in the current state or by failing gate checks. @public */
export class InvalidTransitionError extends OpenRcmError {
  readonly code = 'INVALID_TRANSITION';

  constructor(
    message: string,
    public readonly failures: readonly TransitionFailure[] = [],
  ) {
    super(message);
  }
}

/** The caller is not signed in, or the credentials are invalid. @public */
export class UnauthenticatedError extends OpenRcmError {
  readonly code = 'UNAUTHENTICATED';
}

/** The caller is signed in but lacks the role or capability for this action. @public */
export class ForbiddenError extends OpenRcmError {
  readonly code = 'FORBIDDEN';
}

/**
 * A payer, clearinghouse or other external service failed. `retryable` says whether the same request may succeed later
 * (timeouts, 5xx, 429) or not (a refused credential).
 * @public
 */
export class ExternalServiceError extends OpenRcmError {
  readonly code = 'EXTERNAL_SERVICE_FAILED';

  constructor(
    message: string,
    public readonly service: string,
    public readonly retryable: boolean,
    /** When the service said when to retry (HTTP 429 Retry-After), in milliseconds. */
    public readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

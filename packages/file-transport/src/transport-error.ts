/** A transport failure, with whether trying again later may succeed; the message names no secret and no patient. */
export class TransportError extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
    this.name = 'TransportError';
  }
}

const RETRYABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EPIPE', 'EBUSY', 'EAGAIN']);

/** The error's `code` (Node system errors, SFTP status codes), when it has one. */
export function codeOf(error: unknown): string | number | undefined {
  return (error as { code?: string | number } | undefined)?.code;
}

/**
 * A {@link TransportError} for a failed operation: network and busy conditions are retryable, everything else
 * (missing directory, permission refused) is not. `what` says what was attempted; the cause's text is not repeated.
 */
export function transportErrorOf(what: string, error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  const code = codeOf(error);
  const retryable = typeof code === 'string' && RETRYABLE_CODES.has(code);
  return new TransportError(`${what} failed${code === undefined ? '' : ` (${String(code)})`}`, retryable);
}

/** An RFC 9457 problem document as the server answers errors, with OpenRCM's extensions. */
export interface Problem {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly code?: string;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
  readonly failures?: readonly { readonly check: string; readonly reason: string }[];
  readonly candidates?: readonly unknown[];
}

/** A refused API call: its HTTP status and problem document. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  /** The message of a field-level error, if the server named this field. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((error) => error.field === field)?.message;
  }
}

function problemOf(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object' && 'status' in error) return error as Problem;
  return { status: response.status, title: response.statusText || 'Request failed', detail: typeof error === 'string' ? error : undefined };
}

/**
 * The answer of an openapi-fetch call, or an ApiError. The server's OpenAPI document does not describe response
 * bodies yet, so the caller names the view type it expects (src/api/views.ts); request bodies and parameters are
 * typed by the generated schema.
 */
export async function expectOk<T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(problemOf(error, response));
  return data as T;
}

/** A readable line for any error thrown by a call. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.problem.errors?.map((issue) => `${issue.field}: ${issue.message}`) ?? [];
    return [error.message, ...fields].join(' — ');
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The message to show above a form for an error: none when every field the server named is one the form shows by
 * its input (`fields`), else the whole message.
 */
export function formMessage(error: unknown, fields: readonly string[]): string | undefined {
  if (!error) return undefined;
  const named = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  if (named.length > 0 && named.every((issue) => fields.includes(issue.field))) return undefined;
  return messageOf(error);
}

/** The server's message for one field of a form, if the error named it. */
export function fieldMessage(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(field) : undefined;
}

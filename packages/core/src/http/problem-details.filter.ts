import { ArgumentsHost, Catch, HttpException, HttpStatus, Inject, type ExceptionFilter } from '@nestjs/common';
import {
  ConflictError,
  ExternalServiceError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  OpenRcmError,
  UnauthenticatedError,
  ValidationError,
} from '@openrcm/sdk';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../logging/logger';
import { PluginSettingsError } from '../plugins/plugin-settings.error';
import { correlationIdOf } from './correlation-id.middleware';

/** An RFC 9457 problem document, with OpenRCM's error code and field-level details. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: string;
  readonly correlationId: string;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
  readonly failures?: readonly { readonly check: string; readonly reason: string }[];
}

/** The first class an error is an instance of decides, so subclasses come before their parents. */
const STATUS_BY_ERROR: [new (...args: never[]) => OpenRcmError, number][] = [
  [PluginSettingsError, HttpStatus.UNPROCESSABLE_ENTITY],
  [ValidationError, HttpStatus.BAD_REQUEST],
  [UnauthenticatedError, HttpStatus.UNAUTHORIZED],
  [ForbiddenError, HttpStatus.FORBIDDEN],
  [NotFoundError, HttpStatus.NOT_FOUND],
  [ConflictError, HttpStatus.CONFLICT],
  [InvalidTransitionError, HttpStatus.UNPROCESSABLE_ENTITY],
  [ExternalServiceError, HttpStatus.BAD_GATEWAY],
];

/** The one place errors become HTTP responses: SDK errors by their class, anything unknown as a 500 without details. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(@Inject(ROOT_LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(error, request);
    if (problem.status >= 500) this.logger.error({ err: error, correlationId: problem.correlationId }, 'request failed');
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(error: unknown, request: Request): ProblemDetails {
    const base = { instance: request.originalUrl.split('?')[0] ?? '/', correlationId: correlationIdOf(request) };
    if (error instanceof OpenRcmError) {
      const status = STATUS_BY_ERROR.find(([type]) => error instanceof type)?.[1] ?? HttpStatus.INTERNAL_SERVER_ERROR;
      return {
        ...base,
        type: `https://openrcm.org/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
        title: titleOf(status),
        status,
        detail: error.message,
        code: error.code,
        ...(error instanceof ValidationError ? { errors: error.issues } : {}),
        ...(error instanceof InvalidTransitionError ? { failures: error.failures } : {}),
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return { ...base, type: 'about:blank', title: titleOf(status), status, detail: error.message, code: `HTTP_${status}` };
    }
    if (isClientHttpError(error)) {
      return { ...base, type: 'about:blank', title: titleOf(error.status), status: error.status, detail: error.message, code: `HTTP_${error.status}` };
    }
    return { ...base, type: 'about:blank', title: titleOf(500), status: 500, detail: 'an unexpected error occurred', code: 'INTERNAL' };
  }
}

/** Errors from Express middleware (body too large, malformed JSON) that are safe to show: `http-errors` with `expose`. */
function isClientHttpError(error: unknown): error is { status: number; message: string } {
  const candidate = error as { status?: unknown; expose?: unknown } | null;
  return typeof candidate?.status === 'number' && candidate.status >= 400 && candidate.status < 500 && candidate.expose === true;
}

function titleOf(status: number): string {
  const name = HttpStatus[status];
  return name ? name.toLowerCase().replaceAll('_', ' ').replace(/^\w/, (letter) => letter.toUpperCase()) : 'Error';
}

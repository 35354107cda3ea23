import { ArgumentsHost, Catch, HttpStatus, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { correlationIdOf } from '../http/correlation-id.middleware';
import { PossibleDuplicateError } from './possible-duplicate.error';

/** Answers a possible duplicate as the usual 409 problem document, with the candidates the clerk must review. */
@Catch(PossibleDuplicateError)
export class PossibleDuplicateFilter implements ExceptionFilter {
  catch(error: PossibleDuplicateError, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    response
      .status(HttpStatus.CONFLICT)
      .type('application/problem+json')
      .json({
        type: 'https://openrcm.org/problems/conflict',
        title: 'Conflict',
        status: HttpStatus.CONFLICT,
        detail: error.message,
        instance: request.originalUrl.split('?')[0] ?? '/',
        code: error.code,
        correlationId: correlationIdOf(request),
        candidates: error.candidates,
      });
  }
}

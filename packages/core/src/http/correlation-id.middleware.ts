import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

const HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._-]{1,100}$/;
const correlationIds = new WeakMap<Request, string>();

/** Gives every request a correlation id (the caller's `X-Correlation-Id` when well-formed) and echoes it back. */
@Injectable()
export class CorrelationIdMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    const offered = request.header(HEADER);
    const id = offered && SAFE_ID.test(offered) ? offered : randomUUID();
    correlationIds.set(request, id);
    response.setHeader(HEADER, id);
    next();
  }
}

/** The correlation id of a request. */
export function correlationIdOf(request: Request): string {
  return correlationIds.get(request) ?? 'none';
}

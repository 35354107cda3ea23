import { MikroORM } from '@mikro-orm/core';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { concatMap, Observable } from 'rxjs';
import { requestAuthOf } from '../auth/request-auth';
import { writePendingReads } from './audit-reads';
import { runInAuditScope } from './audit-scope';

/**
 * Runs every organization-scoped request in an audit scope, and writes the reads of patient data it made before the
 * response leaves: if the audit cannot be written, the data is not sent.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly orm: MikroORM) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = execution.switchToHttp().getRequest<Request>();
    const context = requestAuthOf(request).context;
    if (!context) return next.handle();
    return new Observable((subscriber) =>
      runInAuditScope(context, request.ip ?? null, (scope) =>
        next
          .handle()
          .pipe(
            concatMap(async (value: unknown) => {
              await writePendingReads(this.orm.em.fork(), scope);
              return value;
            }),
          )
          .subscribe(subscriber),
      ),
    );
  }
}

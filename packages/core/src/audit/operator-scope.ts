import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { writePendingReads } from './audit-reads';
import { runInAuditScope } from './audit-scope';

/**
 * The audit scope of an operator command (`openrcm …`): what the command reads and writes of patient data is audited
 * as its actor's (`cli:<user>`), as a request's would be; its reads are written when it is done.
 */
@Injectable()
export class OperatorScope {
  constructor(private readonly orm: MikroORM) {}

  async run<T>(context: RequestContext, work: () => Promise<T>): Promise<T> {
    return runInAuditScope(context, null, async (scope) => {
      const result = await work();
      await writePendingReads(this.orm.em.fork(), scope);
      return result;
    });
  }
}

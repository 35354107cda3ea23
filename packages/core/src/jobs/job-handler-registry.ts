import { Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext } from '@openrcm/sdk';

/** Runs one job; must be idempotent. Database work it does joins the job's transaction. */
export type JobHandler = (context: RequestContext, payload: unknown) => Promise<void>;

/** Finds the handlers of job names under one prefix (the plugin host resolves `plugin:<id>:<name>` per organization). */
export interface JobHandlerSource {
  readonly prefix: string;
  resolve(organizationId: string, name: string): JobHandler | undefined;
}

/** The handlers of every job name this process can run. */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly sources: JobHandlerSource[] = [];

  register(name: string, handler: JobHandler): void {
    if (this.handlers.has(name)) throw new ValidationError([{ field: 'job', message: `job "${name}" is registered twice` }]);
    this.handlers.set(name, handler);
  }

  addSource(source: JobHandlerSource): void {
    this.sources.push(source);
  }

  resolve(organizationId: string, name: string): JobHandler | undefined {
    const source = this.sources.find((candidate) => name.startsWith(candidate.prefix));
    return source ? source.resolve(organizationId, name) : this.handlers.get(name);
  }
}

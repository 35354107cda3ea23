/** Delivers due jobs to a {@link JobRunner}: in this process, or through Bull on Redis to any worker process. */
export interface JobDriver {
  readonly kind: 'in-process' | 'bull';
  /** Starts dispatching; `work` says whether this process also runs handlers. */
  start(work: boolean): Promise<void>;
  /** A job was enqueued or became due: dispatch soon. */
  nudge(): void;
  /** Stops taking jobs and waits for the running ones to finish. */
  stop(): Promise<void>;
  /** Throws when the driver's backing service is unreachable (readiness). */
  ping(): Promise<void>;
}

/** Injection token of the active {@link JobDriver}. */
export const JOB_DRIVER = Symbol('JOB_DRIVER');

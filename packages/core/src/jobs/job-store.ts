import type { EntityManager } from '@mikro-orm/postgresql';

/** How long a dispatched job may stay unfinished before it is dispatched again (its runner skips it if done). */
export const REDISPATCH_AFTER_SECONDS = 600;

/**
 * Claims up to `limit` due jobs with SKIP LOCKED, so several processes never claim the same row, and marks them
 * dispatched (in-process: also running). Returns the ids and how many times each was dispatched.
 */
export async function claimDueJobs(
  em: EntityManager,
  limit: number,
  markRunning: boolean,
): Promise<{ id: string; dispatch_count: number; max_attempts: number; attempts: number }[]> {
  if (limit <= 0) return [];
  return em.execute(
    `update job_record set dispatched_at = now(), dispatch_count = dispatch_count + 1,
       status = case when ? then 'running' else status end, updated_at = now()
     where id in (
       select id from job_record
       where status = 'queued' and run_at <= now()
         and (dispatched_at is null or dispatched_at < now() - interval '${REDISPATCH_AFTER_SECONDS} seconds')
       order by run_at, created_at limit ? for update skip locked)
     returning id, dispatch_count, max_attempts, attempts`,
    [markRunning, limit],
  );
}

/** Puts jobs left running by a process that died back in the queue (embedded mode has one process). */
export async function requeueAbandonedJobs(em: EntityManager): Promise<number> {
  const rows: unknown[] = await em.execute(
    `update job_record set status = 'queued', dispatched_at = null, updated_at = now() where status = 'running' returning id`,
  );
  return rows.length;
}

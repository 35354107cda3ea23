import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';

/** Wrong answers to a link's knowledge check before it is locked. */
export const MAX_CHECK_FAILURES = 5;
/** How long a locked link refuses every answer. */
export const LOCK_MINUTES = 30;

const keyOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Limits guesses at a pay link's knowledge check (a birth date or a ZIP code is guessable): after
 * {@link MAX_CHECK_FAILURES} wrong answers the link refuses every answer for {@link LOCK_MINUTES} minutes, in every
 * server process (the count is a row keyed by the link's hash, never the link itself).
 */
export async function isLocked(em: EntityManager, organizationId: string, token: string, now: Date): Promise<boolean> {
  const rows = await em.execute<{ locked: boolean }[]>(
    `select failures >= ? and last_failure_at > ? as locked from pay_link_check_failure where organization_id = ? and link_hash = ?`,
    [MAX_CHECK_FAILURES, new Date(now.getTime() - LOCK_MINUTES * 60_000), organizationId, keyOf(token)],
  );
  return rows[0]?.locked === true;
}

/** Counts a wrong answer (a lock that has expired starts counting again). */
export async function recordFailure(em: EntityManager, organizationId: string, token: string, now: Date): Promise<void> {
  await em.execute(
    `insert into pay_link_check_failure (organization_id, link_hash, failures, last_failure_at) values (?, ?, 1, ?)
     on conflict (organization_id, link_hash) do update set
       failures = case when pay_link_check_failure.last_failure_at <= ? then 1 else pay_link_check_failure.failures + 1 end,
       last_failure_at = excluded.last_failure_at`,
    [organizationId, keyOf(token), now, new Date(now.getTime() - LOCK_MINUTES * 60_000)],
  );
}

/** A right answer clears the count. */
export async function clearFailures(em: EntityManager, organizationId: string, token: string): Promise<void> {
  await em.execute(`delete from pay_link_check_failure where organization_id = ? and link_hash = ?`, [organizationId, keyOf(token)]);
}

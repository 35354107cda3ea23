import type { EntityManager } from '@mikro-orm/postgresql';

/** When a claim was last delivered to a clearinghouse, and through which plugin. */
export interface LastSubmission {
  readonly submittedAt: Date;
  readonly pluginId: string;
}

/**
 * SQL of the last submitted batch carrying claim `c` (a lateral subquery): a claim sent again after a rejection counts
 * from its latest delivery.
 */
export const LAST_SUBMISSION_SQL = `select b.submitted_at, b.plugin_id from claim_batch b
  where b.organization_id = c.organization_id and b.state = 'submitted' and b.submitted_at is not null
    and b.claim_ids @> jsonb_build_array(c.id::text)
  order by b.submitted_at desc limit 1`;

/** The claim's last submission, or undefined when no submitted batch carries it. */
export async function lastSubmissionOf(em: EntityManager, organizationId: string, claimId: string): Promise<LastSubmission | undefined> {
  const [row] = await em.execute<{ submitted_at: Date | string; plugin_id: string }[]>(
    `select s.submitted_at, s.plugin_id from claim c join lateral (${LAST_SUBMISSION_SQL}) s on true where c.organization_id = ? and c.id = ?`,
    [organizationId, claimId],
  );
  return row ? { submittedAt: new Date(row.submitted_at), pluginId: row.plugin_id } : undefined;
}

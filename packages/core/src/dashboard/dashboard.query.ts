import type { EntityManager } from '@mikro-orm/postgresql';
import { WORK_ITEM_ACTIVE_STATES } from '../work-items/work-item.workflow';

/** Claims in one state. */
export interface ClaimStateCount {
  readonly state: string;
  readonly claims: number;
}

/** Open (unresolved) work items of one queue: a kind and a category (null when the items have none). */
export interface WorkItemQueueCount {
  readonly kind: string;
  readonly category: string | null;
  readonly items: number;
}

/** What the dashboard counts for one organization. */
export interface DashboardCounts {
  readonly claimsByState: readonly ClaimStateCount[];
  /** Work items in an active state (open, assigned, in progress, waiting on the payer) by kind and category. */
  readonly openWorkItems: readonly WorkItemQueueCount[];
}

/** Counts claims by state and open work items by queue, aggregated in the database (no rows are loaded). */
export async function dashboardCounts(em: EntityManager, organizationId: string): Promise<DashboardCounts> {
  const claims = await em.execute<{ state: string; claims: string }[]>(
    `select state, count(*)::text as claims from claim where organization_id = ? group by state order by state`,
    [organizationId],
  );
  const items = await em.execute<{ kind: string; category: string | null; items: string }[]>(
    `select kind, category, count(*)::text as items from work_item
      where organization_id = ? and state in (${WORK_ITEM_ACTIVE_STATES.map(() => '?').join(', ')})
      group by kind, category order by kind, category nulls first`,
    [organizationId, ...WORK_ITEM_ACTIVE_STATES],
  );
  return {
    claimsByState: claims.map((row) => ({ state: row.state, claims: Number(row.claims) })),
    openWorkItems: items.map((row) => ({ kind: row.kind, category: row.category, items: Number(row.items) })),
  };
}

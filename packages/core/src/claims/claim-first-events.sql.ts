import type { ClaimEvent } from './claim.workflow';

/**
 * The rollup `claim_first_event` (ADR 0015): per claim, its first `scrub` and first `submit` transition (the earliest
 * by instant, then id). The claim-history aggregates read the first events of a period from it instead of checking,
 * transition by transition, that none of the same claim came earlier.
 */

/** The claim events whose first occurrence the rollup keeps (and reports read). */
export const FIRST_CLAIM_EVENTS = ['scrub', 'submit'] as const satisfies readonly ClaimEvent[];
export type FirstClaimEvent = (typeof FIRST_CLAIM_EVENTS)[number];

const KEPT = FIRST_CLAIM_EVENTS.map((event) => `'${event}'`).join(', ');

/** The rollup's rows computed from the transitions (`workflow_transition` aliased `t`, narrowed by `%TRANSITIONS%`). */
const FIRST_EVENTS_FROM_TRANSITIONS = `
  select distinct on (t.record_id, t.event) t.record_id::uuid as claim_id, t.event, t.organization_id, t.created_at, t.id as transition_id
    from workflow_transition t
   where t.workflow = 'claim' and t.event in (${KEPT}) and %TRANSITIONS%
   order by t.record_id, t.event, t.created_at, t.id`;

/** Fills an empty `claim_first_event` from every transition (the migration's backfill; the KPI bench's bulk load). */
export const CLAIM_FIRST_EVENTS_REBUILD = `insert into claim_first_event (claim_id, event, organization_id, created_at, transition_id)
  ${FIRST_EVENTS_FROM_TRANSITIONS.replace('%TRANSITIONS%', 'true')}`;

/**
 * The row trigger that keeps the rollup as transitions are inserted (one by one, or by COPY): the transition becomes
 * its claim's first of its event unless an earlier one (by instant, then id) is stored. Fires only for the events kept.
 */
export const CLAIM_FIRST_EVENT_TRIGGER = [
  `create function claim_first_event_keep() returns trigger language plpgsql as $$
    begin
      insert into claim_first_event as f (claim_id, event, organization_id, created_at, transition_id)
      values (new.record_id::uuid, new.event, new.organization_id, new.created_at, new.id)
      on conflict (claim_id, event) do update set created_at = excluded.created_at, transition_id = excluded.transition_id
       where (excluded.created_at, excluded.transition_id) < (f.created_at, f.transition_id);
      return null;
    end $$;`,
  `create trigger claim_first_event_keep after insert on "workflow_transition"
    for each row when (new.workflow = 'claim' and new.event in (${KEPT})) execute function claim_first_event_keep();`,
];

/**
 * The claims of one organization (the only binding, used twice) whose rollup rows differ from their transitions —
 * missing, left over or another first — each as `claim id event`.
 */
export const CLAIM_FIRST_EVENT_MISMATCHES = `
  select concat_ws(' ', coalesce(t.claim_id, f.claim_id), coalesce(t.event, f.event)) as id
    from (${FIRST_EVENTS_FROM_TRANSITIONS.replace('%TRANSITIONS%', 't.organization_id = ?')}) t
    full join (select * from claim_first_event where organization_id = ?) f on f.claim_id = t.claim_id and f.event = t.event
   where t.claim_id is null or f.claim_id is null or f.transition_id <> t.transition_id or f.created_at <> t.created_at`;

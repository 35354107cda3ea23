/**
 * The claims' `scrub` and `submit` transitions by instant, carrying the claim and the row id (a partial index, as DDL:
 * the entity declares it by this expression so the schema check sees it). The reports read the claims' first scrub and
 * submission from the rollup `claim_first_event` now (ADR 0015); what reads these transitions alone from this index is
 * the rollup's recomputation — its backfill and `openrcm ledger verify`'s `claim-first-events-match-transitions`.
 */
export const CLAIM_FIRST_TRANSITION_INDEX = `create index "workflow_transition_claim_first_index" on "workflow_transition" ("organization_id", "event", "created_at") include ("record_id", "id") where "workflow" = 'claim' and "event" in ('scrub', 'submit')`;

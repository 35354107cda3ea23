/**
 * The claims' `scrub` and `submit` transitions by instant, carrying the claim and the row id (a partial index, as DDL:
 * the entity declares it by this expression so the schema check sees it). The reporting aggregates read the claims
 * first scrubbed or first submitted in a period, and the earlier transitions that rule a claim out, from it alone.
 */
export const CLAIM_FIRST_TRANSITION_INDEX = `create index "workflow_transition_claim_first_index" on "workflow_transition" ("organization_id", "event", "created_at") include ("record_id", "id") where "workflow" = 'claim' and "event" in ('scrub', 'submit')`;

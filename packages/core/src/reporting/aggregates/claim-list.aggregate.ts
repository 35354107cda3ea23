import { CLAIM_COHORTS, ValidationError, type ClaimListParameters } from '@openrcm/sdk';
import { claimWorkflow } from '../../claims/claim.workflow';
import type { AggregateFunction, AggregateScope } from './aggregate-scope';
import { claimListLimit } from './claim-list-limit';
import { firstAdjudicatedClaims } from './claim-adjudications.aggregate';
import { firstScrubbedClaims } from './claim-scrubs.aggregate';
import { joinPayer } from './claim-scope.sql';
import { deniedAdjustments } from './denials.aggregate';
import { openArClaimList } from './open-ar-claim-list';
import { numberOf, type SqlFragment } from './sql-fragments';
import { raw, sql } from './sql-template';

/** The claim columns every cohort relation `k` carries (claim-scope.sql's `CLAIM_COLUMNS`). */
const LISTED = raw('k.claim_id, k.claim_payer_record_id, k.patient_control_number, k.patient_id, k.date_of_service, k.state, k.total_charge_cents');

/**
 * The claims of a cohort with their columns and `amount_cents` (null: the claim's charges), from the very relations
 * the counting aggregates count, so a drill-down lists exactly the claims behind the number.
 */
function cohortClaims(scope: AggregateScope, parameters: ClaimListParameters): SqlFragment {
  switch (parameters.cohort) {
    case 'scrubbed':
      return sql`select ${LISTED}, null::bigint as amount_cents from (${firstScrubbedClaims(scope, parameters)}) k`;
    case 'scrubbed-not-clean':
      return sql`select ${LISTED}, null::bigint as amount_cents from (${firstScrubbedClaims(scope, parameters)}) k where not k.clean`;
    case 'adjudicated':
      return sql`select ${LISTED}, null::bigint as amount_cents from (${firstAdjudicatedClaims(scope, parameters)}) k`;
    case 'denied-first':
      return sql`select ${LISTED}, null::bigint as amount_cents from (${firstAdjudicatedClaims(scope, parameters)}) k where k.denied_first`;
    case 'not-resolved-first-pass':
      return sql`select ${LISTED}, null::bigint as amount_cents from (${firstAdjudicatedClaims(scope, parameters)}) k where not k.resolved_first_pass`;
    case 'denied':
      return sql`select ${LISTED}, sum(k.amount_cents) as amount_cents from (${deniedAdjustments(scope, parameters, parameters.category)}) k group by ${LISTED}`;
    default:
      throw new ValidationError([{ field: 'cohort', message: `one of ${CLAIM_COHORTS.join(', ')}` }]);
  }
}

/**
 * The claim's state as of `asOf`: the state the first transition recorded after `asOf` started from (of several
 * recorded in the same instant, the one no other of them led to), or its current state when none was.
 */
function stateAsOf(scope: AggregateScope): SqlFragment {
  return sql`coalesce((select n.from_state from workflow_transition n
       where n.organization_id = ${scope.organizationId} and n.workflow = ${claimWorkflow.name} and n.record_id = k.claim_id::text and n.created_at > ${scope.asOf}
       order by n.created_at,
                exists (select 1 from workflow_transition x where x.organization_id = n.organization_id and x.workflow = n.workflow and x.record_id = n.record_id
                          and x.created_at = n.created_at and x.id <> n.id and x.to_state = n.from_state),
                n.id
       limit 1), k.state)`;
}

/**
 * `claim-list`: the claims behind a number — the cohort's claims with their patient, payer, date of service, state
 * as of `asOf`, charges and the amount the cohort is about (the denied amount of the claim for `denied`, of the
 * category when one is given; the charges otherwise), oldest date of service first, at most `limit` rows.
 */
export const claimList: AggregateFunction<'claim-list'> = async (em, scope, parameters) => {
  // Open A/R is a balance, not a claim event: its drill-down lives with the open-ar aggregate and shares its predicate.
  if (parameters.cohort === 'open-ar') return openArClaimList(em, scope, parameters);
  const limit = claimListLimit(parameters.limit);
  const query = sql`select k.claim_id, k.patient_control_number, k.patient_id, py.name as payer_name, k.date_of_service, ${stateAsOf(scope)} as state,
        k.total_charge_cents, coalesce(k.amount_cents, k.total_charge_cents) as amount_cents
      from (${cohortClaims(scope, parameters)}) k
      ${joinPayer('k.claim_payer_record_id', scope)}
     order by k.date_of_service, k.patient_control_number, k.claim_id
     limit ${limit}`;
  const rows = await em.execute<Record<'claim_id' | 'patient_control_number' | 'patient_id' | 'payer_name' | 'date_of_service' | 'state' | 'total_charge_cents' | 'amount_cents', string>[]>(
    query.sql,
    [...query.bindings],
  );
  return rows.map((row) => ({
    claimId: row.claim_id,
    patientControlNumber: row.patient_control_number,
    patientId: row.patient_id,
    payerName: row.payer_name,
    dateOfService: row.date_of_service,
    state: row.state,
    chargeCents: numberOf(row.total_charge_cents),
    amountCents: numberOf(row.amount_cents),
  }));
};

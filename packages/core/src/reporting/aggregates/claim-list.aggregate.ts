import { CLAIM_COHORTS, ValidationError, type ClaimListParameters } from '@openrcm/sdk';
import { claimWorkflow } from '../../claims/claim.workflow';
import type { AggregateFunction, AggregateScope } from './aggregate-scope';
import { firstAdjudicatedClaims } from './claim-adjudications.aggregate';
import { firstScrubbedClaims } from './claim-scrubs.aggregate';
import { joinPayer } from './claim-scope.sql';
import { deniedAdjustments } from './denials.aggregate';
import { numberOf, type SqlFragment } from './sql-fragments';
import { sql } from './sql-template';

/** Rows `claim-list` returns unless asked for another number. */
export const CLAIM_LIST_DEFAULT_LIMIT = 1000;
/** The most rows `claim-list` returns. */
export const CLAIM_LIST_MAX_LIMIT = 10_000;

/**
 * The claims of a cohort as `claim_id` and `amount_cents` (null: the claim's charges), from the very relations the
 * counting aggregates count, so a drill-down lists exactly the claims behind the number.
 */
function cohortClaims(scope: AggregateScope, parameters: ClaimListParameters): SqlFragment {
  switch (parameters.cohort) {
    case 'scrubbed':
      return sql`select s.claim_id, null::bigint as amount_cents from (${firstScrubbedClaims(scope, parameters)}) s`;
    case 'scrubbed-not-clean':
      return sql`select s.claim_id, null::bigint as amount_cents from (${firstScrubbedClaims(scope, parameters)}) s where not s.clean`;
    case 'adjudicated':
      return sql`select a.claim_id, null::bigint as amount_cents from (${firstAdjudicatedClaims(scope, parameters)}) a`;
    case 'denied-first':
      return sql`select a.claim_id, null::bigint as amount_cents from (${firstAdjudicatedClaims(scope, parameters)}) a where a.denied_first`;
    case 'not-resolved-first-pass':
      return sql`select a.claim_id, null::bigint as amount_cents from (${firstAdjudicatedClaims(scope, parameters)}) a where not a.resolved_first_pass`;
    case 'denied':
      return sql`select d.claim_id, sum(d.amount_cents) as amount_cents from (${deniedAdjustments(scope, parameters, parameters.category)}) d group by d.claim_id`;
    case 'open-ar':
      // The engineer wires the open-ar cohort (written by another branch) in at merge.
      throw new ValidationError([{ field: 'cohort', message: "'open-ar' is not available in this build" }]);
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
       where n.organization_id = c.organization_id and n.workflow = ${claimWorkflow.name} and n.record_id = c.id::text and n.created_at > ${scope.asOf}
       order by n.created_at,
                exists (select 1 from workflow_transition x where x.organization_id = n.organization_id and x.workflow = n.workflow and x.record_id = n.record_id
                          and x.created_at = n.created_at and x.id <> n.id and x.to_state = n.from_state),
                n.id
       limit 1), c.state)`;
}

function limitOf(limit: number | undefined): number {
  if (limit === undefined) return CLAIM_LIST_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > CLAIM_LIST_MAX_LIMIT) {
    throw new ValidationError([{ field: 'limit', message: `a whole number from 1 to ${CLAIM_LIST_MAX_LIMIT}` }]);
  }
  return limit;
}

/**
 * `claim-list`: the claims behind a number — the cohort's claims with their patient, payer, date of service, state
 * as of `asOf`, charges and the amount the cohort is about (the denied amount of the claim for `denied`, of the
 * category when one is given; the charges otherwise), oldest date of service first, at most `limit` rows.
 */
export const claimList: AggregateFunction<'claim-list'> = async (em, scope, parameters) => {
  const limit = limitOf(parameters.limit);
  const query = sql`select c.id, c.patient_control_number, c.patient_id, py.name as payer_name, c.date_of_service, ${stateAsOf(scope)} as state,
        c.total_charge_cents, coalesce(k.amount_cents, c.total_charge_cents) as amount_cents
      from (${cohortClaims(scope, parameters)}) k
      join claim c on c.organization_id = ${scope.organizationId} and c.id = k.claim_id
      ${joinPayer('c.payer_record_id', scope)}
     order by c.date_of_service, c.patient_control_number, c.id
     limit ${limit}`;
  const rows = await em.execute<Record<'id' | 'patient_control_number' | 'patient_id' | 'payer_name' | 'date_of_service' | 'state' | 'total_charge_cents' | 'amount_cents', string>[]>(
    query.sql,
    [...query.bindings],
  );
  return rows.map((row) => ({
    claimId: row.id,
    patientControlNumber: row.patient_control_number,
    patientId: row.patient_id,
    payerName: row.payer_name,
    dateOfService: row.date_of_service,
    state: row.state,
    chargeCents: numberOf(row.total_charge_cents),
    amountCents: numberOf(row.amount_cents),
  }));
};

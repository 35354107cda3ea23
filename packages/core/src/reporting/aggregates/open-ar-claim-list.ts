import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError, type ClaimListParameters, type ClaimListRow } from '@openrcm/sdk';
import type { AggregateScope } from './aggregate-scope';
import { claimListLimit } from './claim-list-limit';
import { openArBalances } from './open-ar-balances';
import { numberOf } from './sql-fragments';

/**
 * The `open-ar` drill-down of `claim-list`: the claims with an open balance in the selection — the same balances
 * `open-ar` sums for the same filters and basis ({@link openArBalances}), narrowed to one bucket and one party when
 * given — each with its open balance in that selection as `amountCents`, oldest date of service first. A balance of a
 * visit billed on no claim (self-pay) has no claim to list. The state is the claim's as of the run's instant (its
 * last workflow transition by then; of several recorded in the same instant, the one no other of them started from).
 */
export async function openArClaimList(em: EntityManager, scope: AggregateScope, parameters: ClaimListParameters): Promise<ClaimListRow[]> {
  if (parameters.cohort !== 'open-ar') throw new ValidationError([{ field: 'cohort', message: `lists the open-ar cohort, not ${parameters.cohort}` }]);
  const limit = claimListLimit(parameters.limit);
  const balances = openArBalances(scope, {
    agingBasis: parameters.agingBasis ?? 'service-date',
    ...(parameters.locationId ? { locationId: parameters.locationId } : {}),
    ...(parameters.providerId ? { providerId: parameters.providerId } : {}),
    ...(parameters.payerId ? { payerId: parameters.payerId } : {}),
    ...(parameters.bucket ? { bucket: parameters.bucket } : {}),
    ...(parameters.party ? { party: parameters.party } : {}),
  });
  const rows = await em.execute<{ claim_id: string; patient_control_number: string; patient_id: string; payer_name: string; date_of_service: string; state: string; charge: string; amount: string }[]>(
    `select k.id as claim_id, k.patient_control_number, k.patient_id::text as patient_id, y.name as payer_name, k.date_of_service, k.total_charge_cents::text as charge, o.amount::text as amount,
            coalesce((select t.to_state from workflow_transition t
                       where t.organization_id = k.organization_id and t.workflow = 'claim' and t.record_id = k.id::text and t.created_at <= ?
                       order by t.created_at desc,
                                exists (select 1 from workflow_transition x where x.organization_id = t.organization_id and x.workflow = t.workflow and x.record_id = t.record_id
                                          and x.created_at = t.created_at and x.id <> t.id and x.from_state = t.to_state),
                                t.id desc limit 1),
                     (select t.from_state from workflow_transition t
                       where t.organization_id = k.organization_id and t.workflow = 'claim' and t.record_id = k.id::text
                       order by t.created_at,
                                exists (select 1 from workflow_transition x where x.organization_id = t.organization_id and x.workflow = t.workflow and x.record_id = t.record_id
                                          and x.created_at = t.created_at and x.id <> t.id and x.to_state = t.from_state),
                                t.id limit 1),
                     k.state) as state
       from (select b.claim_id, sum(b.balance_cents) as amount from (${balances.sql}) b where b.claim_id is not null group by b.claim_id) o
       join claim k on k.id = o.claim_id
       join payer y on y.id = k.payer_record_id
      order by k.date_of_service, k.patient_control_number, k.id
      limit ?`,
    [scope.asOf, ...balances.bindings, limit],
  );
  return rows.map((row) => ({
    claimId: row.claim_id,
    patientControlNumber: row.patient_control_number,
    patientId: row.patient_id,
    payerName: row.payer_name,
    dateOfService: row.date_of_service,
    state: row.state,
    chargeCents: numberOf(row.charge),
    amountCents: numberOf(row.amount),
  }));
}

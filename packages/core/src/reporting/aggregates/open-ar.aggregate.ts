import { AR_BUCKETS, type ArBucket } from '@openrcm/sdk';
import type { AggregateFunction } from './aggregate-scope';
import { openArBalances, PATIENT } from './open-ar-balances';
import { numberOf } from './sql-fragments';

/**
 * `open-ar`: the open balances of {@link openArBalances} as of the run's instant, by the party owing them (each payer,
 * then the patients) and aging bucket: the claims they belong to (distinct; a balance of a visit billed on no claim —
 * self-pay — counts in the amounts, not in `claims`), the balance and the expected balance. Only the buckets with a
 * balance are present.
 */
export const openAr: AggregateFunction<'open-ar'> = async (em, scope, parameters) => {
  const balances = openArBalances(scope, parameters);
  const rows = await em.execute<{ payer_id: string | null; payer_name: string | null; bucket: ArBucket; claims: string; balance: string; expected: string }[]>(
    `select b.payer_record_id::text as payer_id, y.name as payer_name, b.bucket, count(distinct b.claim_id)::text as claims,
            sum(b.balance_cents)::text as balance, sum(b.expected_cents)::text as expected
       from (${balances.sql}) b left join payer y on y.id = b.payer_record_id
      group by b.payer_record_id, y.name, b.bucket`,
    [...balances.bindings],
  );
  return rows
    .map((row) => ({
      payerId: row.payer_id,
      payerName: row.payer_id === null ? PATIENT : (row.payer_name ?? row.payer_id),
      bucket: row.bucket,
      claims: numberOf(row.claims),
      balanceCents: numberOf(row.balance),
      expectedBalanceCents: numberOf(row.expected),
    }))
    .sort((a, b) => partyOrder(a) - partyOrder(b) || a.payerName.localeCompare(b.payerName) || (a.payerId ?? '').localeCompare(b.payerId ?? '') || AR_BUCKETS.indexOf(a.bucket) - AR_BUCKETS.indexOf(b.bucket));
};

function partyOrder(row: { readonly payerId: string | null }): number {
  return row.payerId === null ? 1 : 0;
}

import type { AggregateFunction } from './aggregate-scope';
import { COUNTED_ENTRY, COUNTED_ENTRY_KINDS, dateBetween, entriesOfLines, moneyEntries } from './money-fragments';
import { and, numberOf } from './sql-fragments';

/**
 * `ledger-activity`: the ledger entries whose effective (accounting) date falls in the period, by its month, recorded
 * up to the run's instant: charges (kind `charge`), contractual adjustments (kind `adjustment`, CAS group CO), payer
 * payments (kind `payment` on payer accounts: claim payments, recoupments as negatives; PLB interest and other
 * provider-level amounts are no line's payment and are left out), patient payments (kind `payment` on patient
 * accounts, point-of-service money included once applied to a line) and refunds (kind `refund`). A reversal counts in
 * its own month against the kind it reverses. Filters: the line's encounter (location, provider) and its primary
 * claim's payer. Months with none of that activity are absent.
 */
export const ledgerActivity: AggregateFunction<'ledger-activity'> = async (em, scope, parameters) => {
  const entries = moneyEntries(scope, and(dateBetween('e.effective_date', parameters.from, parameters.to), { sql: COUNTED_ENTRY_KINDS, bindings: [] }, entriesOfLines({ sql: '', bindings: [] }, parameters, scope)));
  const rows = await em.execute<{ period: string; charges: string | null; contractual: string | null; payer: string | null; patient: string | null; refunds: string | null }[]>(
    `select substr(m.effective_date, 1, 7) as period,
            sum(m.amount_cents) filter (where m.kind = 'charge')::text as charges,
            (-sum(m.amount_cents) filter (where m.kind = 'adjustment' and m.group_code = 'CO'))::text as contractual,
            (-sum(m.amount_cents) filter (where m.kind = 'payment' and m.party = 'payer'))::text as payer,
            (-sum(m.amount_cents) filter (where m.kind = 'payment' and m.party = 'patient'))::text as patient,
            sum(m.amount_cents) filter (where m.kind = 'refund')::text as refunds
       from (${entries.sql}) m
      where ${COUNTED_ENTRY}
      group by 1 order by 1`,
    [...entries.bindings],
  );
  return rows.map((row) => ({
    period: row.period,
    chargesCents: numberOf(row.charges),
    contractualAdjustmentsCents: numberOf(row.contractual),
    payerPaymentsCents: numberOf(row.payer),
    patientPaymentsCents: numberOf(row.patient),
    refundsCents: numberOf(row.refunds),
  }));
};

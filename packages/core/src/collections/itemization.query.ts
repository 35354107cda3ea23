import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlacementItemization } from '@openrcm/sdk';

/** A patient balance itemized since a reference date, and anything that raised it since (which no notice itemizes). */
export interface ItemizedBalance {
  readonly itemization: PlacementItemization;
  readonly balanceCents: number;
  /** What raised the patient's balance after the itemization date (a late transfer from a payer, a reversed payment). */
  readonly increasedCents: number;
}

/**
 * Itemizes the patient's balance from `itemizationDate` (the last statement: Regulation F's `last-statement`
 * reference) out of the ledger: what was owed that day, then payments and credits (adjustments, write-offs, transfers
 * back to a payer) after it. The clinic charges no interest or fees. Anything that raised the balance after the date
 * is returned apart, so a caller never places an amount the notice cannot itemize.
 */
export async function itemizedBalance(em: EntityManager, organizationId: string, patientId: string, itemizationDate: string): Promise<ItemizedBalance> {
  const [row] = await em.execute<{ at_date: string; payments: string; credits: string; others_up: string; others_down: string; balance: string }[]>(
    `select coalesce(sum(amount_cents) filter (where effective_date <= ?), 0)::text as at_date,
            coalesce(-sum(amount_cents) filter (where effective_date > ? and kind = 'payment'), 0)::text as payments,
            coalesce(-sum(amount_cents) filter (where effective_date > ? and kind in ('adjustment', 'write-off')), 0)::text as credits,
            coalesce(sum(amount_cents) filter (where effective_date > ? and kind not in ('payment', 'adjustment', 'write-off') and amount_cents > 0), 0)::text as others_up,
            coalesce(-sum(amount_cents) filter (where effective_date > ? and kind not in ('payment', 'adjustment', 'write-off') and amount_cents < 0), 0)::text as others_down,
            coalesce(sum(amount_cents), 0)::text as balance
       from ledger_entry
      where organization_id = ? and patient_id = ? and party = 'patient' and charge_id is not null`,
    [itemizationDate, itemizationDate, itemizationDate, itemizationDate, itemizationDate, organizationId, patientId],
  );
  const at = Number(row?.at_date ?? 0);
  return {
    itemization: {
      reference: 'last-statement',
      atItemizationCents: at,
      interestCents: 0,
      feesCents: 0,
      paymentsCents: Number(row?.payments ?? 0),
      creditsCents: Number(row?.credits ?? 0) + Number(row?.others_down ?? 0),
    },
    balanceCents: Number(row?.balance ?? 0),
    increasedCents: Number(row?.others_up ?? 0),
  };
}

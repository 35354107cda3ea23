import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { byGroupAndReason, totalOfPayers, type AdjustmentTotal, type LedgerSummary, type PayerRemittanceTotals, type ProviderAdjustmentTotal } from './ledger-summary';
import type { LedgerEntryKind } from './ledger.types';
import { verifyLedger, type LedgerVerification } from './ledger.verifier';

/** The posted remittances of an organization with the payer each is reported under. */
const POSTED = `posted as (
  select r.id, r.payment_cents, r.payer_record_id, coalesce(p.name, r.payer_name) as payer_name
    from remittance r left join payer p on p.id = r.payer_record_id and p.organization_id = r.organization_id
   where r.organization_id = ?)`;

/** What the ledger holds, recomputed from its entries and the remittance tables on each call: its checks and its totals. */
@Injectable()
export class LedgerReportService {
  constructor(private readonly orm: MikroORM) {}

  /** Runs every ledger invariant for the organization (`openrcm ledger verify`). */
  async verify(context: RequestContext): Promise<LedgerVerification> {
    return verifyLedger(currentEntityManager(this.orm), context.organizationId);
  }

  /** Totals by entry kind, the posted remittances by payer and in total, provider-level entries and claims by state. */
  async summary(context: RequestContext): Promise<LedgerSummary> {
    const em = currentEntityManager(this.orm);
    const organizationId = context.organizationId;
    const [byKind, remittancesByPayer, providerEntries, claimsByState] = [
      await kindTotals(em, organizationId),
      await payerTotals(em, organizationId),
      await providerEntryTotals(em, organizationId),
      await claimStates(em, organizationId),
    ];
    const [balance] = await em.execute<{ balance: string | null }[]>(`select sum(amount_cents)::text as balance from ledger_entry where organization_id = ? and party <> 'provider'`, [organizationId]);
    return {
      organizationId,
      entries: byKind.reduce((sum, row) => sum + row.entries, 0),
      balanceCents: Number(balance?.balance ?? 0),
      byKind,
      remittancesByPayer,
      remittanceTotals: totalOfPayers(remittancesByPayer),
      providerEntries,
      claimsByState,
    };
  }
}

async function kindTotals(em: EntityManager, organizationId: string) {
  const rows = await em.execute<{ kind: LedgerEntryKind; entries: string; amount: string }[]>(
    `select kind, count(*)::text as entries, sum(amount_cents)::text as amount from ledger_entry where organization_id = ? group by kind order by kind`,
    [organizationId],
  );
  return rows.map((row) => ({ kind: row.kind, entries: Number(row.entries), amountCents: Number(row.amount) }));
}

/** Each payer's posted remittances: BPR02 and CLP04 totals, CAS by group and reason split by disposition, PLB by reason. */
async function payerTotals(em: EntityManager, organizationId: string): Promise<PayerRemittanceTotals[]> {
  const heads = await em.execute<{ payer_record_id: string | null; payer_name: string; remittances: string; payment: string; paid: string }[]>(
    `with ${POSTED}
     select payer_record_id, payer_name, count(*)::text as remittances, sum(payment_cents)::text as payment,
            coalesce(sum((select sum(c.payment_cents) from remittance_claim c where c.remittance_id = posted.id)), 0)::text as paid
       from posted group by payer_record_id, payer_name order by payer_name, payer_record_id`,
    [organizationId],
  );
  const adjustments = await em.execute<{ payer_record_id: string | null; payer_name: string; group_code: string; reason_code: string; amount: string; off: string; denied: string; transferred: string }[]>(
    `with ${POSTED}
     select posted.payer_record_id, posted.payer_name, a.group_code, a.reason_code, sum(a.amount_cents)::text as amount,
            sum(a.amount_cents) filter (where a.disposition in ('contractual', 'other'))::text as off,
            sum(a.amount_cents) filter (where a.disposition = 'denial')::text as denied,
            sum(a.amount_cents) filter (where a.disposition in ('next-coverage', 'patient'))::text as transferred
       from remittance_adjustment a join remittance_claim c on c.id = a.remittance_claim_id join posted on posted.id = c.remittance_id
      where a.organization_id = ?
      group by posted.payer_record_id, posted.payer_name, a.group_code, a.reason_code`,
    [organizationId, organizationId],
  );
  const plb = await em.execute<{ payer_record_id: string | null; payer_name: string; reason_code: string; amount: string }[]>(
    `with ${POSTED}
     select posted.payer_record_id, posted.payer_name, a.reason_code, sum(a.amount_cents)::text as amount
       from provider_adjustment a join posted on posted.id = a.remittance_id
      where a.organization_id = ?
      group by posted.payer_record_id, posted.payer_name, a.reason_code order by a.reason_code`,
    [organizationId, organizationId],
  );
  const keyOf = (row: { payer_record_id: string | null; payer_name: string }) => `${row.payer_record_id ?? ''}|${row.payer_name}`;
  return heads.map((head) => ({
    payerRecordId: head.payer_record_id,
    payerName: head.payer_name,
    remittances: Number(head.remittances),
    paymentCents: Number(head.payment),
    paidCents: Number(head.paid),
    adjustments: adjustments
      .filter((row) => keyOf(row) === keyOf(head))
      .map(
        (row): AdjustmentTotal => ({
          groupCode: row.group_code,
          reasonCode: row.reason_code,
          amountCents: Number(row.amount),
          adjustedOffCents: Number(row.off ?? 0),
          deniedCents: Number(row.denied ?? 0),
          transferredCents: Number(row.transferred ?? 0),
        }),
      )
      .sort(byGroupAndReason),
    providerAdjustments: plb.filter((row) => keyOf(row) === keyOf(head)).map((row): ProviderAdjustmentTotal => ({ reasonCode: row.reason_code, amountCents: Number(row.amount) })),
  }));
}

async function providerEntryTotals(em: EntityManager, organizationId: string) {
  const rows = await em.execute<{ kind: LedgerEntryKind; reason_code: string | null; entries: string; amount: string }[]>(
    `select kind, group_code as reason_code, count(*)::text as entries, sum(amount_cents)::text as amount
       from ledger_entry where organization_id = ? and party = 'provider' group by kind, group_code order by kind, group_code`,
    [organizationId],
  );
  return rows.map((row) => ({ kind: row.kind, reasonCode: row.reason_code, entries: Number(row.entries), amountCents: Number(row.amount) }));
}

async function claimStates(em: EntityManager, organizationId: string) {
  const rows = await em.execute<{ state: string; claims: string }[]>(
    `select state, count(*)::text as claims from claim where organization_id = ? group by state order by state`,
    [organizationId],
  );
  return rows.map((row) => ({ state: row.state, claims: Number(row.claims) }));
}

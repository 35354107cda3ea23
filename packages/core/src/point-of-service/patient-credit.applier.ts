import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { patientAccount } from '../ledger/ledger-account';
import { LedgerWriter } from '../ledger/ledger.writer';
import { bulkQuery } from '../persistence/bulk-query';
import { pgArray } from '../persistence/pg-array';

/** A point-of-service payment with money not applied yet. */
interface OpenPayment {
  readonly id: string;
  readonly patientId: string;
  readonly encounterId: string;
  readonly receivedOn: string;
  readonly reference: string | null;
  unappliedCents: number;
}

/** A service line of which the patient owes something. */
interface OwedLine {
  readonly chargeId: string;
  readonly encounterId: string;
  owedCents: number;
}

/** The unapplied part of each point-of-service payment: its amount less the ledger payments made from it. */
export const UNAPPLIED_SQL = `
  select p.id, p.patient_id, p.encounter_id, p.received_on, p.reference, p.created_at,
         (p.amount_cents + coalesce(sum(e.amount_cents), 0))::text as unapplied
    from point_of_service_payment p
    left join ledger_entry e on e.organization_id = p.organization_id and e.source = 'point-of-service' and e.source_id = p.id
   where p.organization_id = ?`;

/**
 * Applies point-of-service money to the visit it was taken for (ADR 0014): whenever the patient comes to owe something
 * on the visit's service lines — a self-pay visit billed, the patient's share transferred by a payer's remittance —
 * each payment's unapplied part pays those lines in order, oldest payment first, as `payment` entries on the patient's
 * accounts (source `point-of-service`, naming the payment). It never pays more than a line owes nor more than a
 * payment has left, so no account goes below zero and no money is applied twice. Runs in the
 * caller's transaction, after the entries that made the lines owed are written.
 */
@Injectable()
export class PatientCreditApplier {
  constructor(private readonly ledger: LedgerWriter) {}

  /** Applies what is unapplied for these encounters; returns the cents applied. */
  async applyToEncounters(em: EntityManager, context: RequestContext, encounterIds: readonly string[]): Promise<number> {
    if (encounterIds.length === 0) return 0;
    // Locks the visits' payments, so two transactions cannot apply the same money at once.
    const locked = await bulkQuery<{ id: string }>(
      em,
      'select id from point_of_service_payment where organization_id = ? and encounter_id = any(?::uuid[]) order by id for update',
      [context.organizationId, pgArray(encounterIds)],
    );
    if (locked.length === 0) return 0;
    const payments = await this.openPayments(em, context, encounterIds);
    if (payments.length === 0) return 0;
    await em.flush();
    const lines = await this.owedLines(em, context, [...new Set(payments.map((payment) => payment.encounterId))]);
    let applied = 0;
    for (const payment of payments) {
      for (const line of lines.filter((candidate) => candidate.encounterId === payment.encounterId && candidate.owedCents > 0)) {
        const amountCents = Math.min(line.owedCents, payment.unappliedCents);
        if (amountCents === 0) break;
        this.ledger.pay(
          em,
          context,
          { source: 'point-of-service', sourceId: payment.id, effectiveDate: payment.receivedOn, reference: payment.reference, memo: 'point-of-service payment applied' },
          { account: patientAccount(line.chargeId, payment.patientId), line: { claimId: null, claimLineId: null }, amountCents },
        );
        line.owedCents -= amountCents;
        payment.unappliedCents -= amountCents;
        applied += amountCents;
      }
    }
    if (applied > 0) await em.flush();
    return applied;
  }

  private async openPayments(em: EntityManager, context: RequestContext, encounterIds: readonly string[]): Promise<OpenPayment[]> {
    const rows = await em.execute<{ id: string; patient_id: string; encounter_id: string; received_on: string; reference: string | null; unapplied: string }[]>(
      `select * from (${UNAPPLIED_SQL} and p.encounter_id = any(?::uuid[]) group by p.id) open where open.unapplied::bigint > 0 order by open.created_at, open.id`,
      [context.organizationId, pgArray(encounterIds)],
    );
    return rows.map((row) => ({ id: row.id, patientId: row.patient_id, encounterId: row.encounter_id, receivedOn: row.received_on, reference: row.reference, unappliedCents: Number(row.unapplied) }));
  }

  private async owedLines(em: EntityManager, context: RequestContext, encounterIds: readonly string[]): Promise<OwedLine[]> {
    const rows = await em.execute<{ charge_id: string; encounter_id: string; owed: string }[]>(
      `select c.id as charge_id, c.encounter_id, sum(e.amount_cents)::text as owed
         from charge c join ledger_entry e on e.organization_id = c.organization_id and e.charge_id = c.id and e.party = 'patient'
        where c.organization_id = ? and c.encounter_id = any(?::uuid[])
        group by c.id, c.encounter_id, c.created_at having sum(e.amount_cents) > 0
        order by c.created_at, c.id`,
      [context.organizationId, pgArray(encounterIds)],
    );
    return rows.map((row) => ({ chargeId: row.charge_id, encounterId: row.encounter_id, owedCents: Number(row.owed) }));
  }
}

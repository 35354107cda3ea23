import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { NotFoundError, type RequestContext } from '@openrcm/sdk';
import { LedgerBalances } from '../../ledger/ledger-balances';
import { Payer } from '../../payers/payer.entity';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { ClaimLine } from '../claim-line.entity';
import { ClaimScrubFinding } from '../claim-scrub-finding.entity';
import { Claim } from '../claim.entity';
import type { ClaimCloseFacts } from './claim-close.facts';

/**
 * Loads what the Close-ready checks read: the claim's open scrub errors, its payer's matched payments (and which were
 * reversed), flagged variances, denials no work item took, and the non-zero accounts of its service lines.
 */
@Injectable()
export class ClaimCloseFactsLoader {
  constructor(private readonly orm: MikroORM) {}

  async load(context: RequestContext, claimId: string): Promise<ClaimCloseFacts> {
    const em = currentEntityManager(this.orm);
    const organizationId = context.organizationId;
    const claim = await em.findOne(Claim, { id: claimId, organizationId }, { fields: ['patientControlNumber', 'payerRecordId', 'coverageId', 'payerClaimNumber'] });
    if (!claim) throw new NotFoundError('claim', claimId);
    const payer = await em.findOne(Payer, { id: claim.payerRecordId, organizationId }, { fields: ['name'] });
    const openErrors = await em.find(ClaimScrubFinding, { organizationId, claimId, severity: 'error', resolvedAt: null, overriddenAt: null }, { fields: ['field', 'message'], orderBy: { field: 'asc' } });
    const lines = await em.find(ClaimLine, { organizationId, claimId }, { fields: ['chargeId', 'procedureCode'], orderBy: { lineNumber: 'asc' } });
    return {
      claimId,
      patientControlNumber: claim.patientControlNumber,
      payerName: payer?.name ?? 'the payer',
      payerClaimNumber: claim.payerClaimNumber,
      openErrors: openErrors.map((finding) => ({ field: finding.field, message: finding.message })),
      payments: await payments(em, organizationId, claimId, claim.coverageId),
      flaggedVariances: await flaggedVariances(em, organizationId, claimId),
      unroutedDenials: await unroutedDenials(em, organizationId, claimId),
      openAccounts: await openAccounts(em, organizationId, lines),
    };
  }
}

async function payments(em: EntityManager, organizationId: string, claimId: string, coverageId: string): Promise<ClaimCloseFacts['payments']> {
  const rows = await em.execute<{ trace_number: string; status_code: string; reversed: boolean }[]>(
    `select r.trace_number, c.status_code,
            exists (select 1 from remittance_claim x where x.organization_id = c.organization_id and x.reverses_remittance_claim_id = c.id) as reversed
       from remittance_claim c join remittance r on r.id = c.remittance_id
      where c.organization_id = ? and c.claim_id = ? and c.coverage_id = ? and c.match = 'matched'
      order by c.created_at, c.position`,
    [organizationId, claimId, coverageId],
  );
  return rows.map((row) => ({ traceNumber: row.trace_number, statusCode: row.status_code, reversal: row.status_code === '22', reversed: row.reversed === true }));
}

async function flaggedVariances(em: EntityManager, organizationId: string, claimId: string): Promise<ClaimCloseFacts['flaggedVariances']> {
  const rows = await em.execute<{ procedure_code: string; trace_number: string; payment_cents: string; expected_payment_cents: string | null }[]>(
    `select l.procedure_code, r.trace_number, l.payment_cents::text as payment_cents, l.expected_payment_cents::text as expected_payment_cents
       from remittance_line l join remittance_claim c on c.id = l.remittance_claim_id join remittance r on r.id = c.remittance_id
      where l.organization_id = ? and c.claim_id = ? and l.variance_status = 'flagged'
      order by c.created_at, l.position`,
    [organizationId, claimId],
  );
  return rows.map((row) => ({ procedureCode: row.procedure_code, traceNumber: row.trace_number, paidCents: Number(row.payment_cents), expectedPaymentCents: row.expected_payment_cents === null ? null : Number(row.expected_payment_cents) }));
}

/** Denial amounts of the claim's matched payments (reversals aside) with no counted denial routed to a work item. */
async function unroutedDenials(em: EntityManager, organizationId: string, claimId: string): Promise<ClaimCloseFacts['unroutedDenials']> {
  const rows = await em.execute<{ group_code: string; reason_code: string; amount_cents: string; trace_number: string }[]>(
    `select a.group_code, a.reason_code, a.amount_cents::text as amount_cents, r.trace_number
       from remittance_adjustment a join remittance_claim c on c.id = a.remittance_claim_id join remittance r on r.id = c.remittance_id
      where a.organization_id = ? and c.claim_id = ? and c.match = 'matched' and c.status_code <> '22' and a.disposition = 'denial'
        and not exists (select 1 from claim_denial d join work_item w on w.id = d.work_item_id
                         where d.organization_id = a.organization_id and d.remittance_id = c.remittance_id::text and d.claim_id = c.claim_id
                           and d.group_code = a.group_code and d.reason_code = a.reason_code)
      order by c.created_at, a.position`,
    [organizationId, claimId],
  );
  return rows.map((row) => ({ groupCode: row.group_code, reasonCode: row.reason_code, amountCents: Number(row.amount_cents), traceNumber: row.trace_number }));
}

async function openAccounts(em: EntityManager, organizationId: string, lines: readonly Pick<ClaimLine, 'chargeId' | 'procedureCode'>[]): Promise<ClaimCloseFacts['openAccounts']> {
  const balances = await new LedgerBalances(em).ofCharges(organizationId, lines.map((line) => line.chargeId));
  const open = [...balances.values()].filter((balance) => balance.balanceCents !== 0);
  const payers = await em.find(Payer, { organizationId, id: { $in: open.flatMap((balance) => (balance.payerRecordId ? [balance.payerRecordId] : [])) } }, { fields: ['name'] });
  return open.map((balance) => ({
    procedureCode: lines.find((line) => line.chargeId === balance.chargeId)?.procedureCode ?? balance.chargeId,
    owedBy: balance.party === 'patient' ? 'owed by the patient' : `owed by ${payers.find((payer) => payer.id === balance.payerRecordId)?.name ?? 'a payer'}`,
    balanceCents: balance.balanceCents,
  }));
}

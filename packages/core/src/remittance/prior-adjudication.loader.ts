import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '@openrcm/sdk';
import { ClaimLine } from '../claims/claim-line.entity';
import type { OtherPayerAdjudication, SnapshotAdjustment } from '../claims/claim-snapshot';
import { RemittanceAdjustment } from './remittance-adjustment.entity';
import { RemittanceClaim } from './remittance-claim.entity';
import { RemittanceLine } from './remittance-line.entity';
import { Remittance } from './remittance.entity';
import { queryAll } from '../persistence/query-all';

/**
 * A payer's adjudication of a claim as its 835 stated it, read from the stored claim payment (remittance_claim,
 * remittance_line, remittance_adjustment): CLP04 paid, the claim-level CAS, and per SVC the paid amount and units
 * with its CAS, tied to the claim's line numbers. The PR amounts are the remaining patient liability.
 */
export async function loadAdjudication(em: EntityManager, organizationId: string, remittanceClaimId: string): Promise<OtherPayerAdjudication> {
  const payment = await em.findOne(RemittanceClaim, { id: remittanceClaimId, organizationId });
  if (!payment?.coverageId) throw new NotFoundError('remittance claim', remittanceClaimId);
  const [remittance, lines, adjustments] = await queryAll(em, [
    () => em.findOneOrFail(Remittance, { id: payment.remittanceId, organizationId }),
    () => em.find(RemittanceLine, { organizationId, remittanceClaimId }, { orderBy: { position: 'asc' } }),
    () => em.find(RemittanceAdjustment, { organizationId, remittanceClaimId }, { orderBy: { position: 'asc' } }),
  ]);
  const claimLineIds = lines.flatMap((line) => (line.claimLineId ? [line.claimLineId] : []));
  const lineNumbers = new Map((claimLineIds.length === 0 ? [] : await em.find(ClaimLine, { organizationId, id: { $in: claimLineIds } })).map((line) => [line.id, line.lineNumber]));
  const adjustmentsOf = (lineId: string | null) => adjustments.filter((adjustment) => adjustment.remittanceLineId === lineId);
  return {
    coverageId: payment.coverageId,
    remittanceClaimId,
    payerClaimNumber: payment.payerClaimNumber,
    adjudicationDate: remittance.paymentDate ?? remittance.receivedOn,
    paidCents: payment.paymentCents,
    remainingPatientLiabilityCents: patientResponsibility(adjustments),
    claimAdjustments: adjustmentsOf(null).map(toSnapshotAdjustment),
    lines: lines.flatMap((line) => {
      const lineNumber = line.claimLineId ? lineNumbers.get(line.claimLineId) : undefined;
      if (lineNumber === undefined) return [];
      const own = adjustmentsOf(line.id);
      return [
        {
          lineNumber,
          procedureCode: line.procedureCode,
          modifiers: [...line.modifiers],
          paidCents: line.paymentCents,
          paidUnits: line.units ?? 1,
          adjustments: own.map(toSnapshotAdjustment),
          remainingPatientLiabilityCents: patientResponsibility(own),
        },
      ];
    }),
  };
}

/**
 * The payments of a claim by the payers ahead of `coverageId` that are still in force (matched, not a reversal, not
 * reversed), the latest per coverage, in payer order: what a claim crossed over to the next payer was adjudicated
 * with before that payer paid on the same CLM01.
 */
export async function earlierPaymentIds(em: EntityManager, organizationId: string, claimId: string, coverageId: string): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select latest.id from (
       select distinct on (rc.coverage_id) rc.id, c.coverage_order
         from remittance_claim rc join coverage c on c.id = rc.coverage_id and c.organization_id = rc.organization_id
        where rc.organization_id = ? and rc.claim_id = ? and rc.match = 'matched' and rc.status_code <> '22' and rc.coverage_id <> ?
          and not exists (select 1 from remittance_claim r where r.organization_id = rc.organization_id and r.reverses_remittance_claim_id = rc.id)
        order by rc.coverage_id, rc.created_at desc, rc.position desc) latest
     order by array_position(array['primary', 'secondary', 'tertiary'], latest.coverage_order)`,
    [organizationId, claimId, coverageId],
  );
  return rows.map((row) => row.id);
}

function patientResponsibility(adjustments: readonly RemittanceAdjustment[]): number {
  return adjustments.filter((adjustment) => adjustment.groupCode === 'PR').reduce((total, adjustment) => total + adjustment.amountCents, 0);
}

function toSnapshotAdjustment(adjustment: RemittanceAdjustment): SnapshotAdjustment {
  return { groupCode: adjustment.groupCode, reasonCode: adjustment.reasonCode, amountCents: adjustment.amountCents, quantity: adjustment.quantity };
}

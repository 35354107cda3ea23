import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { DenialRouter } from '../denials/denial.router';
import type { ClaimDenial, DeniedAdjustment } from '../denials/denial.types';
import { JobHandlerRegistry } from '../jobs/job-handler-registry';
import { currentEntityManager } from '../persistence/current-entity-manager';

/** The job that hands a posted remittance's denials to the denial queues (payload `{ remittanceId }`). */
export const ROUTE_DENIALS_JOB = 'remittance.route-denials';

interface DeniedRow {
  remittance_claim_id: string;
  claim_id: string;
  patient_id: string;
  payer_record_id: string;
  received_on: string;
  claim_line_id: string | null;
  procedure_code: string | null;
  remark_codes: string[] | string | null;
  group_code: string;
  reason_code: string;
  amount_cents: string | number;
}

/**
 * Routes the amounts a remittance held open as denials (disposition `denial`) to the denial queues, claim by claim,
 * in the job's transaction. Posting queues it once per remittance (its id is the idempotency key), so a check of
 * thousands of claims posts at full speed and its denials reach their owners moments later; the router itself
 * counts each denial once, so a retried job adds nothing.
 */
@Injectable()
export class DenialRoutingJobs {
  constructor(
    registry: JobHandlerRegistry,
    private readonly orm: MikroORM,
    private readonly router: DenialRouter,
  ) {
    registry.register(ROUTE_DENIALS_JOB, async (context, payload) => {
      await this.route(context, (payload as { remittanceId: string }).remittanceId);
    });
  }

  /** Routes every denial of one remittance; answers how many claims it routed. */
  async route(context: RequestContext, remittanceId: string, em: EntityManager = currentEntityManager(this.orm)): Promise<number> {
    const rows = await em.execute<DeniedRow[]>(
      `select rc.id as remittance_claim_id, rc.claim_id, rc.patient_id, coalesce(cov.payer_record_id, c.payer_record_id) as payer_record_id, r.received_on,
              rl.claim_line_id, rl.procedure_code, rl.remark_codes, a.group_code, a.reason_code, a.amount_cents
         from remittance_adjustment a
         join remittance_claim rc on rc.id = a.remittance_claim_id
         join remittance r on r.id = rc.remittance_id
         join claim c on c.id = rc.claim_id
         left join coverage cov on cov.id = rc.coverage_id
         left join remittance_line rl on rl.id = a.remittance_line_id
        where r.organization_id = ? and r.id = ? and rc.match = 'matched' and rc.status_code <> '22' and a.disposition = 'denial'
        order by rc.position, a.position`,
      [context.organizationId, remittanceId],
    );
    const denials = new Map<string, { denial: Omit<ClaimDenial, 'claimAdjustments' | 'lines'>; claimAdjustments: DeniedAdjustment[]; lines: Map<string, { procedureCode: string; adjustments: DeniedAdjustment[] }> }>();
    for (const row of rows) {
      const entry = denials.get(row.remittance_claim_id) ?? {
        denial: { claimId: row.claim_id, patientId: row.patient_id, payerRecordId: row.payer_record_id, remittanceId, receivedOn: row.received_on },
        claimAdjustments: [] as DeniedAdjustment[],
        lines: new Map<string, { procedureCode: string; adjustments: DeniedAdjustment[] }>(),
      };
      const adjustment: DeniedAdjustment = { groupCode: row.group_code, reasonCode: row.reason_code, amountCents: Number(row.amount_cents), remarkCodes: remarksOf(row.remark_codes) };
      if (row.claim_line_id === null) entry.claimAdjustments.push(adjustment);
      else {
        const line = entry.lines.get(row.claim_line_id) ?? { procedureCode: row.procedure_code ?? '', adjustments: [] };
        line.adjustments.push(adjustment);
        entry.lines.set(row.claim_line_id, line);
      }
      denials.set(row.remittance_claim_id, entry);
    }
    for (const { denial, claimAdjustments, lines } of denials.values()) {
      await this.router.route(context, { ...denial, claimAdjustments, lines: [...lines].map(([claimLineId, line]) => ({ claimLineId, ...line })) }, em);
    }
    return denials.size;
  }
}

function remarksOf(value: string[] | string | null): string[] {
  if (value === null) return [];
  return typeof value === 'string' ? (JSON.parse(value) as string[]) : value;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { DenialRouter } from '../denials/denial.router';
import type { DeniedAdjustment, DeniedLine } from '../denials/denial.types';
import type { PostedAdjustment, PostedClaimPayment, RemittanceFollower } from './remittance-followers';

/** Hands the amounts a claim payment held open as denials to the denial queues, in the posting transaction. */
@Injectable()
export class DenialRoutingFollower implements RemittanceFollower {
  constructor(private readonly router: DenialRouter) {}

  async afterClaimPayment(context: RequestContext, posted: PostedClaimPayment, em: EntityManager): Promise<void> {
    if (posted.reversal) return;
    const denials = posted.adjustments.filter((adjustment) => adjustment.disposition === 'denial');
    if (denials.length === 0) return;
    const lines = new Map<string, { procedureCode: string; adjustments: DeniedAdjustment[] }>();
    for (const adjustment of denials.filter((candidate) => candidate.claimLineId !== null)) {
      const line = lines.get(adjustment.claimLineId as string) ?? { procedureCode: adjustment.procedureCode ?? '', adjustments: [] };
      line.adjustments.push(toDenied(adjustment));
      lines.set(adjustment.claimLineId as string, line);
    }
    await this.router.route(
      context,
      {
        claimId: posted.claim.id,
        patientId: posted.claim.patientId,
        payerRecordId: posted.payerRecordId,
        remittanceId: posted.remittanceId,
        receivedOn: posted.receivedOn,
        claimAdjustments: denials.filter((adjustment) => adjustment.claimLineId === null).map(toDenied),
        lines: [...lines].map(([claimLineId, line]): DeniedLine => ({ claimLineId, procedureCode: line.procedureCode, adjustments: line.adjustments })),
      },
      em,
    );
  }
}

function toDenied(adjustment: PostedAdjustment): DeniedAdjustment {
  return { groupCode: adjustment.groupCode, reasonCode: adjustment.reasonCode, amountCents: adjustment.amountCents, remarkCodes: adjustment.remarkCodes };
}

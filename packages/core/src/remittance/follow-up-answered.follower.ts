import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { ClaimFollowUpItems } from '../follow-up/claim-follow-up.items';
import { WorkItemService } from '../work-items/work-item.service';
import type { PostedClaimPayment, RemittanceFollower } from './remittance-followers';
import { Remittance } from './remittance.entity';

/**
 * Closes the A/R follow-up of a claim the payer has answered: when a claim payment of the claim posts, its active
 * follow-up item (`claim-no-answer`) is resolved (`answer`) with a note naming the remittance, in the posting
 * transaction. A reversal alone is no answer: the item waits for the correction.
 */
@Injectable()
export class FollowUpAnsweredFollower implements RemittanceFollower {
  constructor(
    private readonly items: ClaimFollowUpItems,
    private readonly workItems: WorkItemService,
  ) {}

  async afterClaimPayments(context: RequestContext, payments: readonly PostedClaimPayment[], em: EntityManager): Promise<void> {
    const answers = new Map(payments.filter((posted) => !posted.reversal).map((posted) => [posted.claim.id, posted]));
    const items = await this.items.activeForAny(em, context, [...answers.keys()]);
    if (items.length === 0) return;
    const remittanceId = (payments[0] as PostedClaimPayment).remittanceId;
    const remittance = await em.findOneOrFail(Remittance, { id: remittanceId, organizationId: context.organizationId }, { fields: ['traceNumber', 'payerName', 'paymentDate', 'receivedOn'] });
    for (const item of items) {
      const posted = answers.get(item.recordId) as PostedClaimPayment;
      const note =
        `The payer answered: remittance ${remittance.traceNumber} from ${remittance.payerName} (received ${remittance.receivedOn}, id ${remittanceId}) ` +
        `posted a claim payment of claim ${posted.claim.patientControlNumber} with status ${posted.statusCode}.`;
      await this.workItems.answer(context, item, note);
    }
  }
}

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

  async afterClaimPayment(context: RequestContext, posted: PostedClaimPayment, em: EntityManager): Promise<void> {
    if (posted.reversal) return;
    const item = await this.items.activeFor(em, context, posted.claim.id);
    if (!item) return;
    const remittance = await em.findOneOrFail(Remittance, { id: posted.remittanceId, organizationId: context.organizationId }, { fields: ['traceNumber', 'payerName', 'paymentDate', 'receivedOn'] });
    const note =
      `The payer answered: remittance ${remittance.traceNumber} from ${remittance.payerName} (received ${remittance.receivedOn}, id ${posted.remittanceId}) ` +
      `posted a claim payment of claim ${posted.claim.patientControlNumber} with status ${posted.statusCode}.`;
    await this.workItems.answer(context, item, note);
  }
}

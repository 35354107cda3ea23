import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { ClaimBuilder } from '../claims/claim.builder';
import { Claim } from '../claims/claim.entity';
import { bulkQuery } from '../persistence/bulk-query';
import { pgArray } from '../persistence/pg-array';
import { earlierPaymentIds, loadAdjudication } from './prior-adjudication.loader';
import type { PostedClaimPayment, RemittanceFollower } from './remittance-followers';

/**
 * After a payer's claim payment moved patient responsibility to the next coverage (secondary, tertiary), builds the
 * claim to that coverage's payer with the adjudication as the 835 stated it, in the posting transaction — once per
 * prior claim and coverage. A crossover (CLP02 19–21, NM1*TT: the payer forwarded the claim itself) builds nothing:
 * the claim records the crossover, and the next payer's 835 posts on its CLM01.
 */
@Injectable()
export class SecondaryClaimFollower implements RemittanceFollower {
  constructor(private readonly builder: ClaimBuilder) {}

  async afterClaimPayments(context: RequestContext, payments: readonly PostedClaimPayment[], em: EntityManager): Promise<void> {
    const current = payments.filter((posted) => !posted.reversal);
    await recordCrossovers(em, context.organizationId, current.filter((posted) => posted.crossover));
    for (const posted of current) if (!posted.crossover) await this.follow(context, posted, em);
  }

  private async follow(context: RequestContext, posted: PostedClaimPayment, em: EntityManager): Promise<void> {
    const { organizationId } = context;
    const nextCoverageId = posted.nextCoverageId;
    if (!nextCoverageId || !posted.adjustments.some((adjustment) => adjustment.disposition === 'next-coverage')) return;
    if ((await em.count(Claim, { organizationId, priorPayerClaimId: posted.claim.id, coverageId: nextCoverageId })) > 0) return;
    // A payment on the claim's CLM01 by a payer it was crossed over to: the payers ahead adjudicated it before.
    const earlier = posted.coverageId === posted.claim.coverageId ? [] : await earlierPaymentIds(em, organizationId, posted.claim.id, posted.coverageId);
    const adjudications = [];
    for (const remittanceClaimId of [...earlier, posted.remittanceClaimId]) adjudications.push(await loadAdjudication(em, organizationId, remittanceClaimId));
    await this.builder.buildForNextPayer(context, em, { priorClaimId: posted.claim.id, coverageId: nextCoverageId, adjudications });
  }
}

/** Records on each claim the payment that crossed it over to the next payer (the check's last one per claim), in one UPDATE. */
async function recordCrossovers(em: EntityManager, organizationId: string, crossovers: readonly PostedClaimPayment[]): Promise<void> {
  if (crossovers.length === 0) return;
  const latest = new Map(crossovers.map((posted) => [posted.claim.id, posted.remittanceClaimId]));
  await bulkQuery(
    em,
    `update claim set crossover_remittance_claim_id = v.remittance_claim_id, updated_at = now()
       from (select unnest(?::uuid[]) as id, unnest(?::uuid[]) as remittance_claim_id) v
      where claim.id = v.id and claim.organization_id = ?`,
    [pgArray([...latest.keys()]), pgArray([...latest.values()]), organizationId],
  );
}

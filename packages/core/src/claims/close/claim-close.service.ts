import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { InvalidTransitionError, type RequestContext, type TransitionFailure } from '@openrcm/sdk';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { ClaimService } from '../claim.service';
import { Claim } from '../claim.entity';
import { claimWorkflow, type ClaimState } from '../claim.workflow';

/** What closing the settled claims did. */
export interface CloseReadyResult {
  readonly closed: readonly { readonly claimId: string; readonly patientControlNumber: string }[];
  readonly refused: readonly { readonly claimId: string; readonly patientControlNumber: string; readonly failures: readonly TransitionFailure[]; readonly message: string }[];
}

/** The states the claim workflow closes a claim from. */
const CLOSABLE: readonly ClaimState[] = claimWorkflow.transitions.filter((transition) => transition.event === 'close').flatMap((transition) => [transition.from].flat()) as ClaimState[];

const BATCH = 200;

/**
 * Closes every claim the workflow could close that passes the Close-ready gate, each in its own transition; the
 * others are reported with every failing check and its reason.
 */
@Injectable()
export class ClaimCloseService {
  constructor(
    private readonly orm: MikroORM,
    private readonly claims: ClaimService,
  ) {}

  async closeReady(context: RequestContext): Promise<CloseReadyResult> {
    const closed: { claimId: string; patientControlNumber: string }[] = [];
    const refused: { claimId: string; patientControlNumber: string; failures: readonly TransitionFailure[]; message: string }[] = [];
    let after = '';
    for (;;) {
      const batch = await currentEntityManager(this.orm).find(
        Claim,
        { organizationId: context.organizationId, state: { $in: [...CLOSABLE] }, patientControlNumber: { $gt: after } },
        { fields: ['id', 'patientControlNumber'], orderBy: { patientControlNumber: 'asc' }, limit: BATCH },
      );
      for (const claim of batch) {
        try {
          await this.claims.transition(context, claim.id, 'close');
          closed.push({ claimId: claim.id, patientControlNumber: claim.patientControlNumber });
        } catch (error) {
          if (!(error instanceof InvalidTransitionError)) throw error;
          refused.push({ claimId: claim.id, patientControlNumber: claim.patientControlNumber, failures: error.failures, message: error.message });
        }
      }
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1]?.patientControlNumber ?? after;
    }
    return { closed, refused };
  }
}

import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { TransitionHookRunner } from '../../workflow/transition-hook.runner';
import { claimWorkflow } from '../claim.workflow';
import { ClaimTouch } from './claim-touch.entity';

/**
 * Counts reopens: a core `before` hook of the claim workflow's `reopen` event appends a {@link ClaimTouch} in the
 * transition's own transaction, so a refused or failed reopen leaves none.
 */
@Injectable()
export class ClaimTouchRegistrar {
  constructor(hooks: TransitionHookRunner, orm: MikroORM) {
    hooks.register({
      id: 'claim-touch-reopen',
      workflow: claimWorkflow.name,
      phase: 'before',
      events: ['reopen'],
      run: async (context, transition) => {
        await currentEntityManager(orm).insert(ClaimTouch, {
          id: randomUUID(),
          createdAt: new Date(),
          organizationId: context.organizationId,
          claimId: transition.snapshot.entityId,
          kind: 'reopen',
          actorType: context.actor.type,
          actorId: context.actor.id,
        });
      },
    });
  }
}

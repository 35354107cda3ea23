import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { traceKey } from './deposit-input';
import { DepositMatchEvent } from './deposit-match-event.entity';
import { recordMatch } from './deposit-match.recorder';
import { planMatches, type MatchPlan } from './deposit-matching';
import { Deposit } from './deposit.entity';
import { openRemittancesByTrace } from './open-remittances.query';

/** What one reconciliation pass did: the matches it made, and what it left for a person. */
export interface Reconciliation extends MatchPlan {
  /** Unmatched deposits looked at (those with a trace number). */
  readonly examined: number;
}

/** Why the matcher matched a pair. */
export const AUTO_MATCH_REASON = 'trace number (TRN02) and amount match';

/**
 * Matches the unmatched deposits of an organization to the posted remittances with money no deposit has matched yet
 * (see {@link planMatches}). Runs after deposits are entered or imported, after an 835 file posts, and on demand;
 * idempotent (matched deposits and remittances are not looked at again) and serialized per organization.
 */
@Injectable()
export class DepositMatcher {
  constructor(private readonly orm: MikroORM) {}

  /** One pass, in the caller's transaction when there is one (`em`), else in its own. */
  async reconcile(context: RequestContext, em: EntityManager = currentEntityManager(this.orm)): Promise<Reconciliation> {
    if (em.isInTransaction()) return this.reconcileIn(context, em);
    return em.transactional((tx) => this.reconcileIn(context, tx as EntityManager));
  }

  private async reconcileIn(context: RequestContext, em: EntityManager): Promise<Reconciliation> {
    const organizationId = context.organizationId;
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`deposits:${organizationId}`]);
    const deposits = await em.find(Deposit, { organizationId, remittanceId: null, traceNumber: { $ne: null } }, { orderBy: { depositDate: 'asc', createdAt: 'asc', id: 'asc' } });
    const keys = [...new Set(deposits.map((deposit) => traceKey(deposit.traceNumber)).filter((key): key is string => key !== null))];
    const remittances = await openRemittancesByTrace(em, organizationId, keys);
    const unmatched = deposits.length === 0 ? [] : await em.find(DepositMatchEvent, { organizationId, action: 'unmatch', depositId: { $in: deposits.map((deposit) => deposit.id) } }, { fields: ['depositId', 'remittanceId'] });
    const plan = planMatches(deposits, remittances, new Set(unmatched.map((event) => `${event.depositId}:${event.remittanceId}`)));
    const byId = new Map(deposits.map((deposit) => [deposit.id, deposit]));
    for (const match of plan.matches) recordMatch(em, context, byId.get(match.depositId) as Deposit, match.remittanceId, 'auto', AUTO_MATCH_REASON);
    await em.flush();
    return { examined: deposits.length, ...plan };
  }
}

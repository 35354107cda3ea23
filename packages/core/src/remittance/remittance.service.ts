import { MikroORM, wrap, type EntityDTO, type FilterQuery } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { ProviderAdjustment } from './provider-adjustment.entity';
import { RemittanceAdjustment } from './remittance-adjustment.entity';
import { RemittanceClaim } from './remittance-claim.entity';
import { RemittanceLine } from './remittance-line.entity';
import { Remittance } from './remittance.entity';

/** Filters of the remittance list. */
export interface RemittanceFilters {
  readonly payerRecordId?: string;
  readonly traceNumber?: string;
}

/** A remittance with everything it stated and what posting did with each item. */
export interface RemittanceDetail {
  readonly remittance: Remittance;
  readonly claims: readonly (EntityDTO<RemittanceClaim> & { readonly lines: readonly RemittanceLine[]; readonly adjustments: readonly RemittanceAdjustment[] })[];
  readonly providerAdjustments: readonly ProviderAdjustment[];
}

const SORTABLE = { receivedOn: 'receivedOn', paymentCents: 'paymentCents', createdAt: 'createdAt' } as const;

/** Reads posted remittances, the unmatched queue and the variance queue; explains a variance. */
@Injectable()
export class RemittanceService {
  constructor(private readonly orm: MikroORM) {}

  list(context: RequestContext, filters: RemittanceFilters, query: ListQuery): Promise<Page<Remittance>> {
    const where: FilterQuery<Remittance> = { organizationId: context.organizationId, ...(filters.payerRecordId ? { payerRecordId: filters.payerRecordId } : {}), ...(filters.traceNumber ? { traceNumber: filters.traceNumber } : {}) };
    return findPage(currentEntityManager(this.orm), Remittance, where, query, orderByOf<Remittance>(query.sort ?? '-createdAt', SORTABLE, { id: 'asc' }), (remittance) => remittance);
  }

  async get(context: RequestContext, remittanceId: string): Promise<RemittanceDetail> {
    const em = currentEntityManager(this.orm);
    const remittance = await em.findOne(Remittance, { id: remittanceId, organizationId: context.organizationId });
    if (!remittance) throw new NotFoundError('remittance', remittanceId);
    const claims = await em.find(RemittanceClaim, { organizationId: context.organizationId, remittanceId }, { orderBy: { position: 'asc' } });
    const claimIds = claims.map((claim) => claim.id);
    const lines = await em.find(RemittanceLine, { organizationId: context.organizationId, remittanceClaimId: { $in: claimIds } }, { orderBy: { position: 'asc' } });
    const adjustments = await em.find(RemittanceAdjustment, { organizationId: context.organizationId, remittanceClaimId: { $in: claimIds } }, { orderBy: { position: 'asc' } });
    const providerAdjustments = await em.find(ProviderAdjustment, { organizationId: context.organizationId, remittanceId }, { orderBy: { position: 'asc' } });
    return {
      remittance,
      claims: claims.map((claim) => ({
        ...wrap(claim).toObject(),
        lines: lines.filter((line) => line.remittanceClaimId === claim.id),
        adjustments: adjustments.filter((adjustment) => adjustment.remittanceClaimId === claim.id),
      })),
      providerAdjustments,
    };
  }

  /** The unmatched queue: claim payments posting could not match, with the reason, oldest first. */
  unmatched(context: RequestContext, query: ListQuery): Promise<Page<RemittanceClaim>> {
    return findPage(currentEntityManager(this.orm), RemittanceClaim, { organizationId: context.organizationId, match: 'unmatched' }, query, orderByOf<RemittanceClaim>(query.sort, { createdAt: 'createdAt' }, { createdAt: 'asc', remittanceId: 'asc', position: 'asc' }), (claim) => claim);
  }

  /** A posted remittance with the claim payments it left in the unmatched queue, in CLP order (what `openrcm import 835` reports). */
  async withUnmatched(context: RequestContext, remittanceId: string): Promise<{ readonly remittance: Remittance; readonly unmatched: readonly RemittanceClaim[] }> {
    const em = currentEntityManager(this.orm);
    const remittance = await em.findOne(Remittance, { id: remittanceId, organizationId: context.organizationId });
    if (!remittance) throw new NotFoundError('remittance', remittanceId);
    const unmatched = await em.find(RemittanceClaim, { organizationId: context.organizationId, remittanceId, match: 'unmatched' }, { orderBy: { position: 'asc' } });
    return { remittance, unmatched };
  }

  /** Service payments flagged for review: allowed or paid differ from the contract. */
  variances(context: RequestContext, query: ListQuery): Promise<Page<RemittanceLine>> {
    return findPage(currentEntityManager(this.orm), RemittanceLine, { organizationId: context.organizationId, varianceStatus: 'flagged' }, query, orderByOf<RemittanceLine>(query.sort, { createdAt: 'createdAt' }, { createdAt: 'asc', id: 'asc' }), (line) => line);
  }

  /** Records why a flagged variance is right (or what was done about it); it leaves the review queue. */
  async explainVariance(context: RequestContext, remittanceLineId: string, note: string): Promise<RemittanceLine> {
    const em = currentEntityManager(this.orm);
    const line = await em.findOne(RemittanceLine, { id: remittanceLineId, organizationId: context.organizationId });
    if (!line) throw new NotFoundError('remittance line', remittanceLineId);
    if (line.varianceStatus === 'none') throw new ValidationError([{ field: 'remittanceLineId', message: 'this service payment has no variance to explain' }]);
    line.varianceStatus = 'explained';
    line.varianceNote = `${note.trim()} (${context.actor.type}:${context.actor.id}, ${new Date().toISOString()})`;
    await em.flush();
    return line;
  }
}

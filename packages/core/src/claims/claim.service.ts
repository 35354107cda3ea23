import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import type { CheckException } from '../workflow/decide';
import { CONVERSION_EVENT } from '../workflow/workflow-table';
import { WorkflowService, type TransitionResult } from '../workflow/workflow.service';
import { ClaimLine } from './claim-line.entity';
import { Claim } from './claim.entity';
import { claimWorkflow, type ClaimEvent, type ClaimState } from './claim.workflow';

/** Filters of the claim list. */
export interface ClaimFilters {
  readonly state?: ClaimState;
  readonly payerRecordId?: string;
  readonly patientId?: string;
  readonly encounterId?: string;
  readonly dateFrom?: string;
  readonly dateTo?: string;
}

/** Options of a claim transition. */
export interface ClaimTransitionOptions {
  /** The payer's claim control number, recorded on `accept` (from a 277CA) or `adjudicate` (from an 835). */
  readonly payerClaimNumber?: string;
  /** Join the caller's transaction (a job's) instead of opening one. */
  readonly joinTransaction?: boolean;
  /** Failing checks to pass by exception, where the organization's policy allows it (owner and reason each). */
  readonly exceptions?: readonly CheckException[];
}

/** Events the claim builder applies with the new claim it builds: a replacement (7), a void (8), a corrected original (1). */
const BUILDER_EVENTS: readonly ClaimEvent[] = ['replace', 'void', 'correct'];
const BUILT_FREQUENCY: Readonly<Partial<Record<ClaimEvent, string>>> = { replace: '7', void: '8', correct: '1' };
/** Events that may carry the payer's claim number. */
const PAYER_NUMBER_EVENTS: readonly ClaimEvent[] = ['accept', 'adjudicate'];

const SORTABLE = { dateOfService: 'dateOfService', createdAt: 'createdAt', state: 'state', patientControlNumber: 'patientControlNumber', totalChargeCents: 'totalChargeCents' };

/** Claims: reading them and their lines, and moving them through the claim workflow. */
@Injectable()
export class ClaimService {
  constructor(
    private readonly orm: MikroORM,
    private readonly workflows: WorkflowService,
  ) {}

  async get(context: RequestContext, claimId: string): Promise<Claim> {
    const claim = await currentEntityManager(this.orm).findOne(Claim, { id: claimId, organizationId: context.organizationId });
    if (!claim) throw new NotFoundError('claim', claimId);
    return claim;
  }

  /** The claim's lines in line order. */
  async lines(context: RequestContext, claimId: string): Promise<ClaimLine[]> {
    return currentEntityManager(this.orm).find(ClaimLine, { organizationId: context.organizationId, claimId }, { orderBy: { lineNumber: 'asc' } });
  }

  /** The claims built from an encounter, oldest first. */
  async ofEncounter(context: RequestContext, encounterId: string): Promise<Claim[]> {
    return currentEntityManager(this.orm).find(Claim, { organizationId: context.organizationId, encounterId }, { orderBy: { createdAt: 'asc', part: 'asc', id: 'asc' } });
  }

  async list<V>(context: RequestContext, filters: ClaimFilters, query: ListQuery, toView: (claim: Claim) => V): Promise<Page<V>> {
    const dateOfService = { ...(filters.dateFrom ? { $gte: filters.dateFrom } : {}), ...(filters.dateTo ? { $lte: filters.dateTo } : {}) };
    const where = {
      organizationId: context.organizationId,
      ...(filters.state ? { state: filters.state } : {}),
      ...(filters.payerRecordId ? { payerRecordId: filters.payerRecordId } : {}),
      ...(filters.patientId ? { patientId: filters.patientId } : {}),
      ...(filters.encounterId ? { encounterId: filters.encounterId } : {}),
      ...(Object.keys(dateOfService).length > 0 ? { dateOfService } : {}),
    };
    const orderBy = orderByOf<Claim>(query.sort ?? '-dateOfService', SORTABLE, { patientControlNumber: 'asc' });
    return findPage(currentEntityManager(this.orm), Claim, where, query, orderBy, toView);
  }

  /**
   * Moves the claim by `event` (scrub and release are guarded by `claim-scrub-clean`). `replace`, `void` and `correct`
   * are applied by the claim builder, which builds the frequency 7, 8 or 1 claim in the same transaction.
   */
  async transition(context: RequestContext, claimId: string, event: ClaimEvent, options: ClaimTransitionOptions = {}): Promise<TransitionResult> {
    if (event === CONVERSION_EVENT) throw new ValidationError([{ field: 'event', message: "'import' belongs to the open A/R conversion (openrcm import 837p)" }]);
    if (BUILDER_EVENTS.includes(event)) {
      throw new ValidationError([{ field: 'event', message: `'${event}' builds a frequency ${BUILT_FREQUENCY[event]} claim: use the claim builder (POST .../claims/${claimId}/${event})` }]);
    }
    const payerClaimNumber = options.payerClaimNumber?.trim() || null;
    if (payerClaimNumber && !PAYER_NUMBER_EVENTS.includes(event)) {
      throw new ValidationError([{ field: 'payerClaimNumber', message: `is recorded only on ${PAYER_NUMBER_EVENTS.join(' or ')}` }]);
    }
    const claim = await this.get(context, claimId);
    return this.workflows.transition(context, claimWorkflow.name, subjectOf(claim), event, {
      ...(options.joinTransaction ? { joinTransaction: true } : {}),
      ...(options.exceptions ? { exceptions: options.exceptions } : {}),
      writeState: async (em, change) => {
        const updated = await em.nativeUpdate(
          Claim,
          { id: change.entityId, organizationId: context.organizationId, state: change.from as ClaimState },
          { state: change.to as ClaimState, updatedAt: new Date(), ...(payerClaimNumber ? { payerClaimNumber } : {}) },
        );
        return updated === 1;
      },
    });
  }
}

/** The workflow subject of a claim. */
export function subjectOf(claim: Claim) {
  return { id: claim.id, state: claim.state, patientId: claim.patientId, data: { frequency: claim.frequency, payerRecordId: claim.payerRecordId } };
}

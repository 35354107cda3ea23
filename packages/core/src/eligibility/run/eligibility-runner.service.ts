import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type EligibilityBenefits, type OperationResult, type RequestContext } from '@openrcm/sdk';
import { CORE_CONFIG, type CoreConfig } from '../../config/core-config';
import { Coverage } from '../../coverages/coverage.entity';
import { Encounter } from '../../encounters/encounter.entity';
import { JobQueue } from '../../jobs/job-queue.service';
import { Patient } from '../../patients/patient.entity';
import { Payer } from '../../payers/payer.entity';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { Provider } from '../../providers/provider.entity';
import { WorkItem } from '../../work-items/work-item.entity';
import { WorkItemService } from '../../work-items/work-item.service';
import type { EligibilityCheck } from '../eligibility-check.entity';
import { EligibilityService } from '../eligibility.service';
import { coverageChanges } from './coverage-change';
import { buildEligibilityRequest } from './eligibility-request.builder';
import { interpretEligibilityResult, type RecordedAnswer } from './eligibility-outcome';
import { EligibilityProviderResolver } from './eligibility-provider.resolver';

/** What running a check takes: the coverage and date, and the visit or the provider asking. */
export interface RunEligibility {
  readonly patientId: string;
  readonly coverageId: string;
  readonly asOfDate: string;
  /** The visit checked for; its billing provider asks unless `providerId` is given. */
  readonly encounterId?: string;
  readonly providerId?: string;
}

/** A check's place in the follow-up chain (payload of the `eligibility.follow-up` job). */
export interface EligibilityFollowUp extends RunEligibility {
  readonly source: string;
  readonly reference: string;
  readonly attempt: number;
}

/** What a run did: recorded a result, or scheduled a follow-up because the network is still working on it. */
export type EligibilityRunOutcome = { readonly status: 'recorded'; readonly check: EligibilityCheck } | { readonly status: 'pending'; readonly reference: string; readonly jobId: string };

/** The job that asks again about a pending check. */
export const ELIGIBILITY_FOLLOW_UP_JOB = 'eligibility.follow-up';
/** Follow-ups before a pending check is recorded as an error. */
const MAX_FOLLOW_UPS = 10;
const DEFAULT_FOLLOW_UP_DELAY_MS = 60_000;

/**
 * Runs eligibility checks through the payer's eligibility plugin and records what it answers: the benefits, the
 * payer's messages and the raw answer (encrypted), tied to the coverage and the visit. A check still in progress is
 * followed up by a job; a change the payer reports about the coverage (inactive, unknown member, other plan dates)
 * opens a registration work item for the front desk.
 */
@Injectable()
export class EligibilityRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly eligibility: EligibilityService,
    private readonly resolver: EligibilityProviderResolver,
    private readonly jobs: JobQueue,
    private readonly workItems: WorkItemService,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  async run(context: RequestContext, input: RunEligibility): Promise<EligibilityRunOutcome> {
    const { coverage, payer, request } = await this.prepare(context, input);
    const { provider, source } = await this.resolver.resolve(context, payer);
    const result = await provider.check(context, request);
    return this.handle(context, { ...input, source, reference: '', attempt: 0 }, coverage, result);
  }

  /** Asks the provider again about a pending check (the follow-up job). */
  async followUp(context: RequestContext, pending: EligibilityFollowUp): Promise<EligibilityRunOutcome> {
    const coverage = await this.coverageOf(context, pending);
    const provider = this.resolver.bySource(context, pending.source);
    const result: OperationResult<EligibilityBenefits> = !provider?.followUp
      ? { status: 'EXCEPTION', message: `the eligibility provider ${pending.source} is no longer enabled or cannot follow up`, retryable: false }
      : pending.attempt >= MAX_FOLLOW_UPS
        ? { status: 'EXCEPTION', message: `no answer after ${MAX_FOLLOW_UPS} follow-ups`, retryable: true }
        : await provider.followUp(context, pending.reference);
    return this.handle(context, pending, coverage, result);
  }

  private async handle(context: RequestContext, run: EligibilityFollowUp, coverage: Coverage, result: OperationResult<EligibilityBenefits>): Promise<EligibilityRunOutcome> {
    const answer = interpretEligibilityResult(result);
    if (answer.kind === 'follow-up') {
      const next: EligibilityFollowUp = { ...run, reference: answer.reference, attempt: run.attempt + 1 };
      const delayMs = answer.retryAt ? Math.max(0, answer.retryAt.getTime() - Date.now()) : DEFAULT_FOLLOW_UP_DELAY_MS;
      const job = await this.jobs.enqueue(context, ELIGIBILITY_FOLLOW_UP_JOB, next, { idempotencyKey: `${run.source}:${answer.reference}:${next.attempt}`, delayMs });
      return { status: 'pending', reference: answer.reference, jobId: job.id };
    }
    const check = await this.record(context, run, answer.result);
    await this.reportCoverageChanges(context, coverage, answer.result, run.asOfDate);
    return { status: 'recorded', check };
  }

  private async record(context: RequestContext, run: EligibilityFollowUp, answer: RecordedAnswer): Promise<EligibilityCheck> {
    const { outcome, messages, notes, raw, retryable: _retryable, retryAfterMs: _retryAfterMs, ...benefits } = answer;
    return this.eligibility.record(context, {
      patientId: run.patientId,
      coverageId: run.coverageId,
      asOfDate: run.asOfDate,
      method: 'plugin',
      outcome,
      ...benefits,
      messages,
      ...(notes ? { notes: notes.slice(0, 2000) } : {}),
      ...(raw ? { raw } : {}),
      ...(run.reference ? { referenceNumber: run.reference.slice(0, 50) } : {}),
      ...(run.encounterId ? { encounterId: run.encounterId } : {}),
      source: run.source,
    });
  }

  /** Opens (or adds a note to) the coverage's open registration work item when the payer reports a change. */
  private async reportCoverageChanges(context: RequestContext, coverage: Coverage, answer: RecordedAnswer, asOfDate: string): Promise<void> {
    const changes = coverageChanges(coverage, answer, asOfDate);
    if (changes.length === 0) return;
    const note = `Eligibility check: ${changes.join('; ')}.`;
    const open = await currentEntityManager(this.orm).findOne(WorkItem, {
      organizationId: context.organizationId,
      recordType: 'coverage',
      recordId: coverage.id,
      category: 'registration',
      state: { $nin: ['resolved', 'closed'] },
    });
    if (open) {
      await this.workItems.addNote(context, open.id, note);
      return;
    }
    await this.workItems.open(context, {
      kind: 'follow-up',
      title: 'Update the coverage: the payer reports a change',
      category: 'registration',
      recordType: 'coverage',
      recordId: coverage.id,
      patientId: coverage.patientId,
      ownerRole: 'front-desk',
      priority: 'high',
      note,
    });
  }

  private async prepare(context: RequestContext, input: RunEligibility) {
    const em = currentEntityManager(this.orm);
    const tenant = { organizationId: context.organizationId };
    const coverage = await this.coverageOf(context, input);
    const patient = await em.findOneOrFail(Patient, { ...tenant, id: input.patientId });
    const payer = await em.findOneOrFail(Payer, { ...tenant, id: coverage.payerRecordId });
    const encounter = input.encounterId ? await em.findOne(Encounter, { ...tenant, id: input.encounterId, patientId: input.patientId }) : null;
    if (input.encounterId && !encounter) throw new ValidationError([{ field: 'encounterId', message: `no encounter ${input.encounterId} of this patient` }]);
    const providerId = input.providerId ?? encounter?.billingProviderId;
    if (!providerId) throw new ValidationError([{ field: 'providerId', message: 'name the provider asking (or the encounter checked for)' }]);
    const provider = await em.findOne(Provider, { ...tenant, id: providerId });
    if (!provider) throw new ValidationError([{ field: 'providerId', message: `no provider ${providerId} in this organization` }]);
    const request = buildEligibilityRequest({ patient, coverage, payer, provider, asOfDate: input.asOfDate, serviceTypeCode: this.config.eligibility.serviceTypeCode });
    return { coverage, payer, request };
  }

  private async coverageOf(context: RequestContext, input: RunEligibility): Promise<Coverage> {
    const coverage = await currentEntityManager(this.orm).findOne(Coverage, { id: input.coverageId, organizationId: context.organizationId, patientId: input.patientId });
    if (!coverage) throw new NotFoundError('coverage', input.coverageId);
    return coverage;
  }
}

import {
  ExternalServiceError,
  OpenRcmError,
  OperationResults,
  type Clock,
  type EligibilityBenefits,
  type EligibilityProvider,
  type EligibilityRequest,
  type OperationResult,
  type PluginLogger,
  type RequestContext,
} from '@openrcm/sdk';
import type { AvailityCoveragesClient, CoverageJson } from './availity-coverages.client';
import { COVERAGE_JSON } from './availity-fields';
import type { AvailitySettings } from './availity-settings';
import { buildCoverageForm, requestIssues } from './coverage-request.builder';
import { interpretCoverage } from './coverage-outcome';
import { Backoff, Deadline, type Timing } from './poll-timing';

/** What the provider needs. */
export interface AvailityProviderDeps {
  readonly settings: AvailitySettings;
  readonly coverages: AvailityCoveragesClient;
  readonly timing: Timing;
  readonly clock: Clock;
  readonly logger: PluginLogger;
}

/**
 * The `availity` eligibility provider: sends the coverage request, polls an answer in progress with backoff until it
 * is final or `pollDeadlineMs` has passed (then PENDING with the coverage id, which `followUp` continues), and maps
 * the final answer to an OperationResult (see `interpretCoverage`). Failures to talk to Availity are EXCEPTIONs, never
 * an inactive coverage. Logs carry the coverage id and status codes only, never patient data.
 */
export class AvailityEligibilityProvider implements EligibilityProvider {
  readonly id = 'availity';

  constructor(private readonly deps: AvailityProviderDeps) {}

  async check(_context: RequestContext, request: EligibilityRequest): Promise<OperationResult<EligibilityBenefits>> {
    const issues = requestIssues(request);
    if (issues.length > 0) {
      return OperationResults.exception(`eligibility request is incomplete: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`, false);
    }
    const serviceType = request.serviceTypeCode.trim() || this.deps.settings.serviceType;
    return this.guarded(async (deadline) => {
      const coverage = await this.deps.coverages.create(buildCoverageForm(request, this.deps.settings), deadline);
      return this.follow(coverage, serviceType, deadline);
    });
  }

  async followUp(_context: RequestContext, reference: string): Promise<OperationResult<EligibilityBenefits>> {
    return this.guarded(async (deadline) => {
      const coverage = await this.deps.coverages.get(reference, deadline);
      return this.follow(coverage, serviceTypeOf(coverage) ?? this.deps.settings.serviceType, deadline);
    });
  }

  private async follow(first: CoverageJson, serviceType: string, deadline: Deadline): Promise<OperationResult<EligibilityBenefits>> {
    const { settings, timing, clock, logger, coverages } = this.deps;
    const backoff = new Backoff(settings.pollIntervalMs, settings.pollMaxIntervalMs);
    let coverage = first;
    for (;;) {
      const outcome = interpretCoverage(coverage, serviceType);
      if (outcome.final) {
        const fields = { coverageId: coverage[COVERAGE_JSON.id], statusCode: coverage[COVERAGE_JSON.statusCode], result: outcome.result.status };
        logger.info('availity coverage answered', fields);
        return outcome.result;
      }
      const wait = backoff.next();
      if (!deadline.allows(wait)) {
        logger.info('availity coverage still in progress at the deadline', { coverageId: outcome.id, statusCode: outcome.statusCode });
        return OperationResults.pending(outcome.id, new Date(clock.now().getTime() + wait));
      }
      await timing.sleep(wait);
      coverage = await coverages.get(outcome.id, deadline);
    }
  }

  private async guarded(work: (deadline: Deadline) => Promise<OperationResult<EligibilityBenefits>>): Promise<OperationResult<EligibilityBenefits>> {
    try {
      return await work(new Deadline(this.deps.timing, this.deps.settings.pollDeadlineMs));
    } catch (error) {
      if (error instanceof ExternalServiceError) {
        this.deps.logger.warn('availity call failed', { message: error.message, retryable: error.retryable });
        return OperationResults.exception(error.message, error.retryable, error.retryAfterMs);
      }
      const message = error instanceof OpenRcmError ? error.message : `unexpected ${(error as Error)?.name ?? 'error'} talking to Availity`;
      this.deps.logger.error('availity check failed', { message });
      return OperationResults.exception(message, false);
    }
  }
}

function serviceTypeOf(coverage: CoverageJson): string | undefined {
  const requested = coverage[COVERAGE_JSON.requestedServiceType];
  const first = Array.isArray(requested) ? (requested[0] as Record<string, unknown> | undefined) : undefined;
  const code = first?.[COVERAGE_JSON.requestedServiceTypeCode];
  return typeof code === 'string' && code ? code : undefined;
}

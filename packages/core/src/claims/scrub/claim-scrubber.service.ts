import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { PluginHost } from '../../plugins/plugin-host.service';
import { ClaimScrubFinding } from '../claim-scrub-finding.entity';
import { ClaimScrubFindingService, type ScrubFindingInput } from '../claim-scrub-finding.service';
import { Claim } from '../claim.entity';
import { ClaimService } from '../claim.service';
import type { ClaimState } from '../claim.workflow';
import { BUILT_IN_SCRUB_RULES } from './built-in-scrub-rules';
import { toSdkClaimView } from './claim-view.mapper';
import { ClaimTouch } from './claim-touch.entity';
import { runPluginScrubRules } from './plugin-scrub-rules.runner';
import { ScrubInputLoader } from './scrub-input.loader';
import { queryAll } from '../../persistence/query-all';

/** What a scrub answers: the claim's state after it and its current findings (open and overridden). */
export interface ScrubResult {
  readonly claimId: string;
  readonly state: ClaimState;
  readonly findings: ClaimScrubFinding[];
}

/** The manual touches of a claim, for the clean-claim KPI: a claim with both at 0 went out untouched. */
export interface ClaimTouches {
  /** Findings overridden by a user (with a reason), over the claim's life. */
  readonly overrides: number;
  /** `reopen` transitions (a scrubbed or ready claim sent back to draft for a change). */
  readonly reopens: number;
}

/** What scrubbing every draft claim did. */
export interface DraftScrubSummary {
  readonly scrubbed: number;
  readonly total: number;
  readonly stillDraft: number;
  readonly failed: number;
  readonly results: readonly { readonly claimId: string; readonly state: ClaimState | null; readonly errors: number; readonly warnings: number; readonly failure?: string }[];
}

/**
 * The claim scrubber: runs the built-in rules and the organization's plugin scrub rules on a claim, records the
 * findings, and scrubs a draft claim that has no open error.
 *
 * Overrides stand: a scrub that finds the same problem again (same rule, field, severity and message) as a finding a
 * user overrode does not re-open it, as long as the claim was not reopened (sent back to draft for a change) after
 * the override. An override whose problem is no longer found, or that predates a later reopen, is resolved; a reopened
 * claim's problem, if still there, comes back as a new open finding.
 */
@Injectable()
export class ClaimScrubber {
  constructor(
    private readonly orm: MikroORM,
    private readonly claims: ClaimService,
    private readonly findings: ClaimScrubFindingService,
    private readonly inputs: ScrubInputLoader,
    private readonly plugins: PluginHost,
  ) {}

  async scrub(context: RequestContext, claimId: string): Promise<ScrubResult> {
    const claim = await this.claims.get(context, claimId);
    const lines = await this.claims.lines(context, claimId);
    const input = await this.inputs.load(context, claim, lines);
    const found: ScrubFindingInput[] = [
      ...BUILT_IN_SCRUB_RULES.flatMap((rule) => rule.inspect(input).map((finding) => ({ rule: rule.id, ...finding }))),
      ...(await runPluginScrubRules(this.plugins, context, toSdkClaimView(input))),
    ];
    await this.record(context, claim, found);
    let state = claim.state;
    if (state === 'draft' && (await this.findings.scrubClean(context, claimId)).pass) {
      state = (await this.claims.transition(context, claimId, 'scrub')).to as ClaimState;
    }
    return { claimId, state, findings: await this.findings.list(context, claimId) };
  }

  /** Scrubs every draft claim of the organization, oldest first; one claim's failure does not stop the others. */
  async scrubDrafts(context: RequestContext): Promise<DraftScrubSummary> {
    const drafts = await currentEntityManager(this.orm).find(Claim, { organizationId: context.organizationId, state: 'draft' }, { orderBy: { createdAt: 'asc', id: 'asc' }, fields: ['id'] });
    const results: DraftScrubSummary['results'][number][] = [];
    for (const { id } of drafts) {
      try {
        const result = await this.scrub(context, id);
        const open = result.findings.filter((finding) => !finding.overriddenAt);
        results.push({ claimId: id, state: result.state, errors: open.filter((finding) => finding.severity === 'error').length, warnings: open.filter((finding) => finding.severity === 'warning').length });
      } catch (error) {
        results.push({ claimId: id, state: null, errors: 0, warnings: 0, failure: error instanceof Error ? error.message : String(error) });
      }
    }
    return {
      total: results.length,
      scrubbed: results.filter((result) => result.state === 'scrubbed').length,
      stillDraft: results.filter((result) => result.state === 'draft').length,
      failed: results.filter((result) => result.failure !== undefined).length,
      results,
    };
  }

  /** The claim's manual touches: overrides (from its findings) and reopens (from its touch log). */
  async touches(context: RequestContext, claimId: string): Promise<ClaimTouches> {
    await this.claims.get(context, claimId);
    const em = currentEntityManager(this.orm);
    const tenant = { organizationId: context.organizationId, claimId };
    const [overrides, reopens] = await queryAll(em, [() => em.count(ClaimScrubFinding, { ...tenant, overriddenAt: { $ne: null } }), () => em.count(ClaimTouch, { ...tenant, kind: 'reopen' })]);
    return { overrides, reopens };
  }

  /** Records the run in one transaction, carrying standing overrides over (see the class comment). */
  private async record(context: RequestContext, claim: Claim, found: readonly ScrubFindingInput[]): Promise<void> {
    await currentEntityManager(this.orm).transactional(async (em) => {
      const tenant = { organizationId: context.organizationId, claimId: claim.id };
      const overridden = await em.find(ClaimScrubFinding, { ...tenant, resolvedAt: null, overriddenAt: { $ne: null } });
      const lastReopen = await em.findOne(ClaimTouch, { ...tenant, kind: 'reopen' }, { orderBy: { createdAt: 'desc' } });
      const standing = overridden.filter((finding) => !lastReopen || (finding.overriddenAt as Date) > lastReopen.createdAt);
      const kept = new Set<string>();
      const fresh = found.filter((finding) => {
        const match = standing.find((override) => sameProblem(override, finding));
        if (match) kept.add(match.id);
        return !match;
      });
      const stale = overridden.filter((finding) => !kept.has(finding.id)).map((finding) => finding.id);
      if (stale.length > 0) await em.nativeUpdate(ClaimScrubFinding, { ...tenant, id: { $in: stale } }, { resolvedAt: new Date() });
      await this.findings.record(context, claim.id, fresh);
    });
  }
}

function sameProblem(override: ClaimScrubFinding, finding: ScrubFindingInput): boolean {
  return override.rule === finding.rule.trim() && override.field === finding.field.trim() && override.severity === finding.severity && override.message === finding.message.trim();
}

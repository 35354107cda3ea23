import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type GuardOutcome, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { Claim } from './claim.entity';
import { FINDING_SEVERITIES, ClaimScrubFinding, type FindingSeverity } from './claim-scrub-finding.entity';

/** A finding as a scrub rule reports it. */
export interface ScrubFindingInput {
  readonly rule: string;
  readonly severity: FindingSeverity;
  readonly field: string;
  readonly message: string;
  readonly hint?: string;
}

/** Scrub findings of claims: a scrub run's results, overrides with a reason, and the open errors the guard reads. */
@Injectable()
export class ClaimScrubFindingService {
  constructor(private readonly orm: MikroORM) {}

  /**
   * Records a scrub run: the claim's previous findings that are neither resolved nor overridden are resolved, and the
   * run's findings are stored (one transaction). Returns the new findings.
   */
  async record(context: RequestContext, claimId: string, findings: readonly ScrubFindingInput[]): Promise<ClaimScrubFinding[]> {
    assertFindings(findings);
    return currentEntityManager(this.orm).transactional(async (em) => {
      const claim = await requireClaim(em, context, claimId);
      const now = new Date();
      await em.nativeUpdate(ClaimScrubFinding, { organizationId: context.organizationId, claimId, resolvedAt: null, overriddenAt: null }, { resolvedAt: now });
      const stored = findings.map((finding) =>
        em.create(ClaimScrubFinding, {
          organizationId: context.organizationId,
          claimId,
          patientId: claim.patientId,
          rule: finding.rule.trim(),
          severity: finding.severity,
          field: finding.field.trim(),
          message: finding.message.trim(),
          hint: finding.hint?.trim() || null,
        }),
      );
      await em.flush();
      return stored;
    });
  }

  /** Overrides a finding: who (the acting user) and why; a resolved or already overridden finding is refused. */
  async override(context: RequestContext, claimId: string, findingId: string, reason: string): Promise<ClaimScrubFinding> {
    const why = reason.trim();
    if (!why) throw new ValidationError([{ field: 'reason', message: 'say why the finding is overridden' }]);
    const em = currentEntityManager(this.orm);
    const finding = await em.findOne(ClaimScrubFinding, { id: findingId, claimId, organizationId: context.organizationId });
    if (!finding) throw new NotFoundError('claim scrub finding', findingId);
    if (finding.resolvedAt) throw new ConflictError(`finding ${findingId} was resolved by a later scrub`);
    if (finding.overriddenAt) throw new ConflictError(`finding ${findingId} was already overridden by ${finding.overriddenBy}`);
    finding.overriddenBy = context.actor.id;
    finding.overrideReason = why;
    finding.overriddenAt = new Date();
    await em.flush();
    return finding;
  }

  /** The claim's findings, newest run first. */
  async list(context: RequestContext, claimId: string, options: { includeResolved?: boolean } = {}): Promise<ClaimScrubFinding[]> {
    const em = currentEntityManager(this.orm);
    await requireClaim(em, context, claimId);
    return em.find(
      ClaimScrubFinding,
      { organizationId: context.organizationId, claimId, ...(options.includeResolved ? {} : { resolvedAt: null }) },
      { orderBy: { createdAt: 'desc', field: 'asc', id: 'asc' } },
    );
  }

  /** The `claim-scrub-clean` verdict: passes when no error finding is open (neither resolved nor overridden). */
  async scrubClean(context: RequestContext, claimId: string): Promise<GuardOutcome> {
    const open = await currentEntityManager(this.orm).find(
      ClaimScrubFinding,
      { organizationId: context.organizationId, claimId, severity: 'error', resolvedAt: null, overriddenAt: null },
      { orderBy: { field: 'asc', id: 'asc' } },
    );
    if (open.length === 0) return { pass: true };
    const listed = open.map((finding) => `${finding.field}: ${finding.message}`).join('; ');
    return { pass: false, reason: `${open.length} open error finding${open.length === 1 ? '' : 's'}: ${listed}` };
  }
}

function assertFindings(findings: readonly ScrubFindingInput[]): void {
  const issues: ValidationIssue[] = [];
  findings.forEach((finding, index) => {
    if (!FINDING_SEVERITIES.includes(finding.severity)) issues.push({ field: `findings[${index}].severity`, message: `one of ${FINDING_SEVERITIES.join(', ')}` });
    for (const key of ['rule', 'field', 'message'] as const) {
      if (!finding[key]?.trim()) issues.push({ field: `findings[${index}].${key}`, message: 'is required' });
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

async function requireClaim(em: EntityManager, context: RequestContext, claimId: string): Promise<Claim> {
  const claim = await em.findOne(Claim, { id: claimId, organizationId: context.organizationId });
  if (!claim) throw new NotFoundError('claim', claimId);
  return claim;
}

import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { ClaimStatusInquiry } from '../../follow-up/claim-status-inquiry.entity';
import { User } from '../../identity/user.entity';
import { LedgerEntry } from '../../ledger/ledger-entry.entity';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { RemittanceClaim } from '../../remittance/remittance-claim.entity';
import { Remittance } from '../../remittance/remittance.entity';
import { ClaimBatch } from '../../submissions/claim-batch.entity';
import { X12FileClaim } from '../../submissions/x12-file-claim.entity';
import { X12File } from '../../submissions/x12-file.entity';
import { WorkItem } from '../../work-items/work-item.entity';
import { isUuid } from '../../work-items/organization-members';
import { WorkflowTransition } from '../../workflow/workflow-transition.entity';
import { ClaimScrubFinding } from '../claim-scrub-finding.entity';
import { Claim } from '../claim.entity';
import { ClaimService } from '../claim.service';
import { claimWorkflow } from '../claim.workflow';
import type { ClaimTimelineEntry, ClaimTimelineKind, TimelineActor } from './claim-timeline.types';
import { queryAll } from '../../persistence/query-all';

/** Among entries of the same instant, the order of a story told newest first: the effect before its cause. */
const SAME_INSTANT_ORDER: readonly ClaimTimelineKind[] = ['work-item', 'related-claim', 'transition', 'ledger', 'remittance', 'file-received', 'status-inquiry', 'file-sent', 'finding-overridden', 'scrub-finding'];

/**
 * A claim's timeline, assembled from the records that already exist: its workflow transitions (who, when), scrub
 * findings and their overrides, the 837P batches that carried it, the 999s and 277CAs that answered it, the status
 * inquiries (276/277), the 835 claim payments, the ledger entries of its lines, its work items, and the claims it
 * superseded or that superseded it. Newest first.
 */
@Injectable()
export class ClaimTimelineService {
  constructor(
    private readonly orm: MikroORM,
    private readonly claims: ClaimService,
  ) {}

  async timeline(context: RequestContext, claimId: string): Promise<ClaimTimelineEntry[]> {
    const claim = await this.claims.get(context, claimId);
    const em = currentEntityManager(this.orm);
    const tenant = { organizationId: context.organizationId };
    const chargeIds = (await this.claims.lines(context, claimId)).map((line) => line.chargeId);
    const [transitions, findings, batches, received, inquiries, payments, ledger, items, related] = await queryAll(em, [
      () => em.find(WorkflowTransition, { ...tenant, workflow: claimWorkflow.name, recordId: claimId }),
      () => em.find(ClaimScrubFinding, { ...tenant, claimId }),
      () => batchesOf(em, context.organizationId, claimId),
      () => em.find(X12FileClaim, { ...tenant, claimId }),
      () => em.find(ClaimStatusInquiry, { ...tenant, claimId }),
      () => em.find(RemittanceClaim, { ...tenant, claimId }),
      // The charges of a corrected or replacement claim's lines were posted with the claim first built for them.
      () => em.find(LedgerEntry, { ...tenant, $or: [{ claimId }, ...(chargeIds.length > 0 ? [{ kind: 'charge' as const, chargeId: { $in: chargeIds } }] : [])] }),
      () => em.find(WorkItem, { ...tenant, recordType: 'claim', recordId: claimId }),
      () => em.find(Claim, { ...tenant, $or: [{ replacesClaimId: claimId }, { priorPayerClaimId: claimId }, { id: { $in: [claim.replacesClaimId, claim.priorPayerClaimId].filter((id): id is string => id !== null) } }] }),
    ]);
    const files = received.length > 0 ? await em.find(X12File, { ...tenant, id: { $in: received.map((link) => link.x12FileId) } }, { fields: ['id', 'kind', 'fileName'] }) : [];
    const remittances = payments.length > 0 ? await em.find(Remittance, { ...tenant, id: { $in: payments.map((payment) => payment.remittanceId) } }) : [];
    const actor = await actorNames(em, [...transitions.map((row) => row.actorId), ...findings.flatMap((finding) => (finding.overriddenBy ? [finding.overriddenBy] : [])), ...inquiries.map((inquiry) => inquiry.requestedBy)]);

    const steps = inChainOrder(transitions).map((row): ClaimTimelineEntry => ({ kind: 'transition', at: iso(row.createdAt), event: row.event, from: row.fromState, to: row.toState, actor: actor(row.actorId, row.actorType) }));
    const entries: ClaimTimelineEntry[] = [
      ...steps,
      ...findings.flatMap((finding): ClaimTimelineEntry[] => [
        {
          kind: 'scrub-finding',
          at: iso(finding.createdAt),
          findingId: finding.id,
          rule: finding.rule,
          severity: finding.severity,
          field: finding.field,
          message: finding.message,
          resolvedAt: finding.resolvedAt ? iso(finding.resolvedAt) : null,
          overridden: finding.overriddenAt !== null,
        },
        ...(finding.overriddenAt && finding.overriddenBy
          ? [{ kind: 'finding-overridden' as const, at: iso(finding.overriddenAt), findingId: finding.id, rule: finding.rule, reason: finding.overrideReason ?? '', actor: actor(finding.overriddenBy) }]
          : []),
      ]),
      ...batches.map((batch): ClaimTimelineEntry => ({
        kind: 'file-sent',
        at: iso(batch.createdAt),
        batchId: batch.id,
        fileKind: '837P',
        fileName: batch.fileName,
        state: batch.state,
        submittedAt: batch.submittedAt ? iso(batch.submittedAt) : null,
        reference: batch.reference,
        lastError: batch.lastError,
      })),
      ...received.map((link): ClaimTimelineEntry => {
        const file = files.find((candidate) => candidate.id === link.x12FileId);
        return { kind: 'file-received', at: iso(link.createdAt), fileId: link.x12FileId, fileKind: file?.kind ?? 'unknown', fileName: file?.fileName ?? '', outcome: link.outcome, detail: link.detail };
      }),
      ...inquiries.map((inquiry): ClaimTimelineEntry => ({
        kind: 'status-inquiry',
        at: iso(inquiry.createdAt),
        inquiryId: inquiry.id,
        outcome: inquiry.outcome,
        statusCategory: inquiry.statusCategory,
        statusCode: inquiry.statusCode,
        error: inquiry.error,
        actor: actor(inquiry.requestedBy),
      })),
      ...payments.map((payment): ClaimTimelineEntry => {
        const remittance = remittances.find((candidate) => candidate.id === payment.remittanceId);
        return {
          kind: 'remittance',
          at: iso(payment.createdAt),
          remittanceId: payment.remittanceId,
          remittanceClaimId: payment.id,
          payerName: remittance?.payerName ?? '',
          traceNumber: remittance?.traceNumber ?? '',
          statusCode: payment.statusCode,
          chargeCents: payment.chargeCents,
          paymentCents: payment.paymentCents,
          patientResponsibilityCents: payment.patientResponsibilityCents,
          paymentDate: remittance?.paymentDate ?? null,
        };
      }),
      ...ledger.map((entry): ClaimTimelineEntry => ({
        kind: 'ledger',
        at: iso(entry.createdAt),
        entryId: entry.id,
        entryKind: entry.kind,
        amountCents: entry.amountCents,
        party: entry.party,
        groupCode: entry.groupCode,
        reasonCode: entry.reasonCode,
        source: entry.source,
        effectiveDate: entry.effectiveDate,
        memo: entry.memo,
      })),
      ...items.map((item): ClaimTimelineEntry => ({ kind: 'work-item', at: iso(item.createdAt), workItemId: item.id, itemKind: item.kind, category: item.category, title: item.title, state: item.state })),
      ...related.map((other): ClaimTimelineEntry => ({
        kind: 'related-claim',
        at: iso(other.createdAt < claim.createdAt ? claim.createdAt : other.createdAt),
        relation: other.id === claim.replacesClaimId ? 'supersedes' : other.id === claim.priorPayerClaimId ? 'prior-payer' : other.replacesClaimId === claim.id ? 'superseded-by' : 'next-payer',
        claimId: other.id,
        patientControlNumber: other.patientControlNumber,
        frequency: other.frequency,
        state: other.state,
      })),
    ];
    // Transitions of one instant (a remittance adjudicates and pays a claim in one batch) keep their chain's order.
    const stepOf = new Map(steps.map((entry, index) => [entry, index]));
    return entries.sort((a, b) => b.at.localeCompare(a.at) || SAME_INSTANT_ORDER.indexOf(a.kind) - SAME_INSTANT_ORDER.indexOf(b.kind) || (stepOf.get(b) ?? 0) - (stepOf.get(a) ?? 0));
  }
}

/**
 * Transitions oldest first; those recorded in the same instant in the order of their chain: first the one no other of
 * them led to, then the one that starts from the state it led to, and so on.
 */
function inChainOrder(transitions: readonly WorkflowTransition[]): WorkflowTransition[] {
  const byInstant = new Map<number, WorkflowTransition[]>();
  for (const row of transitions) byInstant.set(row.createdAt.getTime(), [...(byInstant.get(row.createdAt.getTime()) ?? []), row]);
  return [...byInstant.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([, rows]) => {
      const ordered: WorkflowTransition[] = [];
      let left = [...rows];
      while (left.length > 0) {
        const previous = ordered.at(-1);
        const next = (previous && left.find((row) => row.fromState === previous.toState)) ?? left.find((row) => !left.some((other) => other !== row && other.toState === row.fromState)) ?? (left[0] as WorkflowTransition);
        ordered.push(next);
        left = left.filter((row) => row !== next);
      }
      return ordered;
    });
}

function iso(date: Date): string {
  return date.toISOString();
}

/** The claim batches whose claims include `claimId`. */
async function batchesOf(em: EntityManager, organizationId: string, claimId: string): Promise<ClaimBatch[]> {
  const rows: { id: string }[] = await em.execute('select id from claim_batch where organization_id = ? and claim_ids @> ?::jsonb', [organizationId, JSON.stringify([claimId])]);
  return rows.length > 0 ? em.find(ClaimBatch, { organizationId, id: { $in: rows.map((row) => row.id) } }) : [];
}

/** A function naming actors: users by their display name, others by type and id. */
async function actorNames(em: EntityManager, ids: readonly string[]): Promise<(id: string, type?: string) => TimelineActor> {
  const userIds = [...new Set(ids.filter(isUuid))];
  const users = userIds.length > 0 ? await em.find(User, { id: { $in: userIds } }, { fields: ['id', 'displayName'] }) : [];
  const names = new Map(users.map((user) => [user.id, user.displayName]));
  return (id, type) => ({ type: type ?? (names.has(id) ? 'user' : id === 'system' ? 'system' : 'unknown'), id, name: names.get(id) ?? null });
}

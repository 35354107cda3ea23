import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import { claimWorkflow, type ClaimEvent, type ClaimState } from '../claims/claim.workflow';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { LedgerWriter } from '../ledger/ledger.writer';
import { Payer } from '../payers/payer.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { WorkflowService } from '../workflow/workflow.service';
import { postClaimPayment, type ClaimPaymentScope } from './claim-payment.poster';
import { JobQueue } from '../jobs/job-queue.service';
import { bulkQuery } from '../persistence/bulk-query';
import { pgArray } from '../persistence/pg-array';
import { ROUTE_DENIALS_JOB } from './denial-routing.job';
import { PostingRecords, type ClaimRecord } from './posting-records';
import { BulkRows } from '../persistence/bulk-rows';
import { isReversal } from './posting-rules';
import { postProviderAdjustment } from './provider-adjustment.poster';
import { REMITTANCE_FOLLOWERS, type PostedClaimPayment, type RemittanceFollower } from './remittance-followers';
import type { RemittanceInput } from './remittance-input';
import { Remittance, type RemittanceWarning } from './remittance.entity';

/** What posting one remittance did. */
export interface RemittancePosting {
  /** `duplicate`: the same payment (TRN02 + TRN03) was posted before, and nothing changed. */
  readonly outcome: 'posted' | 'duplicate';
  readonly remittanceId: string;
  readonly traceNumber: string;
  readonly paymentCents: number;
  readonly claimPayments: number;
  readonly unmatched: number;
  readonly warnings: readonly RemittanceWarning[];
}

/** States a remittance adjudicates a claim from (the claim workflow's `adjudicate` transition). */
const ADJUDICABLE: readonly ClaimState[] = claimWorkflow.transitions.filter((transition) => transition.event === 'adjudicate').flatMap((transition) => [transition.from].flat()) as ClaimState[];

/**
 * Posts a remittance — an 835 transaction or a manual EOB — in one transaction per check: all of it or none of it.
 * The payment must balance (Σ CLP04 − Σ PLB = BPR02). The same payment (TRN02 + TRN03) is posted once; again, it is
 * reported as a duplicate and changes nothing. After the entries, each claim the payment adjudicated moves through the
 * claim workflow and the followers (secondary claims, follow-up) run in the same transaction; the denials held open
 * are routed to their queues by a job queued in it.
 */
@Injectable()
export class RemittancePoster {
  private readonly contractual: ReadonlySet<string>;

  constructor(
    private readonly orm: MikroORM,
    private readonly ledger: LedgerWriter,
    private readonly workflows: WorkflowService,
    private readonly jobs: JobQueue,
    @Inject(CORE_CONFIG) config: CoreConfig,
    @Inject(REMITTANCE_FOLLOWERS) private readonly followers: readonly RemittanceFollower[],
  ) {
    this.contractual = new Set(config.remittance.contractualReasons);
  }

  async post(context: RequestContext, input: RemittanceInput): Promise<RemittancePosting> {
    assertBalanced(input);
    return currentEntityManager(this.orm).transactional((em) => this.postIn(context, input, em as EntityManager));
  }

  private async postIn(context: RequestContext, input: RemittanceInput, em: EntityManager): Promise<RemittancePosting> {
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`remittance:${context.organizationId}:${input.traceOriginator}:${input.traceNumber}`]);
    const earlier = await em.findOne(Remittance, { organizationId: context.organizationId, traceOriginator: input.traceOriginator, traceNumber: input.traceNumber }, { fields: ['id', 'paymentCents'] });
    if (earlier) {
      return { outcome: 'duplicate', remittanceId: earlier.id, traceNumber: input.traceNumber, paymentCents: input.paymentCents, claimPayments: 0, unmatched: 0, warnings: [] };
    }
    const records = await PostingRecords.load(
      em,
      context.organizationId,
      input.claims.map((claim) => claim.patientControlNumber),
      input.providerAdjustments.flatMap((item) => (item.reference ? [item.reference] : [])),
      input.claims.filter((claim) => isReversal(claim.statusCode)).map((claim) => claim.patientControlNumber),
    );
    const rows = new BulkRows(em);
    const remittance = rows.create(Remittance, {
      organizationId: context.organizationId,
      source: input.source,
      x12FileId: input.x12FileId ?? null,
      transactionControlNumber: input.transactionControlNumber ?? null,
      traceNumber: input.traceNumber,
      traceOriginator: input.traceOriginator,
      payerName: input.payerName,
      payerIdentifier: input.payerIdentifier ?? null,
      payerRecordId: await this.payerOf(em, context, input),
      payeeIdentifier: input.payeeIdentifier ?? null,
      handlingCode: input.handlingCode,
      method: input.method,
      paymentCents: input.paymentCents,
      paymentDate: input.paymentDate ?? null,
      receivedOn: input.receivedOn,
      claimCount: input.claims.length,
      postedBy: context.actor.id,
    });
    const warnings: RemittanceWarning[] = [];
    const scope: ClaimPaymentScope = { context, rows, ledger: this.ledger, remittance, records, contractual: this.contractual, warnings };
    const posted: PostedEntry[] = [];
    let unmatched = 0;
    input.claims.forEach((claim, index) => {
      const outcome = postClaimPayment(scope, claim, index + 1);
      if (outcome.posted) posted.push({ payment: outcome.payment, deniedOpen: outcome.deniedOpen, paymentCents: claim.paymentCents });
      else unmatched += 1;
    });
    remittance.payerRecordId ??= posted[0]?.payment.payerRecordId ?? null;
    input.providerAdjustments.forEach((item, index) => postProviderAdjustment(scope, item, index + 1, remittance.payerRecordId));
    remittance.unmatchedCount = unmatched;
    remittance.warnings = [...warnings];
    await rows.insert();

    await this.adjudicate(context, em, posted, warnings);
    const payments = posted.map(({ payment }) => payment);
    for (const follower of this.followers) await follower.afterClaimPayments(context, payments, em);
    if (posted.some(({ deniedOpen, payment }) => deniedOpen && !payment.reversal)) {
      await this.jobs.enqueue(context, ROUTE_DENIALS_JOB, { remittanceId: remittance.id }, { idempotencyKey: remittance.id });
    }
    if (warnings.length !== remittance.warnings.length) await em.nativeUpdate(Remittance, { id: remittance.id, organizationId: context.organizationId }, { warnings: [...warnings] });
    await em.flush();
    return { outcome: 'posted', remittanceId: remittance.id, traceNumber: remittance.traceNumber, paymentCents: remittance.paymentCents, claimPayments: posted.length, unmatched, warnings };
  }

  /** The payer row: by the payer id the remittance gives, else (after posting) the payer of its first claim. */
  private async payerOf(em: EntityManager, context: RequestContext, input: RemittanceInput): Promise<string | null> {
    if (!input.payerIdentifier) return null;
    const payer = await em.findOne(Payer, { organizationId: context.organizationId, payerId: input.payerIdentifier }, { fields: ['id'] });
    return payer?.id ?? null;
  }

  /**
   * Moves each claim the remittance adjudicated for its own payer: `adjudicate`, then `deny` (CLP02 4, or nothing
   * paid and a denial held open), `pay` (nothing left with this payer) or `pay-partially`. A reversal only
   * adjudicates: the correction decides. Each step moves every claim at once (one UPDATE, bulk audit rows).
   */
  private async adjudicate(context: RequestContext, em: EntityManager, posted: readonly PostedEntry[], warnings: RemittanceWarning[]): Promise<void> {
    const byClaim = new Map<string, { claim: ClaimRecord; payments: PostedEntry[] }>();
    for (const entry of posted) {
      if (entry.payment.coverageId !== entry.payment.claim.coverageId) continue;
      const group = byClaim.get(entry.payment.claim.id) ?? { claim: entry.payment.claim, payments: [] };
      group.payments.push(entry);
      byClaim.set(entry.payment.claim.id, group);
    }
    const moving = [...byClaim.values()].filter(({ claim }) => {
      if (claim.state === 'adjudicated' || ADJUDICABLE.includes(claim.state)) return true;
      warnings.push({ code: 'CLAIM_STATE_UNCHANGED', message: `claim ${claim.patientControlNumber} is ${claim.state}: its payment was posted and its state left as it is`, patientControlNumber: claim.patientControlNumber });
      return false;
    });
    await this.move(context, moving.filter(({ claim }) => claim.state !== 'adjudicated').map(({ claim }) => ({ claim, event: 'adjudicate' as const })));
    const decisive = moving.filter(({ payments }) => payments.some(({ payment }) => !payment.reversal));
    const balances = await coverageBalances(em, context.organizationId, decisive.map(({ claim }) => claim.id));
    await this.move(context, decisive.map(({ claim, payments }) => ({ claim, event: outcomeEvent(balances.get(claim.id) ?? 0, payments.filter(({ payment }) => !payment.reversal)) })));
    const numbered = decisive.flatMap(({ claim, payments }) => {
      const payerClaimNumber = payments.find(({ payment }) => !payment.reversal && payment.payerClaimNumber)?.payment.payerClaimNumber;
      return payerClaimNumber && claim.payerClaimNumber === null ? [{ id: claim.id, payerClaimNumber }] : [];
    });
    if (numbered.length > 0) {
      await bulkQuery(
        em,
        `update claim set payer_claim_number = v.number from (select unnest(?::uuid[]) as id, unnest(?::text[]) as number) v where claim.id = v.id and claim.organization_id = ? and claim.payer_claim_number is null`,
        [pgArray(numbered.map((row) => row.id)), pgArray(numbered.map((row) => row.payerClaimNumber)), context.organizationId],
      );
    }
  }

  /** Moves each claim by its event through the claim workflow, all in one batch; updates the records' states. */
  private async move(context: RequestContext, moves: readonly { claim: ClaimRecord; event: ClaimEvent }[]): Promise<void> {
    if (moves.length === 0) return;
    const requests = moves.map(({ claim, event }) => ({ subject: { id: claim.id, state: claim.state, patientId: claim.patientId, data: { payerRecordId: claim.payerRecordId } }, event }));
    const results = await this.workflows.transitionMany(context, claimWorkflow.name, requests, async (tx, changes) => {
      const updated = await bulkQuery<{ id: string }>(tx,
        `update claim set state = v.to_state, updated_at = now()
           from (select unnest(?::uuid[]) as id, unnest(?::text[]) as from_state, unnest(?::text[]) as to_state) v
          where claim.id = v.id and claim.organization_id = ? and claim.state = v.from_state returning claim.id`,
        [pgArray(changes.map((change) => change.entityId)), pgArray(changes.map((change) => change.from)), pgArray(changes.map((change) => change.to)), context.organizationId],
      );
      return updated.length;
    });
    results.forEach((result, index) => ((moves[index] as { claim: ClaimRecord }).claim.state = result.to as ClaimState));
  }
}

/** A claim payment posted, with what deciding the claim's outcome needs. */
interface PostedEntry {
  readonly payment: PostedClaimPayment;
  readonly deniedOpen: boolean;
  readonly paymentCents: number;
}

/** What each claim's own coverage still owes on its lines, from the ledger, in one query. */
async function coverageBalances(em: EntityManager, organizationId: string, claimIds: readonly string[]): Promise<Map<string, number>> {
  if (claimIds.length === 0) return new Map();
  const rows = await bulkQuery<{ claim_id: string; balance: string }>(
    em,
    `select l.claim_id, sum((select coalesce(sum(e.amount_cents), 0) from ledger_entry e
                             where e.organization_id = c.organization_id and e.charge_id = l.charge_id and e.coverage_id = c.coverage_id))::text as balance
       from claim c join claim_line l on l.organization_id = c.organization_id and l.claim_id = c.id
      where c.organization_id = ? and c.id = any(?::uuid[]) group by l.claim_id`,
    [organizationId, pgArray(claimIds)],
  );
  return new Map(rows.map((row) => [row.claim_id, Number(row.balance)]));
}

/** The claim's outcome with its payer: denied (CLP02 4, or nothing paid and a denial held open), paid, or partially paid. */
function outcomeEvent(balance: number, payments: readonly PostedEntry[]): ClaimEvent {
  if (balance > 0 && payments.some(({ payment }) => payment.statusCode === '4')) return 'deny';
  if (balance <= 0) return 'pay';
  const paid = payments.reduce((total, { paymentCents }) => total + paymentCents, 0);
  return paid === 0 && payments.some(({ deniedOpen }) => deniedOpen) ? 'deny' : 'pay-partially';
}

/** Refuses a remittance whose claims and PLB amounts do not add up to its payment, naming the figures. */
function assertBalanced(input: RemittanceInput): void {
  const claims = input.claims.reduce((total, claim) => total + claim.paymentCents, 0);
  const plb = input.providerAdjustments.reduce((total, item) => total + item.amountCents, 0);
  if (claims - plb !== input.paymentCents) {
    throw new ValidationError([
      { field: 'BPR02', message: `the payment (${input.paymentCents} cents) is not Σ CLP04 (${claims}) − Σ PLB (${plb}) = ${claims - plb} cents; the remittance was not posted` },
    ]);
  }
}

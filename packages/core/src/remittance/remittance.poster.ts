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
import { PostingBalances } from './posting-balances';
import { PostingRecords, type ClaimRecord } from './posting-records';
import { BulkRows } from '../persistence/bulk-rows';
import { RowBatches, type RowBatchSizes } from '../persistence/row-batches';
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

/**
 * A check's rows go to the database 1,000 claim payments at a time, each batch while the next is built; the event loop
 * gets a turn every 25 claim payments so that the batch in flight keeps moving.
 */
const POSTING_BATCHES: RowBatchSizes = { itemsPerBatch: 1000, itemsPerTurn: 25 };

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
    // The remittance row is final (counts, warnings) only once its claims are posted: it is inserted after them.
    const remittanceRow = new BulkRows(em);
    const remittance = remittanceRow.create(Remittance, {
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
    const batches = new RowBatches(em, POSTING_BATCHES);
    const rows = new PostingBalances(batches, records);
    const scope: ClaimPaymentScope = { context, rows, ledger: this.ledger, remittance, records, contractual: this.contractual, warnings };
    const posted: PostedEntry[] = [];
    let unmatched = 0;
    try {
      for (const [index, claim] of input.claims.entries()) {
        const outcome = postClaimPayment(scope, claim, index + 1);
        if (outcome.posted) posted.push({ payment: outcome.payment, deniedOpen: outcome.deniedOpen, paymentCents: claim.paymentCents });
        else unmatched += 1;
        await batches.itemMade();
      }
      remittance.payerRecordId ??= posted[0]?.payment.payerRecordId ?? null;
      input.providerAdjustments.forEach((item, index) => postProviderAdjustment(scope, item, index + 1, remittance.payerRecordId));
    } catch (error) {
      await batches.settle();
      throw error;
    }
    remittance.unmatchedCount = unmatched;
    remittance.warnings = [...warnings];
    // The claims' workflow moves are decided while the last batches and the remittance row are still on their way to
    // the database; the claims are written after them.
    const entriesWritten = batches.finish().then(() => remittanceRow.insert());
    entriesWritten.catch(() => undefined);
    try {
      await this.adjudicate(context, posted, rows, warnings, entriesWritten);
      await entriesWritten;
    } catch (error) {
      await entriesWritten.catch(() => undefined);
      throw error;
    }
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
   * adjudicates: the correction decides. Every claim's steps are decided in one batch, and each claim's row is written
   * once (its state after its last step, with the payer claim number CLP07 when it had none); audit rows are inserted
   * in bulk.
   */
  private async adjudicate(context: RequestContext, posted: readonly PostedEntry[], balances: PostingBalances, warnings: RemittanceWarning[], entriesWritten: Promise<void>): Promise<void> {
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
    const decisive = moving.filter(({ payments }) => payments.some(({ payment }) => !payment.reversal));
    const steps: ClaimStep[] = [
      ...moving.filter(({ claim }) => claim.state !== 'adjudicated').map(({ claim }) => ({ claim, from: claim.state, event: 'adjudicate' as const })),
      ...decisive.map(({ claim, payments }) => ({ claim, from: 'adjudicated' as const, event: outcomeEvent(balances.owedByCoverage(claim), payments.filter(({ payment }) => !payment.reversal)) })),
    ];
    const payerClaimNumbers = new Map(
      decisive.flatMap(({ claim, payments }) => {
        const payerClaimNumber = payments.find(({ payment }) => !payment.reversal && payment.payerClaimNumber)?.payment.payerClaimNumber;
        return payerClaimNumber && claim.payerClaimNumber === null ? [[claim.id, payerClaimNumber] as const] : [];
      }),
    );
    await this.move(context, steps, payerClaimNumbers, entriesWritten);
  }

  /**
   * Moves the claims by their steps through the claim workflow in one batch (a claim's steps in order, each decided
   * from the state the one before leads to) and writes each claim once: its first step's state checked, its last
   * step's state and its payer claim number set, once `entriesWritten` (the check's rows) has settled: the moves are
   * decided while the database takes the last rows, and workflow hooks see every row of the check. Updates the
   * records' states.
   */
  private async move(context: RequestContext, steps: readonly ClaimStep[], payerClaimNumbers: ReadonlyMap<string, string>, entriesWritten: Promise<void>): Promise<void> {
    if (steps.length === 0) return;
    const requests = steps.map(({ claim, from, event }) => ({ subject: { id: claim.id, state: from, patientId: claim.patientId, data: { payerRecordId: claim.payerRecordId } }, event }));
    const results = await this.workflows.transitionMany(context, claimWorkflow.name, requests, async (tx, changes) => {
      await entriesWritten;
      const byClaim = new Map<string, { from: string; to: string; steps: number }>();
      for (const change of changes) {
        const known = byClaim.get(change.entityId);
        if (known) byClaim.set(change.entityId, { from: known.from, to: change.to, steps: known.steps + 1 });
        else byClaim.set(change.entityId, { from: change.from, to: change.to, steps: 1 });
      }
      const ids = [...byClaim.keys()];
      const updated = await bulkQuery<{ id: string }>(tx,
        `update claim set state = v.to_state, payer_claim_number = coalesce(claim.payer_claim_number, v.payer_claim_number), updated_at = now()
           from (select unnest(?::uuid[]) as id, unnest(?::text[]) as from_state, unnest(?::text[]) as to_state, unnest(?::text[]) as payer_claim_number) v
          where claim.id = v.id and claim.organization_id = ? and claim.state = v.from_state returning claim.id`,
        [
          pgArray(ids),
          pgArray(ids.map((id) => (byClaim.get(id) as { from: string }).from)),
          pgArray(ids.map((id) => (byClaim.get(id) as { to: string }).to)),
          pgArray(ids.map((id) => payerClaimNumbers.get(id) ?? null)),
          context.organizationId,
        ],
      );
      return updated.reduce((written, row) => written + (byClaim.get(row.id) as { steps: number }).steps, 0);
    });
    results.forEach((result, index) => ((steps[index] as ClaimStep).claim.state = result.to as ClaimState));
  }
}

/** One step of a claim through the claim workflow: the event, from the state the claim is in when it comes. */
interface ClaimStep {
  readonly claim: ClaimRecord;
  readonly from: ClaimState;
  readonly event: ClaimEvent;
}

/** A claim payment posted, with what deciding the claim's outcome needs. */
interface PostedEntry {
  readonly payment: PostedClaimPayment;
  readonly deniedOpen: boolean;
  readonly paymentCents: number;
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

import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import { claimWorkflow, type ClaimEvent, type ClaimState } from '../claims/claim.workflow';
import { Claim } from '../claims/claim.entity';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { LedgerBalances } from '../ledger/ledger-balances';
import { LedgerWriter } from '../ledger/ledger.writer';
import { Payer } from '../payers/payer.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { WorkflowService } from '../workflow/workflow.service';
import { postClaimPayment, type ClaimPaymentScope } from './claim-payment.poster';
import { PostingRecords, type ClaimRecord } from './posting-records';
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
 * claim workflow, and the followers (denial queues, secondary claims) run in the same transaction.
 */
@Injectable()
export class RemittancePoster {
  private readonly contractual: ReadonlySet<string>;

  constructor(
    private readonly orm: MikroORM,
    private readonly ledger: LedgerWriter,
    private readonly workflows: WorkflowService,
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
    const remittance = em.create(Remittance, {
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
    const scope: ClaimPaymentScope = { context, em, ledger: this.ledger, remittance, records, contractual: this.contractual, warnings };
    const posted: { payment: PostedClaimPayment; deniedOpen: boolean; paymentCents: number }[] = [];
    let unmatched = 0;
    input.claims.forEach((claim, index) => {
      const outcome = postClaimPayment(scope, claim, index + 1);
      if (outcome.posted) posted.push({ payment: outcome.payment, deniedOpen: outcome.deniedOpen, paymentCents: claim.paymentCents });
      else unmatched += 1;
    });
    remittance.payerRecordId ??= posted[0]?.payment.payerRecordId ?? null;
    input.providerAdjustments.forEach((item, index) => postProviderAdjustment(scope, item, index + 1, remittance.payerRecordId));
    remittance.unmatchedCount = unmatched;
    remittance.warnings = warnings;
    await em.flush();

    await this.adjudicate(context, em, posted, warnings);
    for (const { payment } of posted) for (const follower of this.followers) await follower.afterClaimPayment(context, payment, em);
    remittance.warnings = [...warnings];
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
   * adjudicates: the correction decides.
   */
  private async adjudicate(context: RequestContext, em: EntityManager, posted: readonly { payment: PostedClaimPayment; deniedOpen: boolean; paymentCents: number }[], warnings: RemittanceWarning[]): Promise<void> {
    const byClaim = new Map<string, { claim: ClaimRecord; payments: (typeof posted)[number][] }>();
    for (const entry of posted) {
      if (entry.payment.coverageId !== entry.payment.claim.coverageId) continue;
      const group = byClaim.get(entry.payment.claim.id) ?? { claim: entry.payment.claim, payments: [] };
      group.payments.push(entry);
      byClaim.set(entry.payment.claim.id, group);
    }
    const balances = new LedgerBalances(em);
    for (const { claim, payments } of byClaim.values()) {
      const events: ClaimEvent[] = [];
      if (claim.state !== 'adjudicated') {
        if (!ADJUDICABLE.includes(claim.state)) {
          warnings.push({ code: 'CLAIM_STATE_UNCHANGED', message: `claim ${claim.patientControlNumber} is ${claim.state}: its payment was posted and its state left as it is`, patientControlNumber: claim.patientControlNumber });
          continue;
        }
        events.push('adjudicate');
      }
      const decisive = payments.filter(({ payment }) => !payment.reversal);
      if (decisive.length > 0) events.push(await outcomeEvent(balances, context, claim, decisive, em));
      for (const event of events) {
        const result = await this.workflows.transition(context, claimWorkflow.name, { id: claim.id, state: claim.state, patientId: claim.patientId, data: { payerRecordId: claim.payerRecordId } }, event, {
          joinTransaction: true,
          writeState: async (tx, change) => (await tx.nativeUpdate(Claim, { id: change.entityId, organizationId: context.organizationId, state: change.from as ClaimState }, { state: change.to as ClaimState, updatedAt: new Date() })) === 1,
        });
        claim.state = result.to as ClaimState;
      }
      const payerClaimNumber = decisive.find(({ payment }) => payment.payerClaimNumber)?.payment.payerClaimNumber;
      if (payerClaimNumber && claim.payerClaimNumber === null) await em.nativeUpdate(Claim, { id: claim.id, organizationId: context.organizationId, payerClaimNumber: null }, { payerClaimNumber });
    }
  }
}

async function outcomeEvent(balances: LedgerBalances, context: RequestContext, claim: ClaimRecord, payments: readonly { payment: PostedClaimPayment; deniedOpen: boolean; paymentCents: number }[], em: EntityManager): Promise<ClaimEvent> {
  const chargeIds = (await em.execute<{ charge_id: string }[]>('select charge_id from claim_line where organization_id = ? and claim_id = ?', [context.organizationId, claim.id])).map((row) => row.charge_id);
  const balance = await balances.ofCoverage(context.organizationId, claim.coverageId, chargeIds);
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

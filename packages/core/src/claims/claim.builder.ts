import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, type RequestContext } from '@openrcm/sdk';
import { Coverage } from '../coverages/coverage.entity';
import { CoverageService } from '../coverages/coverage.service';
import { Charge } from '../encounters/charge.entity';
import { ChargeService } from '../encounters/charge.service';
import { Encounter } from '../encounters/encounter.entity';
import { EncounterService } from '../encounters/encounter.service';
import { encounterWorkflow } from '../encounters/encounter.workflow';
import { patientAccount, payerAccount } from '../ledger/ledger-account';
import { LedgerWriter, type AccountAmount } from '../ledger/ledger.writer';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PatientCreditApplier } from '../point-of-service/patient-credit.applier';
import { WorkflowService } from '../workflow/workflow.service';
import { ClaimLine } from './claim-line.entity';
import { lineItemControlNumberOf, patientControlNumberOf, reserveClaimNumbers } from './claim-number.sequence';
import type { ClaimSnapshot, OtherPayerAdjudication, SnapshotOtherPayer } from './claim-snapshot';
import { loadRegistration, takeSnapshot } from './claim-snapshot.loader';
import { planClaims, type ChargeToBill, type PlannedClaim, type PlannedLine } from './claim-split';
import { Claim, type ClaimFrequency } from './claim.entity';
import { ClaimService, subjectOf } from './claim.service';
import { claimWorkflow, PAYER_ACCEPTED_STATES, type ClaimState } from './claim.workflow';

/** What a claim to the next payer is built from (see {@link ClaimBuilder.buildForNextPayer}). */
export interface NextPayerClaimInput {
  /** The claim to the payer ahead (its lines are billed again). */
  readonly priorClaimId: string;
  /** The next payer's coverage. */
  readonly coverageId: string;
  /** The adjudications the prior claim's snapshot does not carry yet, in payer order (the last is the prior claim's newest payer). */
  readonly adjudications: readonly OtherPayerAdjudication[];
}

/** What building an encounter's claims did. */
export type ClaimBuildResult =
  | { readonly encounterId: string; readonly outcome: 'built'; readonly claims: readonly Claim[] }
  | { readonly encounterId: string; readonly outcome: 'self-pay'; readonly claims: readonly []; readonly message: string };

/** One encounter of a `buildReady` run: built, self-pay, or the reason it failed (nothing of it was written). */
export type ReadyBuildResult = ClaimBuildResult | { readonly encounterId: string; readonly outcome: 'failed'; readonly claims: readonly []; readonly message: string };

/** A claim to store: what the plan and the snapshot give, plus the frequency fields. */
interface ClaimDraft {
  readonly planned: PlannedClaim;
  readonly snapshot: ClaimSnapshot;
  readonly frequency: ClaimFrequency;
  readonly payerClaimNumber: string | null;
  readonly replacesClaimId: string | null;
  readonly priorPayerClaimId: string | null;
  readonly part: number;
  readonly parts: number;
}

/**
 * Builds claims. From a ready-to-bill encounter: one claim to the primary coverage active on the date of service
 * (more when its lines exceed 50 or name several rendering providers), each with its CLM01, REF*6R per line and a
 * frozen snapshot; the claims are stored in the same transaction that moves the encounter `bill` (to billed), so a
 * failure leaves neither. A frequency 7 (replacement) or 8 (void) claim is built for a claim the payer accepted,
 * in the transaction that moves the original to replaced or voided. After a payer adjudicates, the claim to the next
 * payer (secondary, tertiary) is built from the prior claim with that adjudication. A self-pay visit is charged to the
 * patient, and the money taken at the visit pays it in the same transaction (ADR 0014).
 */
@Injectable()
export class ClaimBuilder {
  constructor(
    private readonly orm: MikroORM,
    private readonly workflows: WorkflowService,
    private readonly encounters: EncounterService,
    private readonly charges: ChargeService,
    private readonly coverages: CoverageService,
    private readonly claims: ClaimService,
    private readonly ledger: LedgerWriter,
    private readonly patientCredit: PatientCreditApplier,
  ) {}

  async build(context: RequestContext, encounterId: string): Promise<ClaimBuildResult> {
    const encounter = await this.encounters.get(context, encounterId);
    if (encounter.state !== 'ready-to-bill') {
      throw new ConflictError(`encounter ${encounterId} is ${encounter.state}: claims are built from ready-to-bill encounters only`);
    }
    if (encounter.selfPay) {
      const charges = await this.charges.ofEncounter(context, encounterId);
      await this.bill(context, encounter, async (tx) => {
        this.chargeLedger(tx, context, encounter, charges.map((charge) => ({ account: patientAccount(charge.id, encounter.patientId), line: { claimId: null, claimLineId: null }, amountCents: charge.amountCents })));
        await this.patientCredit.applyToEncounters(tx, context, [encounter.id]);
      });
      return { encounterId, outcome: 'self-pay', claims: [], message: 'the visit is self-pay: no claim was built; the encounter is billed to the patient' };
    }
    const coverage = (await this.coverages.activeOn(context, encounter.patientId, encounter.dateOfService)).find((candidate) => candidate.order === 'primary');
    if (!coverage) throw new ConflictError(`encounter ${encounterId}: no primary coverage is active on ${encounter.dateOfService} (add one, or mark the visit self-pay)`);
    const charges = await this.charges.ofEncounter(context, encounterId);
    if (charges.length === 0) throw new ConflictError(`encounter ${encounterId} has no charges to bill`);
    const planned = planClaims(encounter.diagnosisCodes, charges.map(toChargeToBill), encounter.renderingProviderId);
    const em = currentEntityManager(this.orm);
    const records = await loadRegistration(
      em,
      context,
      encounter,
      coverage,
      planned.map((claim) => claim.renderingProviderId),
      charges.flatMap((charge) => (charge.authorizationId ? [charge.authorizationId] : [])),
    );
    const builtAt = new Date();
    const drafts: ClaimDraft[] = planned.map((plan, index) => ({
      planned: plan,
      snapshot: takeSnapshot(encounter, plan, records, builtAt),
      frequency: '1',
      payerClaimNumber: null,
      replacesClaimId: null,
      priorPayerClaimId: null,
      part: index + 1,
      parts: planned.length,
    }));
    let stored: Claim[] = [];
    await this.bill(context, encounter, async (tx) => {
      stored = await storeClaims(tx, context, encounter, coverage, drafts);
      const lines = await tx.find(ClaimLine, { organizationId: context.organizationId, claimId: { $in: stored.map((claim) => claim.id) } });
      this.chargeLedger(
        tx,
        context,
        encounter,
        lines.map((line) => ({ account: payerAccount(line.chargeId, encounter.patientId, coverage.id, coverage.payerRecordId), line: { claimId: line.claimId, claimLineId: line.id }, amountCents: line.chargeCents })),
      );
    });
    return { encounterId, outcome: 'built', claims: stored };
  }

  /** Builds the claims of every ready-to-bill encounter, oldest date of service first; one failure does not stop the rest. */
  async buildReady(context: RequestContext): Promise<ReadyBuildResult[]> {
    const ready = await currentEntityManager(this.orm).find(
      Encounter,
      { organizationId: context.organizationId, state: 'ready-to-bill' },
      { orderBy: { dateOfService: 'asc', createdAt: 'asc', id: 'asc' } },
    );
    const results: ReadyBuildResult[] = [];
    for (const { id } of ready) {
      try {
        results.push(await this.build(context, id));
      } catch (error) {
        results.push({ encounterId: id, outcome: 'failed', claims: [], message: error instanceof Error ? error.message : String(error) });
      }
    }
    return results;
  }

  /**
   * Builds a replacement (frequency 7) of a claim the payer accepted: the same lines with new control numbers, and a
   * snapshot taken from today's registration (the point of a replacement is to correct it), with REF*F8.
   */
  async replace(context: RequestContext, claimId: string): Promise<Claim> {
    const original = await this.acceptedClaim(context, claimId, 'replace');
    const { planned, snapshot } = await this.freshSnapshot(context, original);
    return this.supersede(context, original, 'replace', { planned, snapshot, frequency: '7', payerClaimNumber: original.payerClaimNumber, replacesClaimId: original.id, priorPayerClaimId: null, part: original.part, parts: original.parts });
  }

  /**
   * Corrects a claim the clearinghouse or payer rejected (999, 277CA): builds a new original (frequency 1, no REF*F8 —
   * the payer never had the claim) of the same lines with a snapshot from today's registration, which links back to
   * the rejected claim, and moves that one to corrected in the same transaction. The new claim starts in draft.
   */
  async correct(context: RequestContext, claimId: string): Promise<Claim> {
    const original = await this.claims.get(context, claimId);
    if (original.state !== 'rejected') {
      const advice = (PAYER_ACCEPTED_STATES as readonly ClaimState[]).includes(original.state) ? 'a claim the payer accepted is replaced (frequency 7) or voided (8)' : 'only a rejected claim is corrected';
      throw new ConflictError(`claim ${original.patientControlNumber} is ${original.state}: ${advice}`);
    }
    const { planned, snapshot } = await this.freshSnapshot(context, original);
    return this.supersede(context, original, 'correct', { planned, snapshot, frequency: '1', payerClaimNumber: null, replacesClaimId: original.id, priorPayerClaimId: null, part: original.part, parts: original.parts });
  }

  /** The original's lines as a plan and a snapshot from today's registration (keeping its prior authorization and other payers). */
  private async freshSnapshot(context: RequestContext, original: Claim): Promise<{ planned: PlannedClaim; snapshot: ClaimSnapshot }> {
    const encounter = await this.encounters.get(context, original.encounterId);
    const em = currentEntityManager(this.orm);
    const coverage = await em.findOne(Coverage, { id: original.coverageId, organizationId: context.organizationId });
    if (!coverage) throw new NotFoundError('coverage', original.coverageId);
    const planned = await this.planOf(context, original);
    const records = await loadRegistration(em, context, encounter, coverage, [planned.renderingProviderId], planned.lines.flatMap((line) => (line.authorizationId ? [line.authorizationId] : [])));
    const fresh = takeSnapshot(encounter, planned, records, new Date());
    const before = original.snapshot();
    return { planned, snapshot: { ...fresh, priorAuthorizationNumber: fresh.priorAuthorizationNumber ?? before.priorAuthorizationNumber, ...(before.otherPayers ? { otherPayers: before.otherPayers } : {}) } };
  }

  /** Builds a void (frequency 8) of a claim the payer accepted: the original's lines and snapshot, with REF*F8. */
  async void(context: RequestContext, claimId: string): Promise<Claim> {
    const original = await this.acceptedClaim(context, claimId, 'void');
    const planned = await this.planOf(context, original);
    const snapshot = { ...original.snapshot(), builtAt: new Date().toISOString() };
    return this.supersede(context, original, 'void', { planned, snapshot, frequency: '8', payerClaimNumber: original.payerClaimNumber, replacesClaimId: original.id, priorPayerClaimId: null, part: original.part, parts: original.parts });
  }

  /**
   * Builds the claim to the next payer (secondary or tertiary) in the caller's transaction (835 posting): a new
   * original (frequency 1) to `coverageId` with its own CLM01 and REF*6R numbers and the prior claim's lines, whose
   * snapshot is taken from the registration for that coverage and carries every prior payer's adjudication (2320,
   * 2330A/B, 2430). No charge is posted: the lines are charged already and their balance reached the coverage by
   * transfer. The claim starts in draft and goes through scrub like any claim.
   */
  async buildForNextPayer(context: RequestContext, em: EntityManager, input: NextPayerClaimInput): Promise<Claim> {
    const prior = await this.claims.get(context, input.priorClaimId);
    const coverage = await this.coverageOf(context, em, input.coverageId);
    const encounter = await this.encounters.get(context, prior.encounterId);
    const planned = await this.planOf(context, prior);
    const authorizations = planned.lines.flatMap((line) => (line.authorizationId ? [line.authorizationId] : []));
    const builtAt = new Date();
    const snapshotFor = async (of: Coverage) => takeSnapshot(encounter, planned, await loadRegistration(em, context, encounter, of, [planned.renderingProviderId], authorizations), builtAt);
    const otherPayers: SnapshotOtherPayer[] = [...(prior.snapshot().otherPayers ?? [])];
    for (const adjudication of input.adjudications) {
      const billed = adjudication.coverageId === prior.coverageId ? prior.snapshot() : await snapshotFor(await this.coverageOf(context, em, adjudication.coverageId));
      otherPayers.push(withParties(adjudication, billed));
    }
    const snapshot: ClaimSnapshot = { ...(await snapshotFor(coverage)), otherPayers };
    const [claim] = await storeClaims(em, context, encounter, coverage, [
      { planned, snapshot, frequency: '1', payerClaimNumber: null, replacesClaimId: null, priorPayerClaimId: prior.id, part: prior.part, parts: prior.parts },
    ]);
    return claim as Claim;
  }

  private async coverageOf(context: RequestContext, em: EntityManager, coverageId: string): Promise<Coverage> {
    const coverage = await em.findOne(Coverage, { id: coverageId, organizationId: context.organizationId });
    if (!coverage) throw new NotFoundError('coverage', coverageId);
    return coverage;
  }

  /** The claim, if the payer accepted it and gave its claim number; else a ConflictError saying what to do instead. */
  private async acceptedClaim(context: RequestContext, claimId: string, event: 'replace' | 'void'): Promise<Claim> {
    const claim = await this.claims.get(context, claimId);
    if (!(PAYER_ACCEPTED_STATES as readonly ClaimState[]).includes(claim.state)) {
      const advice = claim.state === 'rejected' ? 'a rejected claim is corrected and sent as a new original (frequency 1)' : 'only a claim the payer accepted can be replaced or voided';
      throw new ConflictError(`claim ${claim.patientControlNumber} is ${claim.state}: the payer has not accepted it; ${advice}`);
    }
    if (claim.frequency === '8') throw new ConflictError(`claim ${claim.patientControlNumber} is a void (frequency 8); it cannot be ${event === 'replace' ? 'replaced' : 'voided'}`);
    if (!claim.payerClaimNumber) {
      throw new ConflictError(`claim ${claim.patientControlNumber} has no payer claim number: REF*F8 of a frequency ${event === 'replace' ? 7 : 8} claim needs it`);
    }
    return claim;
  }

  /** The original claim's lines as a plan (pointers are already the claim's), with each charge's authorization. */
  private async planOf(context: RequestContext, original: Claim): Promise<PlannedClaim> {
    const lines = await this.claims.lines(context, original.id);
    const charges = await currentEntityManager(this.orm).find(Charge, { organizationId: context.organizationId, id: { $in: lines.map((line) => line.chargeId) } });
    const authorizationOf = new Map(charges.map((charge) => [charge.id, charge.authorizationId]));
    const snapshot = original.snapshot();
    const planned: PlannedLine[] = lines.map((line) => ({
      chargeId: line.chargeId,
      lineNumber: line.lineNumber,
      procedureCode: line.procedureCode,
      modifiers: [...line.modifiers],
      units: line.units,
      unitType: line.unitType,
      amountCents: line.chargeCents,
      diagnosisPointers: [...line.diagnosisPointers],
      dateOfService: line.dateOfService,
      placeOfService: line.placeOfService,
      renderingProviderId: line.renderingProviderId,
      authorizationId: authorizationOf.get(line.chargeId) ?? null,
    }));
    return { renderingProviderId: snapshot.renderingProvider.providerId, diagnoses: [...snapshot.diagnoses], lines: planned, totalChargeCents: original.totalChargeCents };
  }

  /** Moves the original by `event` and stores the new claim in the same transaction. */
  private async supersede(context: RequestContext, original: Claim, event: 'replace' | 'void' | 'correct', draft: ClaimDraft): Promise<Claim> {
    const encounter = await this.encounters.get(context, original.encounterId);
    let stored: Claim[] = [];
    await this.workflows.transition(context, claimWorkflow.name, subjectOf(original), event, {
      writeState: async (tx, change) => {
        const updated = await tx.nativeUpdate(
          Claim,
          { id: change.entityId, organizationId: context.organizationId, state: change.from as ClaimState },
          { state: change.to as ClaimState, updatedAt: new Date() },
        );
        if (updated !== 1) return false;
        stored = await storeClaims(tx, context, encounter, { id: original.coverageId, payerRecordId: original.payerRecordId, order: original.coverageOrder }, [draft]);
        return true;
      },
    });
    return stored[0] as Claim;
  }

  /** Charges each service line to its first responsible party in the ledger, dated the encounter's date of service. */
  private chargeLedger(tx: EntityManager, context: RequestContext, encounter: Encounter, amounts: readonly AccountAmount[]): void {
    this.ledger.charge(tx, context, { source: 'billing', sourceId: encounter.id, effectiveDate: encounter.dateOfService }, amounts);
  }

  /** Moves the encounter `bill` (ready-to-bill → billed), running `alsoWrite` in the transition's transaction. */
  private async bill(context: RequestContext, encounter: Encounter, alsoWrite: (tx: EntityManager) => Promise<void>): Promise<void> {
    await this.workflows.transition(context, encounterWorkflow.name, { id: encounter.id, state: encounter.state, patientId: encounter.patientId, data: { dateOfService: encounter.dateOfService } }, 'bill', {
      writeState: async (tx, change) => {
        const updated = await tx.nativeUpdate(
          Encounter,
          { id: change.entityId, organizationId: context.organizationId, state: change.from as Encounter['state'] },
          { state: change.to as Encounter['state'], updatedAt: new Date() },
        );
        if (updated !== 1) return false;
        await alsoWrite(tx);
        return true;
      },
    });
  }
}

/** Stores claims with their lines, CLM01 and REF*6R numbers reserved in the same transaction. */
async function storeClaims(
  tx: EntityManager,
  context: RequestContext,
  encounter: Encounter,
  coverage: Pick<Coverage, 'id' | 'payerRecordId' | 'order'>,
  drafts: readonly ClaimDraft[],
): Promise<Claim[]> {
  const first = await reserveClaimNumbers(tx, context.organizationId, drafts.length);
  const claims = drafts.map((draft, index) => {
    const patientControlNumber = patientControlNumberOf(first + index);
    const claim = tx.create(Claim, {
      organizationId: context.organizationId,
      encounterId: encounter.id,
      patientId: encounter.patientId,
      coverageId: coverage.id,
      payerRecordId: coverage.payerRecordId,
      coverageOrder: coverage.order,
      patientControlNumber,
      frequency: draft.frequency,
      payerClaimNumber: draft.payerClaimNumber,
      replacesClaimId: draft.replacesClaimId,
      priorPayerClaimId: draft.priorPayerClaimId,
      totalChargeCents: draft.planned.totalChargeCents,
      state: claimWorkflow.initial,
      dateOfService: draft.snapshot.serviceDateFrom,
      part: draft.part,
      parts: draft.parts,
      snapshotJson: JSON.stringify(draft.snapshot),
    });
    for (const line of draft.planned.lines) {
      tx.create(ClaimLine, {
        organizationId: context.organizationId,
        claimId: claim.id,
        chargeId: line.chargeId,
        patientId: encounter.patientId,
        lineNumber: line.lineNumber,
        lineItemControlNumber: lineItemControlNumberOf(patientControlNumber, line.lineNumber),
        procedureCode: line.procedureCode,
        modifiers: [...line.modifiers],
        units: line.units,
        unitType: line.unitType,
        chargeCents: line.amountCents,
        diagnosisPointers: line.diagnosisPointers,
        dateOfService: line.dateOfService,
        placeOfService: line.placeOfService,
        renderingProviderId: line.renderingProviderId,
      });
    }
    return claim;
  });
  try {
    await tx.flush();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const prior = drafts.find((draft) => draft.priorPayerClaimId)?.priorPayerClaimId;
    if (prior && error.message.includes('claim_prior_payer_claim_unique')) throw new ConflictError(`a claim to the next payer was already built from claim ${prior}; nothing was written`);
    const numbers = claims.map((claim) => claim.patientControlNumber).join(', ');
    throw new ConflictError(`claim number ${numbers} (CLM01 or a REF*6R of it) is already in use in this organization; nothing was written`);
  }
  return claims;
}

/** A prior payer's adjudication with its subscriber and payer as the claim to that payer named them. */
function withParties(adjudication: OtherPayerAdjudication, billed: ClaimSnapshot): SnapshotOtherPayer {
  const { subscriber, payer } = billed;
  return {
    ...adjudication,
    payerResponsibility: billed.payerResponsibility,
    subscriber: { relationship: subscriber.relationship, lastName: subscriber.lastName, firstName: subscriber.firstName, memberId: subscriber.memberId, groupNumber: subscriber.groupNumber },
    payer: { ...payer },
  };
}

function toChargeToBill(charge: Charge): ChargeToBill {
  return {
    chargeId: charge.id,
    procedureCode: charge.procedureCode,
    modifiers: charge.modifiers,
    units: charge.units,
    unitType: charge.unitType,
    amountCents: charge.amountCents,
    diagnosisPointers: charge.diagnosisPointers,
    dateOfService: charge.dateOfService,
    placeOfService: charge.placeOfService,
    renderingProviderId: charge.renderingProviderId,
    authorizationId: charge.authorizationId,
    enteredAt: charge.createdAt,
  };
}

import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { formatX12Error, read837P, type BillingProvider837P, type Claim837P } from '@openrcm/x12';
import { randomUUID } from 'node:crypto';
import { ClaimLine } from '../claims/claim-line.entity';
import { advanceClaimNumbersPast, claimNumberOf, lineItemControlNumberOf } from '../claims/claim-number.sequence';
import { Claim } from '../claims/claim.entity';
import { subjectOf } from '../claims/claim.service';
import { claimWorkflow, type ClaimState } from '../claims/claim.workflow';
import { payerAccount } from '../ledger/ledger-account';
import { LedgerWriter } from '../ledger/ledger.writer';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { CONVERSION_EVENT } from '../workflow/workflow-table';
import { WorkflowService } from '../workflow/workflow.service';
import { layoutClaims, type ClaimPosition } from './claim-positions';
import { openArClaimIssues, claimPatient } from './open-ar-claim.rules';
import { OpenArEncounterWriter } from './open-ar-encounter.writer';
import type { OpenArClaimOutcome, OpenArImportResult } from './open-ar-import.types';
import { OpenArRegistrar, type CreatedRecords } from './open-ar.registrar';

/** A claim of the file with where it is and the billing provider it is under. */
interface FileClaim {
  readonly position: ClaimPosition;
  /** The reader's errors on the claim's segments. */
  readonly errors: readonly ValidationIssue[];
  readonly billing: BillingProvider837P | null;
  readonly claim: Claim837P | null;
}

/** A claim the reader read, ready to import. */
interface ReadClaim extends FileClaim {
  readonly billing: BillingProvider837P;
  readonly claim: Claim837P;
}

/**
 * Open A/R conversion (ADR 0013): takes the claims another system billed and still waits on, from its 837P, into the
 * organization as they stand with the payer. For each claim, in one transaction: the parties it names are found or
 * registered (`OpenArRegistrar`), an encounter with its charges is written and moved `import` to billed, the claim is
 * stored with its lines — CLM01 and REF*6R kept, a snapshot taken like the claim builder's — and moved `import` to
 * submitted, and each line is charged in the ledger (source `conversion`). A claim whose CLM01 is already a claim of
 * the organization is reported and skipped, so importing a file twice changes nothing; a bad claim is reported with
 * its segment position and skipped, and the rest goes on.
 */
@Injectable()
export class OpenArImportService {
  constructor(
    private readonly orm: MikroORM,
    private readonly registrar: OpenArRegistrar,
    private readonly encounters: OpenArEncounterWriter,
    private readonly workflows: WorkflowService,
    private readonly ledger: LedgerWriter,
  ) {}

  async import(context: RequestContext, text: string): Promise<OpenArImportResult> {
    const claims = this.readClaims(text);
    const runId = randomUUID();
    const created: CreatedRecords = { payers: 0, providers: 0, locations: 0, patients: 0, coverages: 0 };
    const coverageFrom = firstDatesOfService(claims);
    const outcomes: OpenArClaimOutcome[] = [];
    const seen = new Set<string>();
    for (const item of claims) {
      const issues = [...item.errors, ...(item.claim ? openArClaimIssues(item.claim) : [{ field: 'CLM', message: 'the claim is not under a billing provider (HL 20) and a subscriber (HL 22 with SBR)' }])];
      const number = item.position.patientControlNumber;
      if (seen.has(number)) issues.push({ field: 'CLM01', message: `${number} is already an earlier claim of this file` });
      seen.add(number);
      if (isRead(item) && issues.length === 0) outcomes.push(await this.importClaim(context, runId, item, coverageFrom, created));
      else outcomes.push(skipped(item, 'invalid', issues));
    }
    const imported = outcomes.filter((outcome) => outcome.outcome === 'imported');
    return {
      runId,
      claimsInFile: outcomes.length,
      imported: imported.length,
      skipped: outcomes.length - imported.length,
      linesImported: imported.reduce((sum, outcome) => sum + outcome.lines, 0),
      chargeCentsImported: imported.reduce((sum, outcome) => sum + outcome.chargeCents, 0),
      created,
      claims: outcomes,
    };
  }

  /** The claims of the file with their positions and the reader's errors on them; errors outside every claim refuse the file. */
  private readClaims(text: string): FileClaim[] {
    const read = read837P(text);
    const layout = layoutClaims(text, read.errors);
    if (layout.fileErrors.length > 0) throw new ValidationError(layout.fileErrors.map((error) => ({ field: 'file', message: formatX12Error(error) })));
    if (layout.claims.length === 0) throw new ValidationError([{ field: 'file', message: 'no 837P claim (CLM) in the file' }]);
    // The billing provider's contact (2010AA PER), else the submitter's (1000A): a new location's phone.
    const parsed = read.transactions.flatMap((batch) => batch.claims.map((claim) => ({ billing: { ...batch.billingProvider, contact: batch.billingProvider.contact ?? batch.submitter.contact }, claim })));
    let next = 0;
    return layout.claims.map((position) => {
      const errors = (layout.errorsByClaim.get(position.segmentIndex) ?? []).map((error) => ({ field: error.segmentId ?? 'file', message: formatX12Error(error) }));
      const match = parsed[next];
      // The reader drops a CLM it cannot place (no billing provider or subscriber above it): that CLM has no claim.
      if (!match || match.claim.patientControlNumber !== position.patientControlNumber) return { position, errors, billing: null, claim: null };
      next += 1;
      return { position, errors, billing: match.billing, claim: match.claim };
    });
  }

  private async importClaim(context: RequestContext, runId: string, item: ReadClaim, coverageFrom: ReadonlyMap<string, string>, totals: CreatedRecords): Promise<OpenArClaimOutcome> {
    const { claim, billing } = item;
    const refusal = await this.alreadyThere(context, claim);
    if (refusal) return skipped(item, refusal.reason, [refusal.issue]);
    const created: CreatedRecords = { payers: 0, providers: 0, locations: 0, patients: 0, coverages: 0 };
    try {
      const claimId = await currentEntityManager(this.orm).transactional(async (tx) => {
        const parties = await this.registrar.register(context, billing, claim, coverageFrom.get(coverageKey(claim)) as string, created);
        const written = await this.encounters.write(tx, context, claim, parties);
        const stored = await this.storeClaim(tx, context, claim, written);
        this.ledger.charge(
          tx,
          context,
          { source: 'conversion', sourceId: runId, effectiveDate: written.encounter.dateOfService, memo: `open A/R conversion of claim ${claim.patientControlNumber}` },
          stored.lines.map((line) => ({
            account: payerAccount(line.chargeId, parties.patient.id, parties.coverage.id, parties.payer.id),
            line: { claimId: stored.claim.id, claimLineId: line.id },
            amountCents: line.chargeCents,
          })),
        );
        await tx.flush();
        await this.submit(context, stored.claim);
        return stored.claim.id;
      });
      for (const key of Object.keys(totals) as (keyof CreatedRecords)[]) totals[key] += created[key];
      return { ...outcomeOf(item), outcome: 'imported', reason: null, issues: [], claimId };
    } catch (error) {
      if (error instanceof ValidationError) return skipped(item, 'refused', error.issues);
      if (error instanceof ConflictError || error instanceof NotFoundError) return skipped(item, 'refused', [{ field: 'claim', message: error.message }]);
      if (error instanceof UniqueConstraintViolationException) return skipped(item, 'refused', [{ field: 'claim', message: 'CLM01 or a REF*6R was taken by another claim meanwhile' }]);
      throw error;
    }
  }

  /** A claim with the same CLM01 (already imported), or a line item control number another claim uses. */
  private async alreadyThere(context: RequestContext, claim: Claim837P): Promise<{ reason: 'already-imported' | 'refused'; issue: ValidationIssue } | undefined> {
    const em = currentEntityManager(this.orm);
    const existing = await em.findOne(Claim, { organizationId: context.organizationId, patientControlNumber: claim.patientControlNumber }, { fields: ['id', 'state'] });
    if (existing) return { reason: 'already-imported', issue: { field: 'CLM01', message: `${claim.patientControlNumber} is already claim ${existing.id} (${existing.state}) of this organization` } };
    const numbers = lineNumbers(claim);
    const taken = await em.find(ClaimLine, { organizationId: context.organizationId, lineItemControlNumber: { $in: numbers } }, { fields: ['id', 'lineItemControlNumber'] });
    if (taken.length > 0) return { reason: 'refused', issue: { field: 'REF*6R', message: `${taken.map((line) => line.lineItemControlNumber).join(', ')} already belong to other claims of this organization` } };
    return undefined;
  }

  /** Stores the claim in `draft` with its lines as the file numbers them, and its snapshot. */
  private async storeClaim(tx: EntityManager, context: RequestContext, claim: Claim837P, written: Awaited<ReturnType<OpenArEncounterWriter['write']>>): Promise<{ claim: Claim; lines: ClaimLine[] }> {
    const { encounter, charges, coverage, snapshot } = written;
    const stored = tx.create(Claim, {
      organizationId: context.organizationId,
      encounterId: encounter.id,
      patientId: encounter.patientId,
      coverageId: coverage.id,
      payerRecordId: coverage.payerRecordId,
      coverageOrder: coverage.order,
      patientControlNumber: claim.patientControlNumber,
      frequency: claim.frequency === '7' ? '7' : '1',
      payerClaimNumber: claim.payerClaimControlNumber ?? null,
      totalChargeCents: claim.chargeCents,
      state: claimWorkflow.initial,
      dateOfService: snapshot.serviceDateFrom,
      snapshotJson: JSON.stringify(snapshot),
    });
    const numbers = lineNumbers(claim);
    const lines = charges.map((charge, index) =>
      tx.create(ClaimLine, {
        organizationId: context.organizationId,
        claimId: stored.id,
        chargeId: charge.id,
        patientId: encounter.patientId,
        lineNumber: index + 1,
        lineItemControlNumber: numbers[index] as string,
        procedureCode: charge.procedureCode,
        modifiers: [...charge.modifiers],
        units: charge.units,
        unitType: charge.unitType,
        chargeCents: charge.amountCents,
        diagnosisPointers: [...charge.diagnosisPointers],
        dateOfService: charge.dateOfService,
        placeOfService: charge.placeOfService,
        renderingProviderId: charge.renderingProviderId,
      }),
    );
    const claimNumber = claimNumberOf(claim.patientControlNumber);
    if (claimNumber !== null) await advanceClaimNumbersPast(tx, context.organizationId, claimNumber);
    return { claim: stored, lines };
  }

  /** Moves the stored claim `import` (draft → submitted) in the claim's transaction. */
  private async submit(context: RequestContext, claim: Claim): Promise<void> {
    await this.workflows.transition(context, claimWorkflow.name, subjectOf(claim), CONVERSION_EVENT, {
      joinTransaction: true,
      writeState: async (em, change) => {
        const updated = await em.nativeUpdate(Claim, { id: change.entityId, organizationId: context.organizationId, state: change.from as ClaimState }, { state: change.to as ClaimState, updatedAt: new Date() });
        if (updated === 1) claim.state = change.to as ClaimState;
        return updated === 1;
      },
    });
  }
}

function isRead(item: FileClaim): item is ReadClaim {
  return item.claim !== null && item.billing !== null;
}

/** The REF*6R of each line, or CLM01-NN for a line that has none. */
function lineNumbers(claim: Claim837P): string[] {
  return claim.lines.map((line, index) => line.lineItemControlNumber || lineItemControlNumberOf(claim.patientControlNumber, index + 1));
}

/** One coverage in the file: payer id, member id and the patient. */
function coverageKey(claim: Claim837P): string {
  const patient = claimPatient(claim);
  return [claim.payer.id.trim().toUpperCase(), claim.subscriber.memberId.trim(), patient.lastName.toLowerCase(), patient.firstName.toLowerCase(), patient.birthDate].join('|');
}

/** The earliest date of service billed on each coverage of the file: a coverage the conversion registers starts then. */
function firstDatesOfService(claims: readonly FileClaim[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const { claim } of claims) {
    if (!claim) continue;
    const key = coverageKey(claim);
    for (const line of claim.lines) {
      const current = first.get(key);
      if (line.serviceDate && (!current || line.serviceDate < current)) first.set(key, line.serviceDate);
    }
  }
  return first;
}

function outcomeOf(item: FileClaim): Omit<OpenArClaimOutcome, 'outcome' | 'reason' | 'issues' | 'claimId'> {
  return {
    patientControlNumber: item.position.patientControlNumber,
    segmentIndex: item.position.segmentIndex,
    byteOffset: item.position.byteOffset,
    lines: item.claim?.lines.length ?? 0,
    chargeCents: item.claim?.chargeCents ?? 0,
  };
}

function skipped(item: FileClaim, reason: OpenArClaimOutcome['reason'], issues: readonly ValidationIssue[]): OpenArClaimOutcome {
  return { ...outcomeOf(item), outcome: 'skipped', reason, issues, claimId: null };
}

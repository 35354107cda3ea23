import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import type { Claim837P } from '@openrcm/x12';
import type { ClaimSnapshot } from '../claims/claim-snapshot';
import { loadRegistration, takeSnapshot } from '../claims/claim-snapshot.loader';
import type { PlannedClaim } from '../claims/claim-split';
import type { Coverage } from '../coverages/coverage.entity';
import { Charge } from '../encounters/charge.entity';
import { Encounter } from '../encounters/encounter.entity';
import { encounterWorkflow, type EncounterState } from '../encounters/encounter.workflow';
import { CONVERSION_EVENT } from '../workflow/workflow-table';
import { WorkflowService } from '../workflow/workflow.service';
import type { ClaimParties } from './open-ar.registrar';

/** What {@link OpenArEncounterWriter.write} wrote: the billed encounter, its charges in line order, and the claim's snapshot. */
export interface ConvertedEncounter {
  readonly encounter: Encounter;
  readonly charges: readonly Charge[];
  readonly coverage: Coverage;
  readonly snapshot: ClaimSnapshot;
}

/** Where a converted charge's price came from. */
export const CONVERSION_PRICE_SOURCE = 'conversion';

/**
 * Writes the encounter another system billed: its diagnoses (HI), one charge per service line as the 837P states it
 * (procedure, modifiers, units, line charge, pointers, date and place of service, rendering provider), moved `import`
 * from scheduled to billed — the conversion's path, not the Ready-to-bill gate's — and the snapshot of the claim
 * taken from the registration records as the claim builder takes it (REF*G1 kept).
 */
@Injectable()
export class OpenArEncounterWriter {
  constructor(private readonly workflows: WorkflowService) {}

  async write(tx: EntityManager, context: RequestContext, claim: Claim837P, parties: ClaimParties): Promise<ConvertedEncounter> {
    const dates = claim.lines.map((line) => line.serviceDate).sort();
    const encounter = tx.create(Encounter, {
      organizationId: context.organizationId,
      patientId: parties.patient.id,
      locationId: parties.location.id,
      billingProviderId: parties.billingProvider.id,
      renderingProviderId: parties.renderingProvider.id,
      dateOfService: dates[0] as string,
      placeOfService: claim.placeOfService,
      reason: `open A/R conversion of claim ${claim.patientControlNumber}`,
      diagnosisCodes: claim.diagnoses.map((code) => code.replace('.', '').toUpperCase()),
    });
    const charges = claim.lines.map((line) =>
      tx.create(Charge, {
        organizationId: context.organizationId,
        encounterId: encounter.id,
        patientId: parties.patient.id,
        procedureCode: line.procedureCode,
        modifiers: [...(line.modifiers ?? [])],
        units: line.quantity,
        unitType: line.unit,
        diagnosisPointers: [...line.diagnosisPointers],
        renderingProviderId: parties.renderingProvider.id,
        placeOfService: line.placeOfService ?? claim.placeOfService,
        dateOfService: line.serviceDate,
        // The line charge (SV102) is what was billed; a unit price that does not divide it evenly is rounded down.
        unitPriceCents: Math.floor(line.chargeCents / line.quantity),
        amountCents: line.chargeCents,
        priceSource: CONVERSION_PRICE_SOURCE,
      }),
    );
    await tx.flush();
    await this.workflows.transition(context, encounterWorkflow.name, { id: encounter.id, state: encounter.state, patientId: encounter.patientId, data: { dateOfService: encounter.dateOfService } }, CONVERSION_EVENT, {
      joinTransaction: true,
      writeState: async (em, change) => {
        const updated = await em.nativeUpdate(Encounter, { id: change.entityId, organizationId: context.organizationId, state: change.from as EncounterState }, { state: change.to as EncounterState, updatedAt: new Date() });
        if (updated === 1) encounter.state = change.to as EncounterState;
        return updated === 1;
      },
    });
    const planned: PlannedClaim = {
      renderingProviderId: parties.renderingProvider.id,
      diagnoses: [...encounter.diagnosisCodes],
      totalChargeCents: claim.chargeCents,
      lines: charges.map((charge, index) => ({
        chargeId: charge.id,
        lineNumber: index + 1,
        procedureCode: charge.procedureCode,
        modifiers: [...charge.modifiers],
        units: charge.units,
        unitType: charge.unitType,
        amountCents: charge.amountCents,
        diagnosisPointers: [...charge.diagnosisPointers],
        dateOfService: charge.dateOfService,
        placeOfService: charge.placeOfService,
        renderingProviderId: charge.renderingProviderId,
        authorizationId: null,
      })),
    };
    const records = await loadRegistration(tx, context, encounter, parties.coverage, [parties.renderingProvider.id], []);
    const snapshot = { ...takeSnapshot(encounter, planned, records, new Date()), priorAuthorizationNumber: claim.priorAuthorization ?? null };
    return { encounter, charges, coverage: parties.coverage, snapshot };
  }
}

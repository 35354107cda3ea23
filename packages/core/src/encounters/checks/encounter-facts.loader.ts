import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { CORE_CONFIG, type CoreConfig } from '../../config/core-config';
import { CoverageService } from '../../coverages/coverage.service';
import { EligibilityService } from '../../eligibility/eligibility.service';
import { Guarantor } from '../../guarantors/guarantor.entity';
import { Location } from '../../locations/location.entity';
import { Patient } from '../../patients/patient.entity';
import { Payer } from '../../payers/payer.entity';
import { PayerService } from '../../payers/payer.service';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { Provider } from '../../providers/provider.entity';
import type { Charge } from '../charge.entity';
import { ChargeService } from '../charge.service';
import { EncounterService } from '../encounter.service';
import { findCodeProblems } from './code-problems';
import type { CoverageFact, EncounterFacts } from './encounter-facts';

/** Loads what the encounter's gate checks read, from the registration, eligibility and authorization records. */
@Injectable()
export class EncounterFactsLoader {
  constructor(
    private readonly orm: MikroORM,
    private readonly encounters: EncounterService,
    private readonly charges: ChargeService,
    private readonly coverages: CoverageService,
    private readonly eligibility: EligibilityService,
    private readonly payers: PayerService,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  async load(context: RequestContext, encounterId: string): Promise<EncounterFacts> {
    const em = currentEntityManager(this.orm);
    const encounter = await this.encounters.get(context, encounterId);
    const charges = await this.charges.ofEncounter(context, encounterId);
    const tenant = { organizationId: context.organizationId };
    const providerIds = [...new Set([encounter.billingProviderId, encounter.renderingProviderId, ...charges.map((charge) => charge.renderingProviderId)])];
    const providers = await em.find(Provider, { ...tenant, id: { $in: providerIds } });
    const coverages = encounter.selfPay ? [] : await this.coverages.activeOn(context, encounter.patientId, encounter.dateOfService);
    const payers = await em.find(Payer, { ...tenant, id: { $in: coverages.map((coverage) => coverage.payerRecordId) } });
    const payerOf = (id: string) => payers.find((payer) => payer.id === id);
    const [primary] = coverages;
    const primaryPayer = primary ? payerOf(primary.payerRecordId) : undefined;
    const coverageFacts: CoverageFact[] = [];
    for (const coverage of coverages) {
      coverageFacts.push({
        payerName: payerOf(coverage.payerRecordId)?.name ?? coverage.payerRecordId,
        payerRecordId: coverage.payerRecordId,
        billingProviderEnrolled: await this.payers.isEnrolled(context, coverage.payerRecordId, encounter.billingProviderId, '837P', encounter.dateOfService),
      });
    }
    const maxAgeDays = this.config.eligibility.maxAgeDays;
    const eligibility = primary ? await this.eligibility.latestFor(context, primary.id, encounter.dateOfService, maxAgeDays) : null;
    return {
      encounter,
      charges,
      patient: await em.findOneOrFail(Patient, { ...tenant, id: encounter.patientId }),
      providers: new Map(providers.map((provider) => [provider.id, provider])),
      codeProblems: await findCodeProblems(em, encounter, charges),
      location: await em.findOne(Location, { ...tenant, id: encounter.locationId }),
      guarantorOnFile: (await em.count(Guarantor, { ...tenant, patientId: encounter.patientId })) > 0,
      coverages: coverageFacts,
      eligibility: eligibility && { outcome: eligibility.outcome, asOfDate: eligibility.asOfDate, method: eligibility.method },
      eligibilityMaxAgeDays: maxAgeDays,
      authorizationProblems: primaryPayer ? authorizationProblems(primaryPayer, charges) : [],
    };
  }
}

/** Charges whose code the payer authorizes and that consumed no authorization's units when entered. */
function authorizationProblems(payer: Payer, charges: readonly Charge[]): string[] {
  return charges
    .filter((charge) => payer.authorizationRequiredCodes.includes(charge.procedureCode) && !charge.authorizationId)
    .map((charge) => `${charge.procedureCode} on ${charge.dateOfService}: ${payer.name} requires a prior authorization and none with units left covers it`);
}

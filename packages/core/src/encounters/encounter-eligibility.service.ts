import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { CoverageService } from '../coverages/coverage.service';
import { EligibilityService } from '../eligibility/eligibility.service';
import { Payer } from '../payers/payer.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import type { Encounter } from './encounter.entity';

/** The encounter's eligibility as the front desk sees it, with what to collect at the visit. */
export interface EncounterEligibility {
  readonly coverageId: string;
  readonly payerName: string;
  /** The check that counts for the gate (made for the date of service, recently enough), or null. */
  readonly check: {
    readonly id: string;
    readonly outcome: string;
    readonly method: string;
    readonly source: string | null;
    readonly checkedAt: string;
    readonly coinsuranceBasisPoints: number | null;
    readonly outOfPocketRemainingCents: number | null;
    readonly messages: readonly string[];
  } | null;
  /** Point-of-service collection: the copay and what remains of the deductible, in cents, as the payer reported them. */
  readonly pointOfService: { readonly copayCents: number | null; readonly deductibleRemainingCents: number | null };
}

/** Reads the primary coverage's eligibility for an encounter (null for self-pay or uninsured visits). */
@Injectable()
export class EncounterEligibilityService {
  constructor(
    private readonly orm: MikroORM,
    private readonly coverages: CoverageService,
    private readonly eligibility: EligibilityService,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  async of(context: RequestContext, encounter: Encounter): Promise<EncounterEligibility | null> {
    if (encounter.selfPay) return null;
    const [primary] = await this.coverages.activeOn(context, encounter.patientId, encounter.dateOfService);
    if (!primary) return null;
    const payer = await currentEntityManager(this.orm).findOne(Payer, { organizationId: context.organizationId, id: primary.payerRecordId });
    const check = await this.eligibility.latestFor(context, primary.id, encounter.dateOfService, this.config.eligibility.maxAgeDays);
    return {
      coverageId: primary.id,
      payerName: payer?.name ?? primary.payerRecordId,
      check: check && {
        id: check.id,
        outcome: check.outcome,
        method: check.method,
        source: check.source,
        checkedAt: check.checkedAt.toISOString(),
        coinsuranceBasisPoints: check.coinsuranceBasisPoints,
        outOfPocketRemainingCents: check.outOfPocketRemainingCents,
        messages: check.messages,
      },
      pointOfService: { copayCents: check?.copayCents ?? null, deductibleRemainingCents: check?.deductibleRemainingCents ?? null },
    };
  }
}

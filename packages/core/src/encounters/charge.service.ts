import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService } from '../authorizations/authorization.service';
import { CoverageService } from '../coverages/coverage.service';
import { FeeScheduleService } from '../fee-schedules/fee-schedule.service';
import { Payer } from '../payers/payer.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { Provider } from '../providers/provider.entity';
import { DiagnosisCodeService } from '../reference/diagnosis-codes.service';
import { Charge, type UnitType } from './charge.entity';
import type { Encounter } from './encounter.entity';
import { EncounterService } from './encounter.service';

/** What entering a charge takes; rendering provider, place and date of service default to the encounter's. */
export interface EnterCharge {
  readonly procedureCode: string;
  readonly modifiers?: readonly string[];
  readonly units: number;
  readonly unitType?: UnitType;
  readonly diagnosisPointers: readonly number[];
  readonly renderingProviderId?: string;
  readonly placeOfService?: string;
  readonly dateOfService?: string;
  /** The price of one unit in cents; default: the charge master's (the standard fee schedule). */
  readonly unitPriceCents?: number;
}

/** A validated line, before pricing. */
interface ChargeLine {
  readonly procedureCode: string;
  readonly modifiers: string[];
  readonly units: number;
  readonly unitType: UnitType;
  readonly diagnosisPointers: number[];
  readonly renderingProviderId: string;
  readonly placeOfService: string;
  readonly dateOfService: string;
}

const priceRequest = (line: ChargeLine) => ({ code: line.procedureCode, modifiers: line.modifiers, placeOfService: line.placeOfService, dateOfService: line.dateOfService });

const PROCEDURE_CODE = /^[A-Z0-9]{5}$/;
const MODIFIER = /^[A-Z0-9]{2}$/;

/**
 * Charges of an encounter: entered while the encounter is checked in or documented, each line's diagnoses billable
 * on its date of service. A charge is never edited: it is voided (kept, with the reason) and entered again.
 */
@Injectable()
export class ChargeService {
  constructor(
    private readonly orm: MikroORM,
    private readonly encounters: EncounterService,
    private readonly diagnoses: DiagnosisCodeService,
    private readonly coverages: CoverageService,
    private readonly fees: FeeScheduleService,
    private readonly authorizations: AuthorizationService,
  ) {}

  /**
   * Enters a charge priced from the charge master (or the unit price given), with the primary payer's contracted
   * allowed amount beside it, and consumes units of the prior authorization that covers it, in one transaction.
   */
  async enter(context: RequestContext, encounterId: string, input: EnterCharge): Promise<Charge> {
    const encounter = await this.encounters.editable(context, encounterId, 'charges');
    const line = await this.validate(context, encounter, input);
    const primary = encounter.selfPay ? undefined : (await this.coverages.activeOn(context, encounter.patientId, line.dateOfService))[0];
    const price = await this.priceOf(context, line, input.unitPriceCents);
    const expectedAllowedCents = primary ? await this.expectedAllowed(context, line, primary.payerRecordId) : null;
    return currentEntityManager(this.orm).transactional(async (em) => {
      const charge = em.create(Charge, {
        organizationId: context.organizationId,
        encounterId: encounter.id,
        patientId: encounter.patientId,
        ...line,
        unitPriceCents: price.unitPriceCents,
        amountCents: price.unitPriceCents * line.units,
        expectedAllowedCents,
        priceSource: price.source,
      });
      if (primary) charge.authorizationId = await this.consumeAuthorization(context, em, charge, primary.payerRecordId);
      await em.flush();
      return charge;
    });
  }

  async void(context: RequestContext, encounterId: string, chargeId: string, reason: string): Promise<Charge> {
    const charge = await this.get(context, chargeId);
    if (charge.encounterId !== encounterId) throw new NotFoundError('charge', chargeId);
    await this.encounters.editable(context, encounterId, 'charges');
    if (charge.voidedAt) return charge;
    if (!reason.trim()) throw new ValidationError([{ field: 'reason', message: 'say why the charge is voided' }]);
    return currentEntityManager(this.orm).transactional(async (em) => {
      const voided = await em.findOneOrFail(Charge, { id: charge.id, organizationId: context.organizationId });
      voided.voidedAt = new Date();
      voided.voidReason = reason.trim();
      if (voided.authorizationId) await this.authorizations.release(context, { sourceType: 'charge', sourceId: voided.id }, em);
      await em.flush();
      return voided;
    });
  }

  async get(context: RequestContext, chargeId: string): Promise<Charge> {
    const charge = await currentEntityManager(this.orm).findOne(Charge, { id: chargeId, organizationId: context.organizationId });
    if (!charge) throw new NotFoundError('charge', chargeId);
    return charge;
  }

  /** The encounter's charges in entry order; voided ones only when asked. */
  async ofEncounter(context: RequestContext, encounterId: string, options: { includeVoided?: boolean } = {}): Promise<Charge[]> {
    await this.encounters.get(context, encounterId);
    return currentEntityManager(this.orm).find(
      Charge,
      { organizationId: context.organizationId, encounterId, ...(options.includeVoided ? {} : { voidedAt: null }) },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }

  private async validate(context: RequestContext, encounter: Encounter, input: EnterCharge): Promise<ChargeLine> {
    const issues: ValidationIssue[] = [];
    const procedureCode = input.procedureCode.trim().toUpperCase();
    if (!PROCEDURE_CODE.test(procedureCode)) issues.push({ field: 'procedureCode', message: 'a five-character CPT or HCPCS code' });
    const modifiers = (input.modifiers ?? []).map((modifier) => modifier.trim().toUpperCase());
    if (modifiers.length > 4) issues.push({ field: 'modifiers', message: 'at most four modifiers per line' });
    modifiers.forEach((modifier, index) => MODIFIER.test(modifier) || issues.push({ field: `modifiers[${index}]`, message: 'two letters or digits' }));
    if (!Number.isInteger(input.units) || input.units < 1 || input.units > 9999) issues.push({ field: 'units', message: 'a whole number from 1 to 9999' });
    const dateOfService = input.dateOfService ?? encounter.dateOfService;
    if (dateOfService > new Date().toISOString().slice(0, 10)) issues.push({ field: 'dateOfService', message: `${dateOfService} is in the future` });
    issues.push(...(await this.checkPointers(encounter, input.diagnosisPointers, dateOfService)));
    const renderingProviderId = input.renderingProviderId ?? encounter.renderingProviderId;
    const provider = await currentEntityManager(this.orm).findOne(Provider, { id: renderingProviderId, organizationId: context.organizationId });
    if (!provider || provider.kind !== 'individual') {
      issues.push({ field: 'renderingProviderId', message: `no individual provider ${renderingProviderId} in this organization` });
    }
    if (input.unitPriceCents !== undefined && (!Number.isSafeInteger(input.unitPriceCents) || input.unitPriceCents < 0)) {
      issues.push({ field: 'unitPriceCents', message: 'whole cents, not negative' });
    }
    if (issues.length > 0) throw new ValidationError(issues);
    return {
      procedureCode,
      modifiers,
      units: input.units,
      unitType: input.unitType ?? 'UN',
      diagnosisPointers: [...input.diagnosisPointers],
      renderingProviderId,
      placeOfService: input.placeOfService ?? encounter.placeOfService,
      dateOfService,
    };
  }

  /** The unit price given, else the charge master's (the organization's standard fee schedule). */
  private async priceOf(context: RequestContext, line: ChargeLine, entered: number | undefined): Promise<{ unitPriceCents: number; source: string }> {
    if (entered !== undefined) return { unitPriceCents: entered, source: 'entered' };
    const price = await this.fees.priceOf(context, { payerRecordId: null, ...priceRequest(line) });
    if (!price || price.amountCents === null) {
      const why = price && price.amountCents === null ? ` (${price.reason})` : '';
      throw new ValidationError([{ field: 'unitPriceCents', message: `the charge master does not price ${line.procedureCode}${why}; give the unit price` }]);
    }
    return { unitPriceCents: price.amountCents, source: `fee-schedule:${price.source.feeScheduleId}` };
  }

  /** The payer's contracted allowed amount for the line (its own schedule × units), or null without one. */
  private async expectedAllowed(context: RequestContext, line: ChargeLine, payerRecordId: string): Promise<number | null> {
    const price = await this.fees.priceOf(context, { payerRecordId, ...priceRequest(line) });
    if (!price || price.amountCents === null || price.source.payerRecordId !== payerRecordId) return null;
    return price.amountCents * line.units;
  }

  /** Consumes the charge's units from the authorization covering it, when the payer requires one and it has enough. */
  private async consumeAuthorization(context: RequestContext, em: EntityManager, charge: Charge, payerRecordId: string): Promise<string | null> {
    const payer = await em.findOne(Payer, { id: payerRecordId, organizationId: context.organizationId });
    if (!payer?.authorizationRequiredCodes.includes(charge.procedureCode)) return null;
    const covering = await this.authorizations.findCovering(
      context,
      { patientId: charge.patientId, payerRecordId, procedureCode: charge.procedureCode, dateOfService: charge.dateOfService },
      em,
    );
    if (!covering || covering.unitsRemaining < charge.units) return null;
    await this.authorizations.consume(context, { authorizationId: covering.id, units: charge.units, sourceType: 'charge', sourceId: charge.id }, em);
    return covering.id;
  }

  /** One to four distinct pointers into the encounter's diagnoses, each pointing at a code billable on the date. */
  private async checkPointers(encounter: Encounter, pointers: readonly number[], dateOfService: string): Promise<ValidationIssue[]> {
    if (pointers.length < 1 || pointers.length > 4) return [{ field: 'diagnosisPointers', message: 'one to four pointers to the encounter diagnoses' }];
    const issues: ValidationIssue[] = [];
    for (const [index, pointer] of pointers.entries()) {
      const field = `diagnosisPointers[${index}]`;
      const code = encounter.diagnosisCodes[pointer - 1];
      if (!Number.isInteger(pointer) || code === undefined) {
        issues.push({ field, message: `${pointer} points at no diagnosis (the encounter has ${encounter.diagnosisCodes.length})` });
        continue;
      }
      if (pointers.indexOf(pointer) !== index) issues.push({ field, message: `${pointer} is listed twice` });
      try {
        await this.diagnoses.billableOn(code, dateOfService, field);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        issues.push(...error.issues);
      }
    }
    return issues;
  }
}

import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
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
  /** The price of one unit in cents, when no fee schedule prices the code. */
  readonly unitPriceCents?: number;
}

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
  ) {}

  async enter(context: RequestContext, encounterId: string, input: EnterCharge): Promise<Charge> {
    const encounter = await this.encounters.editable(context, encounterId, 'charges');
    const line = await this.validate(context, encounter, input);
    const em = currentEntityManager(this.orm);
    const charge = em.create(Charge, {
      organizationId: context.organizationId,
      encounterId: encounter.id,
      patientId: encounter.patientId,
      ...line,
      amountCents: line.unitPriceCents * line.units,
      priceSource: 'entered',
    });
    await em.flush();
    return charge;
  }

  async void(context: RequestContext, encounterId: string, chargeId: string, reason: string): Promise<Charge> {
    const charge = await this.get(context, chargeId);
    if (charge.encounterId !== encounterId) throw new NotFoundError('charge', chargeId);
    await this.encounters.editable(context, encounterId, 'charges');
    if (charge.voidedAt) return charge;
    if (!reason.trim()) throw new ValidationError([{ field: 'reason', message: 'say why the charge is voided' }]);
    charge.voidedAt = new Date();
    charge.voidReason = reason.trim();
    await currentEntityManager(this.orm).flush();
    return charge;
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

  private async validate(context: RequestContext, encounter: Encounter, input: EnterCharge) {
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
    if (input.unitPriceCents === undefined) issues.push({ field: 'unitPriceCents', message: `no fee schedule prices ${procedureCode}; give the unit price` });
    else if (!Number.isSafeInteger(input.unitPriceCents) || input.unitPriceCents < 0) issues.push({ field: 'unitPriceCents', message: 'whole cents, not negative' });
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
      unitPriceCents: input.unitPriceCents as number,
    };
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

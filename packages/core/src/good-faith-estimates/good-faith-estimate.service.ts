import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import { Organization } from '../organizations/organization.entity';
import { requirePatient } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { calendarDate } from '../time/calendar-date';
import { GoodFaithEstimate } from './good-faith-estimate.entity';
import { checkEstimate, type EstimateCheck } from './good-faith-estimate.check';

/** An estimate to record. */
export interface GoodFaithEstimateInput {
  readonly estimatedCents: number;
  readonly issuedOn: string;
  readonly servicesFrom: string;
  readonly servicesTo: string;
  readonly description: string;
}

/** An estimate with its check against the bill today. */
export interface CheckedEstimate {
  readonly estimate: GoodFaithEstimate;
  readonly check: EstimateCheck;
}

/**
 * Good-faith estimates for self-pay patients: recorded as given, and checked against the bill — the charges of the
 * patient's self-pay visits in the estimate's dates (voided charges left out) — with the dispute window from the first
 * statement sent on or after the first of those dates.
 */
@Injectable()
export class GoodFaithEstimateService {
  constructor(private readonly orm: MikroORM) {}

  async record(context: RequestContext, patientId: string, input: GoodFaithEstimateInput): Promise<CheckedEstimate> {
    if (input.servicesTo < input.servicesFrom) throw new ValidationError([{ field: 'servicesTo', message: 'must not be before servicesFrom' }]);
    if (input.issuedOn > input.servicesFrom) throw new ValidationError([{ field: 'issuedOn', message: 'a good-faith estimate is given before the services it covers' }]);
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    const estimate = em.create(GoodFaithEstimate, { organizationId: context.organizationId, patientId, ...input, createdBy: context.actor.id });
    await em.flush();
    return { estimate, check: await this.check(em, context, estimate, new Date()) };
  }

  async ofPatient(context: RequestContext, patientId: string, now: Date = new Date()): Promise<CheckedEstimate[]> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    const estimates = await em.find(GoodFaithEstimate, { organizationId: context.organizationId, patientId }, { orderBy: { issuedOn: 'desc', createdAt: 'desc' } });
    const checked: CheckedEstimate[] = [];
    for (const estimate of estimates) checked.push({ estimate, check: await this.check(em, context, estimate, now) });
    return checked;
  }

  private async check(em: EntityManager, context: RequestContext, estimate: GoodFaithEstimate, now: Date): Promise<EstimateCheck> {
    const [billed] = await em.execute<{ billed: string }[]>(
      `select coalesce(sum(c.amount_cents), 0)::text as billed from charge c join encounter e on e.id = c.encounter_id
        where c.organization_id = ? and c.patient_id = ? and e.self_pay and c.voided_at is null and c.date_of_service between ? and ?`,
      [context.organizationId, estimate.patientId, estimate.servicesFrom, estimate.servicesTo],
    );
    const [bill] = await em.execute<{ first: string | null }[]>(
      `select min(statement_date) as first from statement where organization_id = ? and patient_id = ? and statement_date >= ?`,
      [context.organizationId, estimate.patientId, estimate.servicesFrom],
    );
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    return checkEstimate(estimate.estimatedCents, Number(billed?.billed ?? 0), bill?.first ?? null, calendarDate(now, organization.timeZone));
  }
}

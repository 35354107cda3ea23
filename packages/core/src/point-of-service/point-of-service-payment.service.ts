import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { Encounter } from '../encounters/encounter.entity';
import type { EncounterState } from '../encounters/encounter.workflow';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { todayIso } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { pgArray } from '../persistence/pg-array';
import { PatientCreditApplier, UNAPPLIED_SQL } from './patient-credit.applier';
import { PointOfServicePayment, type PointOfServiceMethod } from './point-of-service-payment.entity';

/** A payment taken at the front desk. */
export interface PointOfServicePaymentInput {
  readonly amountCents: number;
  readonly method: PointOfServiceMethod;
  readonly reference?: string;
}

/** A visit that did not or will not happen takes no payment. */
const CLOSED_STATES: readonly EncounterState[] = ['cancelled', 'no-show'];

const SORTABLE = { createdAt: 'createdAt', receivedOn: 'receivedOn', amountCents: 'amountCents' } as const;

/**
 * Point-of-service payments (ADR 0014): recorded against the visit, applied at once to whatever the patient already
 * owes on it, and otherwise held as the patient's unapplied credit until the visit's lines come to owe something.
 */
@Injectable()
export class PointOfServicePaymentService {
  constructor(
    private readonly orm: MikroORM,
    private readonly credits: PatientCreditApplier,
  ) {}

  async record(context: RequestContext, encounterId: string, input: PointOfServicePaymentInput): Promise<PointOfServicePayment> {
    if (input.method === 'check' && !input.reference?.trim()) throw new ValidationError([{ field: 'reference', message: 'the check number is required for a check' }]);
    return currentEntityManager(this.orm).transactional(async (em) => {
      const encounter = await em.findOne(Encounter, { id: encounterId, organizationId: context.organizationId }, { fields: ['id', 'patientId', 'state'] });
      if (!encounter) throw new NotFoundError('encounter', encounterId);
      if (CLOSED_STATES.includes(encounter.state)) throw new ConflictError(`encounter ${encounterId} is ${encounter.state}: it takes no payment`);
      const payment = em.create(PointOfServicePayment, {
        organizationId: context.organizationId,
        patientId: encounter.patientId,
        encounterId,
        amountCents: input.amountCents,
        method: input.method,
        reference: input.reference?.trim() || null,
        receivedOn: todayIso(),
        receivedBy: context.actor.id,
      });
      await em.flush();
      await this.credits.applyToEncounters(em, context, [encounterId]);
      return payment;
    });
  }

  /** The payments taken for one visit. */
  async ofEncounter<V>(context: RequestContext, encounterId: string, query: ListQuery, toView: (payment: PointOfServicePayment) => V): Promise<Page<V>> {
    const em = currentEntityManager(this.orm);
    if ((await em.count(Encounter, { id: encounterId, organizationId: context.organizationId })) === 0) throw new NotFoundError('encounter', encounterId);
    const orderBy = orderByOf<PointOfServicePayment>(query.sort ?? 'createdAt', SORTABLE, { id: 'asc' });
    return findPage(em, PointOfServicePayment, { organizationId: context.organizationId, encounterId }, query, orderBy, toView);
  }

  /** What each of these payments has not applied yet, in cents, by payment id. */
  async unappliedOf(context: RequestContext, paymentIds: readonly string[]): Promise<Map<string, number>> {
    if (paymentIds.length === 0) return new Map();
    const rows = await currentEntityManager(this.orm).execute<{ id: string; unapplied: string }[]>(`${UNAPPLIED_SQL} and p.id = any(?::uuid[]) group by p.id`, [context.organizationId, pgArray(paymentIds)]);
    return new Map(rows.map((row) => [row.id, Number(row.unapplied)]));
  }

  /** The patient's unapplied credit: point-of-service money not applied to any service line yet, in cents. */
  async unappliedCreditOf(context: RequestContext, patientId: string): Promise<number> {
    const rows = await currentEntityManager(this.orm).execute<{ total: string | null }[]>(
      `select sum(open.unapplied::bigint)::text as total from (${UNAPPLIED_SQL} and p.patient_id = ? group by p.id) open`,
      [context.organizationId, patientId],
    );
    return Number(rows[0]?.total ?? 0);
  }
}

import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { Organization } from '../organizations/organization.entity';
import { lockPatient } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PatientAccountMover } from '../statements/patient-account.mover';
import type { PatientAccountEvent } from '../statements/patient-account.workflow';
import { owedLines } from '../statements/statement-ledger.query';
import { calendarDate } from '../time/calendar-date';
import { PaymentPlan, type PaymentPlanCadence } from './payment-plan.entity';
import { planStanding, type PlanStanding } from './plan-schedule';

/** The terms staff agree with the patient. */
export interface PaymentPlanInput {
  readonly installmentCents: number;
  readonly cadence: PaymentPlanCadence;
  readonly firstDueOn: string;
  readonly graceDays?: number;
  readonly autopay?: boolean;
  readonly paymentMethodToken?: string | null;
}

/** What staff may change on an active plan. */
export type PaymentPlanChange = Partial<Pick<PaymentPlanInput, 'installmentCents' | 'graceDays' | 'autopay' | 'paymentMethodToken'>>;

/** A plan with its standing today. */
export interface PlanWithStanding {
  readonly plan: PaymentPlan;
  readonly paidCents: number;
  readonly standing: PlanStanding | null;
}

/** Days of grace after a missed installment when staff give none. */
export const DEFAULT_GRACE_DAYS = 15;

/**
 * Payment plans: made for what the patient owes (one active plan per patient), which moves the account to
 * `payment-plan` — no dunning statement, no collections while it stands; changed; cancelled (the account returns to
 * the final notice). The daily job (payment-plan.jobs.ts) charges autopay, reminds, completes and breaks plans.
 */
@Injectable()
export class PaymentPlanService {
  constructor(
    private readonly orm: MikroORM,
    private readonly accounts: PatientAccountMover,
  ) {}

  async create(context: RequestContext, patientId: string, input: PaymentPlanInput, now: Date = new Date()): Promise<PaymentPlan> {
    return currentEntityManager(this.orm).transactional(async (em) => {
      await lockPatient(em, context, patientId);
      const today = await this.today(em, context, now);
      const owed = (await owedLines(em, context.organizationId, patientId)).reduce((sum, line) => sum + line.balanceCents, 0);
      const issues = termIssues({ ...input, totalCents: owed }, today);
      if (issues.length > 0) throw new ValidationError(issues);
      if ((await em.count(PaymentPlan, { organizationId: context.organizationId, patientId, state: 'active' })) > 0) {
        throw new ConflictError(`patient ${patientId} already has an active payment plan: change or cancel it`);
      }
      const plan = em.create(PaymentPlan, {
        organizationId: context.organizationId,
        patientId,
        totalCents: owed,
        installmentCents: input.installmentCents,
        cadence: input.cadence,
        firstDueOn: input.firstDueOn,
        startedOn: today,
        graceDays: input.graceDays ?? DEFAULT_GRACE_DAYS,
        autopay: input.autopay ?? false,
        paymentMethodToken: input.autopay ? (input.paymentMethodToken ?? null) : null,
        createdBy: context.actor.id,
      });
      await em.flush();
      const account = await this.accounts.accountOf(em, context.organizationId, patientId);
      const reopen: PatientAccountEvent[] = account.state === 'paid' || account.state === 'written-off' ? ['new-balance'] : [];
      await this.accounts.move(context, account, [...reopen, 'start-plan'], today, true);
      return plan;
    });
  }

  async change(context: RequestContext, planId: string, change: PaymentPlanChange, now: Date = new Date()): Promise<PaymentPlan> {
    return currentEntityManager(this.orm).transactional(async (em) => {
      const plan = await this.activePlan(em, context, planId);
      const next = { ...plan, ...change, autopay: change.autopay ?? plan.autopay, paymentMethodToken: change.paymentMethodToken === undefined ? plan.paymentMethodToken : change.paymentMethodToken };
      const issues = termIssues(next, await this.today(em, context, now), false);
      if (issues.length > 0) throw new ValidationError(issues);
      Object.assign(plan, { installmentCents: next.installmentCents, graceDays: next.graceDays, autopay: next.autopay, paymentMethodToken: next.autopay ? next.paymentMethodToken : null });
      await em.flush();
      return plan;
    });
  }

  /** Cancels an active plan; the account goes back to the final notice. */
  async cancel(context: RequestContext, planId: string, now: Date = new Date()): Promise<PaymentPlan> {
    return currentEntityManager(this.orm).transactional(async (em) => {
      const plan = await this.activePlan(em, context, planId);
      const today = await this.today(em, context, now);
      await this.end(em, context, plan, 'cancelled', today);
      return plan;
    });
  }

  /** Ends a plan (completed, broken or cancelled) and moves the account: paid off settles it, the others break the plan. */
  async end(em: EntityManager, context: RequestContext, plan: PaymentPlan, state: 'completed' | 'broken' | 'cancelled', today: string): Promise<void> {
    plan.state = state;
    plan.endedOn = today;
    await em.flush();
    const account = await this.accounts.accountOf(em, context.organizationId, plan.patientId);
    if (account.state !== 'payment-plan') return;
    const owes = (await owedLines(em, context.organizationId, plan.patientId)).length > 0;
    await this.accounts.move(context, account, [state === 'completed' && !owes ? 'settle' : 'break-plan'], today, true);
  }

  async ofPatient(context: RequestContext, patientId: string, now: Date = new Date()): Promise<PlanWithStanding[]> {
    const em = currentEntityManager(this.orm);
    const plans = await em.find(PaymentPlan, { organizationId: context.organizationId, patientId }, { orderBy: { createdAt: 'desc' } });
    const today = await this.today(em, context, now);
    const result: PlanWithStanding[] = [];
    for (const plan of plans) {
      const paidCents = await paidSince(em, plan);
      result.push({ plan, paidCents, standing: plan.state === 'active' ? planStanding(plan, paidCents, today) : null });
    }
    return result;
  }

  private async activePlan(em: EntityManager, context: RequestContext, planId: string): Promise<PaymentPlan> {
    const plan = await em.findOne(PaymentPlan, { id: planId, organizationId: context.organizationId });
    if (!plan) throw new NotFoundError('payment plan', planId);
    if (plan.state !== 'active') throw new ConflictError(`payment plan ${planId} is ${plan.state}: only an active plan changes`);
    await lockPatient(em, context, plan.patientId);
    return plan;
  }

  private async today(em: EntityManager, context: RequestContext, now: Date): Promise<string> {
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    return calendarDate(now, organization.timeZone);
  }
}

/** What the patient paid since the plan was made (every patient payment recorded after it counts towards it), in cents. */
export async function paidSince(em: EntityManager, plan: PaymentPlan): Promise<number> {
  const rows = await em.execute<{ total: string }[]>(
    `select coalesce(sum(amount_cents), 0)::text as total from patient_payment where organization_id = ? and patient_id = ? and created_at >= ?`,
    [plan.organizationId, plan.patientId, plan.createdAt],
  );
  return Number(rows[0]?.total ?? 0);
}

/** The problems with a plan's terms, each naming its field. */
function termIssues(
  terms: { totalCents: number; installmentCents: number; firstDueOn: string; graceDays?: number; autopay?: boolean; paymentMethodToken?: string | null },
  today: string,
  checkFirstDue = true,
): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  if (terms.totalCents <= 0) issues.push({ field: 'patientId', message: 'the patient owes nothing: there is no balance for a plan' });
  if (!Number.isSafeInteger(terms.installmentCents) || terms.installmentCents <= 0) issues.push({ field: 'installmentCents', message: 'must be a positive whole number of cents' });
  else if (terms.totalCents > 0 && terms.installmentCents > terms.totalCents) issues.push({ field: 'installmentCents', message: `is more than the balance (${terms.totalCents} cents)` });
  if (checkFirstDue && terms.firstDueOn < today) issues.push({ field: 'firstDueOn', message: 'must not be in the past' });
  if (terms.graceDays !== undefined && (!Number.isInteger(terms.graceDays) || terms.graceDays < 0 || terms.graceDays > 90)) issues.push({ field: 'graceDays', message: 'must be a whole number of days from 0 to 90' });
  if (terms.autopay && !terms.paymentMethodToken) issues.push({ field: 'paymentMethodToken', message: 'autopay needs the gateway token of the card or bank account' });
  return issues;
}

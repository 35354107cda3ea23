import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, type RequestContext } from '@openrcm/sdk';
import { requirePatient } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import type { PatientAccount } from './patient-account.entity';
import { PatientAccountMover } from './patient-account.mover';
import { PatientDispute, type PatientDisputeState } from './patient-dispute.entity';
import { Statement } from './statement.entity';
import { StatementDelivery } from './statement-delivery.entity';

/** What staff change on a patient's statement account. */
export interface PatientAccountChange {
  readonly emailConsent?: boolean;
  readonly email?: string | null;
  readonly holdUntil?: string | null;
  readonly holdReason?: string | null;
}

/** What moves a dispute on: answering it (open → answered) or resolving it (open | answered → resolved), with the note kept as the answer or the resolution. */
export interface DisputeStep {
  readonly step: 'answer' | 'resolve';
  readonly note: string;
}

/** A statement as listed (without its HTML and PDF), with its deliveries. */
export interface StatementListing {
  readonly id: string;
  readonly runId: string;
  readonly kind: Statement['kind'];
  readonly statementDate: string;
  readonly dueDate: string;
  readonly amountDueCents: number;
  readonly renderedBy: string;
  readonly createdAt: Date;
  /** The pay link printed on the statement, when the organization takes payments online. */
  readonly payOnlineUrl: string | null;
  readonly deliveries: readonly StatementDelivery[];
}

const DISPUTE_STEPS: Readonly<Record<DisputeStep['step'], { readonly from: readonly PatientDisputeState[]; readonly to: PatientDisputeState }>> = {
  answer: { from: ['open'], to: 'answered' },
  resolve: { from: ['open', 'answered'], to: 'resolved' },
};

/** A patient's statement account: consent and hold, the statements sent and their deliveries, and disputes. */
@Injectable()
export class PatientAccountService {
  constructor(
    private readonly orm: MikroORM,
    private readonly mover: PatientAccountMover,
  ) {}

  /** The patient's account, created in `current` on first use. */
  async get(context: RequestContext, patientId: string): Promise<PatientAccount> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    return this.mover.accountOf(em, context.organizationId, patientId);
  }

  async change(context: RequestContext, patientId: string, change: PatientAccountChange): Promise<PatientAccount> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    const account = await this.mover.accountOf(em, context.organizationId, patientId);
    Object.assign(account, change);
    await em.flush();
    return account;
  }

  /** The statements sent to the patient, newest first, each with its deliveries. */
  async statements(context: RequestContext, patientId: string): Promise<StatementListing[]> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    const statements = await em.find(Statement, { organizationId: context.organizationId, patientId }, { orderBy: { createdAt: 'desc' }, fields: ['id', 'runId', 'kind', 'statementDate', 'dueDate', 'amountDueCents', 'renderedBy', 'createdAt', 'document'] });
    const deliveries = await em.find(StatementDelivery, { organizationId: context.organizationId, statementId: { $in: statements.map((statement) => statement.id) } }, { orderBy: { createdAt: 'asc' } });
    return statements.map(({ id, runId, kind, statementDate, dueDate, amountDueCents, renderedBy, createdAt, document }) => ({
      id,
      runId,
      kind,
      statementDate,
      dueDate,
      amountDueCents,
      renderedBy,
      createdAt,
      payOnlineUrl: document.payOnlineUrl ?? null,
      deliveries: deliveries.filter((delivery) => delivery.statementId === id),
    }));
  }

  /** One statement's PDF as sent. */
  async pdf(context: RequestContext, statementId: string): Promise<{ statement: Statement; pdf: Buffer }> {
    const statement = await currentEntityManager(this.orm).findOne(Statement, { id: statementId, organizationId: context.organizationId }, { populate: ['pdf'] });
    if (!statement) throw new NotFoundError('statement', statementId);
    return { statement, pdf: statement.pdf };
  }

  async openDispute(context: RequestContext, patientId: string, reason: string): Promise<PatientDispute> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    const dispute = em.create(PatientDispute, { organizationId: context.organizationId, patientId, reason, openedBy: context.actor.id });
    await em.flush();
    return dispute;
  }

  async disputes(context: RequestContext, patientId: string): Promise<PatientDispute[]> {
    return currentEntityManager(this.orm).find(PatientDispute, { organizationId: context.organizationId, patientId }, { orderBy: { createdAt: 'desc' } });
  }

  async stepDispute(context: RequestContext, disputeId: string, step: DisputeStep): Promise<PatientDispute> {
    const em = currentEntityManager(this.orm);
    const dispute = await em.findOne(PatientDispute, { id: disputeId, organizationId: context.organizationId });
    if (!dispute) throw new NotFoundError('dispute', disputeId);
    const rule = DISPUTE_STEPS[step.step];
    if (!rule.from.includes(dispute.state)) throw new ConflictError(`dispute ${disputeId} is ${dispute.state}: it cannot be ${step.step === 'answer' ? 'answered' : 'resolved'}`);
    dispute.state = rule.to;
    if (step.step === 'answer') dispute.answer = step.note;
    else dispute.resolution = step.note;
    await em.flush();
    return dispute;
  }
}

import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { buildValidationNotice, ConflictError, recordsKeptUntil, type CollectorIdentity, type PlacementAccount, type RequestContext, type ValidationNotice } from '@openrcm/sdk';
import { Organization } from '../organizations/organization.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PatientAccount } from '../statements/patient-account.entity';
import { StatementSettingsService } from '../statements/statement-settings.service';
import { calendarDate } from '../time/calendar-date';
import { CollectionCommunication } from './collection-communication.entity';
import { CollectionSettingsService } from './collection-settings.service';
import { itemizedBalance } from './itemization.query';
import { placementAccountOf } from './placement-account';
import type { Placement } from './placement.entity';

import { renderValidationNoticePdf } from './validation-notice.pdf';

/** A validation notice as generated: the notice's fields, and the communication that logs it with its PDF. */
export interface GeneratedNotice {
  readonly notice: ValidationNotice;
  readonly communication: CollectionCommunication;
}

/**
 * Generates Regulation F validation notices (model form B-1) as PDF letters to mail, logged in the communication
 * log with the PDF: for the clinic collecting in its own name (the billing office is the collector), or for an agency
 * connector that asked OpenRCM to send them on its behalf (the agency is the collector) — never a letter in an
 * agency's name the agency did not ask for. The notice is dated the day it is generated, which is the initial
 * communication's day or within the 5 days after it.
 */
@Injectable()
export class ValidationNoticeService {
  constructor(
    private readonly orm: MikroORM,
    private readonly statementSettings: StatementSettingsService,
    private readonly settings: CollectionSettingsService,
  ) {}

  /** For an agency that asked: one notice per placed account, in the placement's transaction. */
  async recordForAgency(tx: EntityManager, context: RequestContext, input: { placement: Placement; account: PlacementAccount; sender: CollectorIdentity; sentOn: string; now: Date }): Promise<GeneratedNotice> {
    const { account } = input;
    const notice = buildValidationNotice({
      collector: input.sender,
      consumer: { name: account.debtorName, address: account.debtorAddress },
      creditorName: account.creditorName ?? '',
      accountNumber: account.accountNumber,
      sentOn: input.sentOn,
      itemizationDate: account.itemizationDate,
      itemization: input.placement.itemization,
      amountNowCents: account.balanceCents,
    });
    return { notice, communication: await this.log(tx, context, { patientId: input.placement.patientId, placementId: input.placement.id, notice, at: input.now }) };
  }

  /**
   * For the clinic collecting in its own name: a notice for an account after its final notice (not placed), itemized
   * from the last statement, with the billing office as the collector.
   */
  async inOwnName(context: RequestContext, patientId: string, now: Date = new Date()): Promise<GeneratedNotice> {
    const em = currentEntityManager(this.orm).fork();
    const account = await em.findOne(PatientAccount, { organizationId: context.organizationId, patientId });
    if (!account || account.state !== 'final-notice') throw new ConflictError('a validation notice in the clinic’s name is sent for an account after its final notice (and not placed with an agency)');
    const [last] = await em.execute<{ statement_date: string }[]>(`select statement_date from statement where organization_id = ? and patient_id = ? order by created_at desc limit 1`, [context.organizationId, patientId]);
    if (!last) throw new ConflictError('the account has no statement to itemize from');
    const itemized = await itemizedBalance(em, context.organizationId, patientId, last.statement_date);
    if (itemized.balanceCents <= 0) throw new ConflictError('the patient owes nothing');
    if (itemized.increasedCents > 0) throw new ConflictError('the balance grew after the last statement: send a statement of it first');
    const office = await this.statementSettings.get(context);
    const collection = await this.settings.get(context);
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    const sentOn = calendarDate(now, organization.timeZone);
    const placementAccount = await placementAccountOf(em, context.organizationId, { patientId, creditorName: office.billingName, itemizationDate: last.statement_date, itemized, validationNoticeSentOn: sentOn });
    const notice = buildValidationNotice({
      collector: { name: office.billingName, address: office.billingAddress, phone: office.billingPhone, hours: collection.collectorHours },
      consumer: { name: placementAccount.debtorName, address: placementAccount.debtorAddress },
      creditorName: office.billingName,
      accountNumber: placementAccount.accountNumber,
      sentOn,
      itemizationDate: last.statement_date,
      itemization: itemized.itemization,
      amountNowCents: itemized.balanceCents,
    });
    return em.transactional(async (tx) => ({ notice, communication: await this.log(tx, context, { patientId, placementId: null, notice, at: now }) }));
  }

  private async log(tx: EntityManager, context: RequestContext, input: { patientId: string; placementId: string | null; notice: ValidationNotice; at: Date }): Promise<CollectionCommunication> {
    const pdf = await renderValidationNoticePdf(input.notice);
    const communication = tx.create(CollectionCommunication, {
      organizationId: context.organizationId,
      patientId: input.patientId,
      placementId: input.placementId,
      kind: 'validation-notice',
      channel: 'mail',
      occurredAt: input.at,
      outcome: 'sent',
      summary: `Validation notice from ${input.notice.collector.name} dated ${input.notice.sentOn}: ${input.notice.amountNowCents} cents, itemized from ${input.notice.itemizationDate}, disputes by ${input.notice.validationPeriodEndsOn}`,
      document: Buffer.from(pdf),
      recordedBy: context.actor.id,
      retainUntil: recordsKeptUntil(input.notice.sentOn),
    });
    await tx.flush();
    return communication;
  }
}

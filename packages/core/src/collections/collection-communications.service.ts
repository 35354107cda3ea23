import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  checkOptOutInstruction,
  ConflictError,
  mayContactAt,
  mayPlaceCall,
  maySendMessage,
  recordsKeptUntil,
  type CallRecord,
  type RequestContext,
} from '@openrcm/sdk';
import { Guarantor } from '../guarantors/guarantor.entity';
import { Mailer } from '../mail/mailer';
import { Organization } from '../organizations/organization.entity';
import { requirePatient } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PatientAccount } from '../statements/patient-account.entity';
import { calendarDate } from '../time/calendar-date';
import { CollectionCommunication, type CallDetails } from './collection-communication.entity';
import { CollectionDispute } from './collection-dispute.entity';
import { CollectionOptOut } from './collection-opt-out.entity';
import { Patient } from '../patients/patient.entity';
import { Placement } from './placement.entity';
import { timeZonesOfState } from './state-time-zones';

/** A call as staff log it. */
export interface CallInput {
  readonly at: Date;
  readonly initiatedBy: 'collector' | 'consumer';
  readonly connected: boolean;
  readonly conversation: boolean;
  readonly consentGivenAt?: Date;
  /** The debtor's time zones when known (address, phone); else those of the debtor's state, else every US zone. */
  readonly timeZones?: readonly string[];
  readonly note: string;
}

/** Whether a communication may happen now, or every rule that stops it. */
export type CommunicationCheck = { readonly allowed: true } | { readonly allowed: false; readonly reasons: readonly string[]; readonly nextAllowedAt?: Date };

/** The words every collection email ends with (Regulation F 1006.6(e)): how to opt out, by reply. */
export const EMAIL_OPT_OUT = 'To stop receiving emails about this debt, reply to this email with the word STOP (opt out).';

/**
 * The collection communications OpenRCM sends or staff make, with Regulation F applied to each before it happens and
 * every one logged (a refused one too, with the rule): no email or call while a written dispute within the validation
 * period awaits verification; none to a channel the debtor opted out of (honoured from the instant it is recorded);
 * none outside 8 a.m.–9 p.m. in the debtor's time zone (the zones staff give, else those of the debtor's state, else
 * every US zone; in each when they conflict); no call over the 7-in-7 limit or within 7 days after a conversation,
 * per debt; every email carries the opt-out instruction.
 */
@Injectable()
export class CollectionCommunicationsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly mailer: Mailer,
  ) {}

  /** Whether a call about the patient's debts may be placed at `at`. */
  async mayCall(context: RequestContext, patientId: string, at: Date, timeZones: readonly string[] = [], consentGivenAt?: Date): Promise<CommunicationCheck> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    return this.callCheck(em, context, patientId, { at, timeZones, ...(consentGivenAt ? { consentGivenAt } : {}) });
  }

  /** Logs a call; a call the collector would place against the rules is refused (and logged as refused). */
  async logCall(context: RequestContext, patientId: string, input: CallInput): Promise<CollectionCommunication> {
    const em = currentEntityManager(this.orm).fork();
    await requirePatient(em, context, patientId);
    const debtIds = await this.debtIds(em, context, patientId);
    const check = input.initiatedBy === 'collector' ? await this.callCheck(em, context, patientId, { at: input.at, timeZones: input.timeZones ?? [], ...(input.consentGivenAt ? { consentGivenAt: input.consentGivenAt } : {}) }) : ({ allowed: true } as const);
    const details: CallDetails = { initiatedBy: input.initiatedBy, connected: input.connected, conversation: input.conversation, consentGivenAt: input.consentGivenAt?.toISOString() ?? null, debtIds };
    const logged = await this.log(em, context, { patientId, kind: 'call', channel: 'phone', at: input.at, check, summary: input.note, details });
    if (!check.allowed) throw new ConflictError(`do not place this call: ${check.reasons.join('; ')}`);
    return logged;
  }

  /** Sends a collection email to the debtor (the account's address, or the guarantor's), with the opt-out instruction. */
  async sendEmail(context: RequestContext, patientId: string, input: { subject: string; text: string; timeZones?: readonly string[] }, now: Date = new Date()): Promise<CollectionCommunication> {
    const em = currentEntityManager(this.orm).fork();
    await requirePatient(em, context, patientId);
    const account = await em.findOne(PatientAccount, { organizationId: context.organizationId, patientId });
    const guarantor = await em.findOne(Guarantor, { organizationId: context.organizationId, patientId });
    const to = account?.email ?? guarantor?.email ?? null;
    if (!to) throw new ConflictError('no email address is on file for the account or its guarantor');
    const text = `${input.text.trim()}\n\n${EMAIL_OPT_OUT}`;
    const reasons: string[] = [];
    const stop = await this.collectionStop(em, context, patientId);
    if (stop) reasons.push(stop);
    const optOuts = await em.find(CollectionOptOut, { organizationId: context.organizationId, patientId, channel: 'email' });
    const optedOut = maySendMessage({ channel: 'email', address: to }, now, optOuts.map((optOut) => ({ channel: 'email' as const, receivedAt: optOut.optedOutAt })));
    if (!optedOut.allowed) reasons.push(`the debtor opted out of email on ${optedOut.optOut.receivedAt.toISOString()}`);
    const hours = mayContactAt(now, await this.zonesOf(em, context, patientId, input.timeZones ?? []));
    if (!hours.allowed) reasons.push(`it is ${hours.localTime} in ${hours.timeZone}: no contact before 8 a.m. or after 9 p.m.`);
    const instruction = checkOptOutInstruction({ channel: 'email', address: to, body: text });
    if (!instruction.ok) reasons.push(instruction.reason);
    const check: CommunicationCheck = reasons.length === 0 ? { allowed: true } : { allowed: false, reasons, ...(!hours.allowed ? { nextAllowedAt: hours.nextAllowedAt } : {}) };
    if (check.allowed) await this.mailer.send({ to: [to], subject: input.subject, text });
    const logged = await this.log(em, context, { patientId, kind: 'email', channel: 'email', at: now, check, summary: input.subject, details: null });
    if (!check.allowed) throw new ConflictError(`the email was not sent: ${reasons.join('; ')}`);
    return logged;
  }

  /** Records an opt-out, honoured from this instant. */
  async optOut(context: RequestContext, patientId: string, input: { channel: CollectionOptOut['channel']; note?: string }, now: Date = new Date()): Promise<CollectionOptOut> {
    const em = currentEntityManager(this.orm).fork();
    await requirePatient(em, context, patientId);
    const optOut = em.create(CollectionOptOut, { organizationId: context.organizationId, patientId, channel: input.channel, optedOutAt: now, note: input.note ?? null, recordedBy: context.actor.id });
    await em.flush();
    return optOut;
  }

  /** The patient's collection communications, newest first. */
  async history(context: RequestContext, patientId: string): Promise<{ communications: CollectionCommunication[]; optOuts: CollectionOptOut[]; disputes: CollectionDispute[] }> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    return {
      communications: await em.find(CollectionCommunication, { organizationId: context.organizationId, patientId }, { orderBy: { occurredAt: 'desc', createdAt: 'desc' } }),
      optOuts: await em.find(CollectionOptOut, { organizationId: context.organizationId, patientId }, { orderBy: { optedOutAt: 'desc' } }),
      disputes: await em.find(CollectionDispute, { organizationId: context.organizationId, patientId }, { orderBy: { createdAt: 'desc' } }),
    };
  }

  /** The validation notice PDF of a logged communication. */
  async noticePdf(context: RequestContext, communicationId: string): Promise<Buffer> {
    const em = currentEntityManager(this.orm);
    const communication = await em.findOne(CollectionCommunication, { id: communicationId, organizationId: context.organizationId, kind: 'validation-notice' }, { populate: ['document'] });
    if (!communication?.document) throw new ConflictError(`communication ${communicationId} is not a validation notice`);
    return communication.document;
  }

  private async callCheck(em: EntityManager, context: RequestContext, patientId: string, input: { at: Date; timeZones: readonly string[]; consentGivenAt?: Date }): Promise<CommunicationCheck> {
    const reasons: string[] = [];
    const zones = await this.zonesOf(em, context, patientId, input.timeZones);
    let nextAllowedAt: Date | undefined;
    const stop = await this.collectionStop(em, context, patientId);
    if (stop) reasons.push(stop);
    if ((await em.count(CollectionOptOut, { organizationId: context.organizationId, patientId, channel: 'phone', optedOutAt: { $lte: input.at } })) > 0) reasons.push('the debtor asked not to be called');
    const hours = mayContactAt(input.at, zones);
    if (!hours.allowed) {
      reasons.push(`it is ${hours.localTime} in ${hours.timeZone}: no calls before 8 a.m. or after 9 p.m.`);
      nextAllowedAt = hours.nextAllowedAt;
    }
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    const limits = mayPlaceCall({
      at: input.at,
      debtIds: await this.debtIds(em, context, patientId),
      timeZone: zones[0] ?? organization.timeZone,
      history: await this.callHistory(em, context, patientId),
      ...(input.consentGivenAt ? { consentGivenAt: input.consentGivenAt } : {}),
    });
    if (!limits.allowed) {
      for (const refusal of limits.refusals) {
        reasons.push(refusal.rule === 'seven-calls-in-seven-days' ? `7 calls about debt ${refusal.debtId} in 7 days already` : `a conversation about debt ${refusal.debtId} within the last 7 days`);
      }
      if (!nextAllowedAt || limits.nextAllowedAt > nextAllowedAt) nextAllowedAt = limits.nextAllowedAt;
    }
    return reasons.length === 0 ? { allowed: true } : { allowed: false, reasons, ...(nextAllowedAt ? { nextAllowedAt } : {}) };
  }

  /**
   * The debtor's time zones: the ones staff give (address and phone, when they know them), else the zones of the
   * debtor's state (the guarantor's address, or the patient's), else none — every US zone.
   */
  private async zonesOf(em: EntityManager, context: RequestContext, patientId: string, given: readonly string[]): Promise<readonly string[]> {
    if (given.length > 0) return given;
    const guarantor = await em.findOne(Guarantor, { organizationId: context.organizationId, patientId });
    if (guarantor && guarantor.relationship !== 'self' && guarantor.address) return timeZonesOfState(guarantor.address.state);
    const patient = await em.findOne(Patient, { organizationId: context.organizationId, id: patientId }, { fields: ['address'] });
    return timeZonesOfState(patient?.address?.state);
  }

  /** Why collection is stopped, when a written dispute within the validation period awaits verification. */
  private async collectionStop(em: EntityManager, context: RequestContext, patientId: string): Promise<string | null> {
    const stopped = await em.findOne(CollectionDispute, { organizationId: context.organizationId, patientId, stopsCollection: true, verifiedOn: null });
    return stopped ? `a written dispute received on ${stopped.receivedOn} awaits verification: collection of the disputed amount is stopped` : null;
  }

  /** The debts a call is about: the account's open placements, or the account itself while the clinic collects. */
  private async debtIds(em: EntityManager, context: RequestContext, patientId: string): Promise<string[]> {
    const placements = await em.find(Placement, { organizationId: context.organizationId, patientId, state: 'placed' }, { fields: ['id'] });
    return placements.length > 0 ? placements.map((placement) => placement.id) : [`account:${patientId}`];
  }

  private async callHistory(em: EntityManager, context: RequestContext, patientId: string): Promise<CallRecord[]> {
    const calls = await em.find(CollectionCommunication, { organizationId: context.organizationId, patientId, kind: 'call', outcome: 'sent' });
    return calls.flatMap((call) =>
      call.details
        ? [{ at: call.occurredAt, debtIds: call.details.debtIds, initiatedBy: call.details.initiatedBy, connected: call.details.connected, conversation: call.details.conversation, ...(call.details.consentGivenAt ? { consentGivenAt: new Date(call.details.consentGivenAt) } : {}) }]
        : [],
    );
  }

  private async log(
    em: EntityManager,
    context: RequestContext,
    input: { patientId: string; kind: CollectionCommunication['kind']; channel: CollectionCommunication['channel']; at: Date; check: CommunicationCheck; summary: string; details: CallDetails | null },
  ): Promise<CollectionCommunication> {
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    const communication = em.create(CollectionCommunication, {
      organizationId: context.organizationId,
      patientId: input.patientId,
      kind: input.kind,
      channel: input.channel,
      occurredAt: input.at,
      outcome: input.check.allowed ? 'sent' : 'refused',
      reason: input.check.allowed ? null : input.check.reasons.join('; '),
      summary: input.summary,
      details: input.details,
      recordedBy: context.actor.id,
      retainUntil: recordsKeptUntil(calendarDate(input.at, organization.timeZone)),
    });
    await em.flush();
    return communication;
  }
}

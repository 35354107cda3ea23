import { MikroORM } from '@mikro-orm/core';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, Money, type RequestContext, type StatementChannel, type StatementDocument, type StatementRenderer } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { Guarantor } from '../guarantors/guarantor.entity';
import { Organization } from '../organizations/organization.entity';
import { Patient } from '../patients/patient.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { AssistanceApplication } from '../financial-assistance/assistance-application.entity';
import { LedgerWriter } from '../ledger/ledger.writer';
import { lockPatient } from '../patients/patient-exists';
import { PayLinkService } from '../pay-links/pay-link.service';
import { writeOffOwed } from './balance-write-off';
import { PluginHost } from '../plugins/plugin-host.service';
import { addDays, calendarDate } from '../time/calendar-date';
import { PatientAccount } from './patient-account.entity';
import { PatientAccountMover } from './patient-account.mover';
import type { PatientAccountEvent, PatientAccountState } from './patient-account.workflow';
import { DISPUTE_HOLDING_STATES, PatientDispute } from './patient-dispute.entity';
import { Statement } from './statement.entity';
import { decideStatement, type StatementDecision } from './statement-decision';
import { attemptDelivery, failureOf } from './statement-delivery.attempt';
import { previewDocument } from './statement-preview';
import { StatementDeliveryRetry } from './statement-delivery.retry';
import { statementDocument } from './statement-document';
import { owedLines, patientBalances, patientPaymentsSince, type PatientBalances } from './statement-ledger.query';
import { StatementRun, type StatementRunBatch, type StatementRunCounts, type StatementRunTrigger } from './statement-run.entity';
import { StatementRunOutcome, type StatementRunResult } from './statement-run-outcome.entity';
import { StatementSettingsService, type EffectiveStatementSettings } from './statement-settings.service';

/** The states of accounts a run looks at even when the patient owes nothing now (to mark them paid). */
const IN_CYCLE: readonly PatientAccountState[] = ['statement-cycle', 'final-notice', 'payment-plan'];

/** How long after a statement's due date its pay link keeps working. */
const PAY_LINK_DAYS_AFTER_DUE = 60;

/** The renderer and channels an organization's plugins contribute. */
interface Delivery {
  readonly renderer: StatementRenderer;
  readonly channels: ReadonlyMap<string, StatementChannel>;
}

/** One account's outcome, as the run records it. */
interface AccountOutcome {
  readonly result: StatementRunResult;
  readonly reason: string;
  readonly statementId?: string;
}

/**
 * The statement run (issue #11): for every patient who owes on their own accounts, decides (statement-decision.ts)
 * whether a statement or the final notice goes out or why not; renders it with the organization's renderer, keeps it
 * (statement), moves the account through its workflow, and delivers it by email when the guarantor consented, else by
 * the print channel. Every account's outcome is recorded with its reason; a second run inside the cadence sends nothing.
 */
@Injectable()
export class StatementRunService {
  constructor(
    private readonly orm: MikroORM,
    private readonly plugins: PluginHost,
    private readonly accounts: PatientAccountMover,
    private readonly settings: StatementSettingsService,
    private readonly links: PayLinkService,
    private readonly ledger: LedgerWriter,
    private readonly retries: StatementDeliveryRetry,
  ) {}

  async run(context: RequestContext, trigger: StatementRunTrigger, now: Date = new Date()): Promise<StatementRun> {
    const delivery = this.delivery(context.organizationId);
    const em = currentEntityManager(this.orm).fork();
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    const runDate = calendarDate(now, organization.timeZone);
    const settings = await this.settings.get(context);
    const run = em.create(StatementRun, { organizationId: context.organizationId, runDate, trigger, startedBy: context.actor.id });
    await em.flush();

    const inCycle = await em.find(PatientAccount, { organizationId: context.organizationId, state: { $in: [...IN_CYCLE] } }, { fields: ['patientId'] });
    const balances = await patientBalances(em, context.organizationId, inCycle.map((account) => account.patientId));
    const disputes = await this.countsByPatient(em, PatientDispute, { organizationId: context.organizationId, state: { $in: [...DISPUTE_HOLDING_STATES] } });
    const assistance = await this.countsByPatient(em, AssistanceApplication, { organizationId: context.organizationId, state: 'pending' });
    const counts = { considered: 0, sent: 0, failed: 0, settled: 0, writtenOff: 0, skipped: {} as Record<string, number> };
    for (const balance of balances) {
      const outcome = await this.runAccount(context, em, { run, settings, delivery, balance, openDisputes: disputes.get(balance.patientId) ?? 0, pendingAssistance: assistance.get(balance.patientId) ?? 0 });
      if (!outcome) continue;
      counts.considered += 1;
      if (outcome.result === 'sent') counts.sent += 1;
      if (outcome.result === 'failed') counts.failed += 1;
      if (outcome.result === 'settled') counts.settled += 1;
      if (outcome.result === 'written-off') counts.writtenOff += 1;
      if (outcome.result === 'skipped') counts.skipped[outcome.reason] = (counts.skipped[outcome.reason] ?? 0) + 1;
    }
    const batches = await this.finishBatches(context, delivery, run);
    run.counts = { ...counts, ...(batches.length > 0 ? { batches } : {}) } satisfies StatementRunCounts;
    run.finishedAt = new Date();
    await em.flush();
    return run;
  }

  /** The organization's template on made-up data under its own billing office: the HTML and the PDF. */
  async preview(context: RequestContext, now: Date = new Date()): Promise<{ html: string; pdf: Buffer }> {
    const document = await this.previewOf(context, now);
    const rendered = await this.delivery(context.organizationId).renderer.render(context, document);
    return { html: rendered.html, pdf: Buffer.from(rendered.pdf) };
  }

  /** Emails the preview statement to a staff address through the email channel (test-send); answers the channel's reference. */
  async sendTest(context: RequestContext, to: string, now: Date = new Date()): Promise<{ deliveryReference: string }> {
    const delivery = this.delivery(context.organizationId);
    const channel = delivery.channels.get('email');
    if (!channel) throw new ConflictError('no email channel is enabled for this organization: enable the patient-statements plugin');
    const document = await this.previewOf(context, now, to);
    const answer = await channel.deliver(context, document, await delivery.renderer.render(context, document));
    if (answer.status !== 'SUCCESS') throw new ConflictError(`the test statement was not sent: ${failureOf(answer)}`);
    return answer.value;
  }

  private async previewOf(context: RequestContext, now: Date, to?: string): Promise<StatementDocument> {
    const organization = await currentEntityManager(this.orm).findOneOrFail(Organization, context.organizationId);
    return previewDocument(await this.settings.get(context), calendarDate(now, organization.timeZone), to);
  }

  /** The organization's renderer (exactly one) and channels by id; a run without a renderer is refused. */
  private delivery(organizationId: string): Delivery {
    const renderers = this.plugins.contributions(organizationId, 'statement-renderer');
    if (renderers.length === 0) throw new ConflictError('no statement renderer is enabled for this organization: enable the patient-statements plugin');
    if (renderers.length > 1) throw new ConflictError(`more than one statement renderer is enabled (${renderers.map((renderer) => renderer.id).join(', ')}): disable all but one`);
    const channels = new Map(this.plugins.contributions(organizationId, 'statement-channel').map((channel) => [channel.id, channel]));
    return { renderer: renderers[0] as StatementRenderer, channels };
  }

  /**
   * Calls `finishRun` on each channel that batches (a print file), once the run's deliveries are done. Like every
   * other plugin call, an error or an answer other than SUCCESS is recorded on the run, never thrown out of it.
   */
  private async finishBatches(context: RequestContext, delivery: Delivery, run: StatementRun): Promise<StatementRunBatch[]> {
    const batches: StatementRunBatch[] = [];
    for (const channel of delivery.channels.values()) {
      if (!channel.finishRun) continue;
      try {
        const result = await channel.finishRun(context, { runId: run.id, runDate: run.runDate });
        batches.push(result.status === 'SUCCESS' ? { channel: channel.id, reference: result.value.deliveryReference } : { channel: channel.id, error: failureOf(result) });
      } catch (error) {
        batches.push({ channel: channel.id, error: (error as Error).message });
      }
    }
    return batches;
  }

  /** How many rows of `entity` match `where`, by patient (open disputes, pending assistance applications). */
  private async countsByPatient<T extends { patientId: string }>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>): Promise<Map<string, number>> {
    const rows = (await em.find(entity, where, { fields: ['patientId'] as never })) as T[];
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.patientId, (counts.get(row.patientId) ?? 0) + 1);
    return counts;
  }

  private async runAccount(
    context: RequestContext,
    em: EntityManager,
    input: { run: StatementRun; settings: EffectiveStatementSettings; delivery: Delivery; balance: PatientBalances; openDisputes: number; pendingAssistance: number },
  ): Promise<AccountOutcome | null> {
    const { run, settings, balance } = input;
    const account = await this.accounts.accountOf(em, context.organizationId, balance.patientId);
    const decision = decideStatement({ ...account, ...balance, openDisputes: input.openDisputes, pendingAssistance: input.pendingAssistance }, settings, run.runDate);
    if (decision.action === 'skip' && decision.reason === 'credit-balance' && account.state === 'current') return null;
    if (decision.action === 'settle') {
      await this.accounts.move(context, account, ['settle'], run.runDate);
      return this.record(em, run, balance, { result: 'settled', reason: 'nothing owed' });
    }
    if (decision.action === 'write-off') {
      await this.writeOffSmallBalance(context, em, account, decision.events, run.runDate, settings.smallBalanceWriteOffCents);
      return this.record(em, run, balance, { result: 'written-off', reason: `under ${Money.fromCents(settings.smallBalanceWriteOffCents).toDisplay()}: written off by policy` });
    }
    if (decision.action === 'skip') {
      await this.accounts.move(context, account, decision.events, run.runDate);
      return this.record(em, run, balance, { result: 'skipped', reason: decision.reason });
    }
    return this.send(context, em, { ...input, account, decision });
  }

  private async send(
    context: RequestContext,
    em: EntityManager,
    input: { run: StatementRun; settings: EffectiveStatementSettings; delivery: Delivery; balance: PatientBalances; account: PatientAccount; decision: Extract<StatementDecision, { action: 'send' }> },
  ): Promise<AccountOutcome> {
    const { run, settings, delivery, balance, account, decision } = input;
    const document = await this.documentOf(em, context.organizationId, { run, settings, account, kind: decision.kind, amountDueCents: balance.patientBalanceCents });
    const channel = document.recipient.email ? delivery.channels.get('email') : delivery.channels.get('print');
    if (!channel) return this.record(em, run, balance, { result: 'skipped', reason: document.recipient.email ? 'no-email-channel' : 'no-print-channel' });
    let rendered;
    try {
      rendered = await delivery.renderer.render(context, document);
    } catch (error) {
      return this.record(em, run, balance, { result: 'failed', reason: `rendering failed: ${(error as Error).message}` });
    }
    await em.transactional(async (tx) => {
      tx.create(Statement, {
        id: document.statementId,
        organizationId: context.organizationId,
        patientId: account.patientId,
        runId: run.id,
        kind: decision.kind,
        statementDate: document.statementDate,
        dueDate: document.dueDate,
        amountDueCents: document.amountDueCents,
        document,
        html: rendered.html,
        pdf: Buffer.from(rendered.pdf),
        renderedBy: delivery.renderer.id,
      });
      await tx.flush();
      await this.accounts.move(context, account, decision.events, run.runDate, true);
    });
    const delivered = await attemptDelivery(em, context, channel, document, rendered, 1);
    if (delivered.ok) return this.record(em, run, balance, { result: 'sent', reason: channel.id, statementId: document.statementId });
    await this.retries.schedule(context, { statementId: document.statementId, channel: channel.id, attempt: 2 });
    return this.record(em, run, balance, { result: 'failed', reason: `${channel.id}: ${delivered.error} (retried later)`, statementId: document.statementId });
  }

  /** Writes the whole small balance off (source `balance-policy`) and closes the account as written off, in one transaction. */
  private async writeOffSmallBalance(context: RequestContext, em: EntityManager, account: PatientAccount, events: readonly PatientAccountEvent[], runDate: string, thresholdCents: number): Promise<void> {
    await em.transactional(async (tx) => {
      await lockPatient(tx, context, account.patientId);
      const memo = `small balance under ${Money.fromCents(thresholdCents).toDisplay()} written off by the statement policy`;
      await writeOffOwed(tx, context, this.ledger, account.patientId, { source: 'balance-policy', effectiveDate: runDate, memo }, (line) => line.balanceCents);
      await this.accounts.move(context, account, events, runDate, true);
    });
  }

  private async documentOf(
    em: EntityManager,
    organizationId: string,
    input: { run: StatementRun; settings: EffectiveStatementSettings; account: PatientAccount; kind: StatementDocument['kind']; amountDueCents: number },
  ): Promise<StatementDocument> {
    const { account } = input;
    const patient = await em.findOneOrFail(Patient, { id: account.patientId, organizationId });
    const guarantor = await em.findOne(Guarantor, { patientId: account.patientId, organizationId });
    const previous = await em.findOne(Statement, { organizationId, patientId: account.patientId }, { orderBy: { createdAt: 'desc' }, fields: ['amountDueCents', 'statementDate'] });
    return statementDocument({
      statementId: randomUUID(),
      kind: input.kind,
      runDate: input.run.runDate,
      settings: input.settings,
      patient,
      guarantor,
      account,
      lines: await owedLines(em, organizationId, account.patientId),
      amountDueCents: input.amountDueCents,
      priorBalanceCents: previous?.amountDueCents ?? 0,
      paymentsCents: await patientPaymentsSince(em, organizationId, account.patientId, previous?.statementDate ?? null),
      payOnlineUrl: this.links.gatewayOf(organizationId) ? this.links.urlFor(organizationId, account.patientId, addDays(input.run.runDate, input.settings.dueInDays + PAY_LINK_DAYS_AFTER_DUE)) : null,
    });
  }

  private async record(em: EntityManager, run: StatementRun, balance: PatientBalances, outcome: AccountOutcome): Promise<AccountOutcome> {
    em.create(StatementRunOutcome, {
      organizationId: run.organizationId,
      runId: run.id,
      patientId: balance.patientId,
      result: outcome.result,
      reason: outcome.reason,
      balanceCents: balance.patientBalanceCents,
      statementId: outcome.statementId ?? null,
    });
    await em.flush();
    return outcome;
  }
}

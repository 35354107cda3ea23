import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { ConflictError, Money, ValidationError, type PaymentGateway, type RequestContext } from '@openrcm/sdk';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { Patient } from '../patients/patient.entity';
import { PatientPaymentService, type RecordedPayment } from '../patient-payments/patient-payment.service';
import type { PaymentPlan } from '../payment-plans/payment-plan.entity';
import { PaymentPlanService } from '../payment-plans/payment-plan.service';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PluginHost } from '../plugins/plugin-host.service';
import { PatientAccount } from '../statements/patient-account.entity';
import { accountNumberOf } from '../statements/statement-document';
import { owedLines } from '../statements/statement-ledger.query';
import { PayLinkCheckout } from './pay-link-checkout.entity';
import { clearFailures, isLocked, recordFailure } from './pay-link-lockout';
import { signPayLink, verifyPayLink, type PayLinkClaims } from './pay-link.token';

/** What the payer sees once the knowledge check passed. */
export interface PayLinkAccountView {
  readonly patientLabel: string;
  readonly accountNumber: string;
  readonly amountDueCents: number;
  readonly receiptEmail: string;
  readonly proof: string;
}

/** What became of a checkout when the payer came back. */
export type PayLinkReturn = { readonly paid: true; readonly recorded: RecordedPayment } | { readonly paid: false; readonly reason: string };

const utcToday = (now: Date) => now.toISOString().slice(0, 10);

/** The plan lengths a payer may choose on the pay page, in months. */
export const PAY_LINK_PLAN_MONTHS: readonly number[] = [2, 3, 4, 6];
/** The smallest installment the pay page offers. */
const MINIMUM_INSTALLMENT_CENTS = 1_000;
/** Days from setting up a plan on the pay page to its first installment. */
const PLAN_FIRST_DUE_DAYS = 30;

/**
 * Pay links (issue #11 item 3): a signed, expiring link per patient that works without an account. Nothing about the
 * account shows before a knowledge check (the patient's birth date or ZIP code); then the amount due, and a hosted
 * checkout at the organization's payment gateway — the card is typed on the processor's page. On the payer's return
 * the gateway is asked what happened (the return URL alone is never trusted) and a settled payment is recorded once
 * (the processor's reference is unique) and applied to the ledger, with a receipt.
 */
@Injectable()
export class PayLinkService {
  constructor(
    private readonly orm: MikroORM,
    private readonly plugins: PluginHost,
    private readonly payments: PatientPaymentService,
    private readonly plans: PaymentPlanService,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  /** The organization's payment gateway, if a plugin contributes one. */
  gatewayOf(organizationId: string): PaymentGateway | undefined {
    return this.plugins.contributions(organizationId, 'payment-gateway')[0];
  }

  /** The link for a patient, working through `expiresOn`. */
  urlFor(organizationId: string, patientId: string, expiresOn: string): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}/pay/${signPayLink({ organizationId, patientId, expiresOn })}`;
  }

  open(token: string, now: Date = new Date()): PayLinkClaims | null {
    const claims = verifyPayLink(token, utcToday(now));
    return typeof claims === 'string' ? null : claims;
  }

  /**
   * Checks the answer against the patient's birth date or ZIP code: what the payer may see, `wrong`, or `locked` after
   * too many wrong answers (pay-link-lockout.ts).
   */
  async check(claims: PayLinkClaims, token: string, answer: string, now: Date = new Date()): Promise<PayLinkAccountView | 'wrong' | 'locked'> {
    const em = currentEntityManager(this.orm);
    if (await isLocked(em, claims.organizationId, token, now)) return 'locked';
    const patient = await em.findOne(Patient, { id: claims.patientId, organizationId: claims.organizationId });
    if (!patient || !matches(patient, answer)) {
      await recordFailure(em, claims.organizationId, token, now);
      return (await isLocked(em, claims.organizationId, token, now)) ? 'locked' : 'wrong';
    }
    await clearFailures(em, claims.organizationId, token);
    return this.view(claims, patient, signPayLink({ ...claims, expiresOn: utcToday(now) }, `pay-link-proof:${token}`));
  }

  /** The account view again, for a payer whose proof is still good (an amount refused, say). */
  async viewWithProof(claims: PayLinkClaims, token: string, proof: string, now: Date = new Date()): Promise<PayLinkAccountView | null> {
    if (typeof verifyPayLink(proof, utcToday(now), `pay-link-proof:${token}`) === 'string') return null;
    const patient = await currentEntityManager(this.orm).findOneOrFail(Patient, { id: claims.patientId, organizationId: claims.organizationId });
    return this.view(claims, patient, proof);
  }

  /**
   * Sets up a monthly plan from the link (the payer chose the number of payments): the installment is the balance over
   * the months rounded up to the cent, the first due in {@link PLAN_FIRST_DUE_DAYS} days; no autopay (the payer pays each
   * installment through the link).
   */
  async startPlan(context: RequestContext, claims: PayLinkClaims, months: number, now: Date = new Date()): Promise<PaymentPlan> {
    if (!PAY_LINK_PLAN_MONTHS.includes(months)) throw new ValidationError([{ field: 'months', message: `choose ${PAY_LINK_PLAN_MONTHS.join(', ')} payments` }]);
    const owed = await amountDue(currentEntityManager(this.orm), claims);
    const firstDueOn = new Date(now.getTime() + PLAN_FIRST_DUE_DAYS * 86_400_000).toISOString().slice(0, 10);
    return this.plans.create(context, claims.patientId, { installmentCents: Math.ceil(owed / months), cadence: 'monthly', firstDueOn }, now);
  }

  /** The plan lengths the pay page offers for a balance (none under two installments of $10). */
  planMonthsFor(amountDueCents: number): readonly number[] {
    return PAY_LINK_PLAN_MONTHS.filter((months) => amountDueCents / months >= MINIMUM_INSTALLMENT_CENTS);
  }

  /** Opens the hosted checkout for `amountCents` (at most the amount due) and returns the processor's page. */
  async checkout(context: RequestContext, claims: PayLinkClaims, token: string, input: { amountCents: number; receiptEmail: string | null }): Promise<string> {
    const gateway = this.gatewayOf(claims.organizationId);
    if (!gateway) throw new ConflictError('online payment is not set up for this organization');
    const em = currentEntityManager(this.orm);
    const owed = await amountDue(em, claims);
    if (input.amountCents <= 0 || input.amountCents > owed) throw new ValidationError([{ field: 'amount', message: `enter an amount from $0.01 to ${Money.fromCents(owed).toDisplay()}` }]);
    const patient = await em.findOneOrFail(Patient, { id: claims.patientId, organizationId: claims.organizationId });
    const returnUrl = `${this.config.publicUrl.replace(/\/$/, '')}/pay/${token}/return`;
    const session = await gateway.createSession(context, { accountNumber: accountNumberOf(patient), amountCents: input.amountCents, returnUrl, description: 'Patient balance payment' });
    if (session.status !== 'SUCCESS') throw new ConflictError('the payment processor could not start the payment; please try again later');
    em.create(PayLinkCheckout, { organizationId: claims.organizationId, patientId: claims.patientId, gatewayId: gateway.id, sessionId: session.value.sessionId, amountCents: input.amountCents, receiptEmail: input.receiptEmail });
    await em.flush();
    return session.value.redirectUrl;
  }

  /** Asks the gateway what became of the session and records a settled payment (once). */
  async complete(context: RequestContext, claims: PayLinkClaims, sessionId: string): Promise<PayLinkReturn> {
    const gateway = this.gatewayOf(claims.organizationId);
    if (!gateway) return { paid: false, reason: 'Online payment is not set up for this organization.' };
    const em = currentEntityManager(this.orm);
    const checkout = await em.findOne(PayLinkCheckout, { organizationId: claims.organizationId, patientId: claims.patientId, gatewayId: gateway.id, sessionId });
    if (!checkout) return { paid: false, reason: 'This payment was not started from this link.' };
    const result = await gateway.retrieveSession(context, sessionId);
    if (result.status === 'PENDING') return { paid: false, reason: 'The payment is still being processed. Please check again in a few minutes.' };
    if (result.status !== 'SUCCESS') return { paid: false, reason: result.status === 'FAILURE' ? `The payment was not completed: ${result.reason}.` : 'The payment processor could not be reached.' };
    const recorded = await this.payments.record(context, claims.patientId, {
      amountCents: result.value.amountCents,
      method: result.value.method,
      channel: 'pay-by-link',
      processorReference: result.value.processorReference,
      receiptEmail: checkout.receiptEmail,
    });
    return { paid: true, recorded };
  }

  private async view(claims: PayLinkClaims, patient: Patient, proof: string): Promise<PayLinkAccountView> {
    const em = currentEntityManager(this.orm);
    const account = await em.findOne(PatientAccount, { organizationId: claims.organizationId, patientId: claims.patientId });
    return {
      patientLabel: `${patient.firstName} ${patient.lastName.slice(0, 1)}.`,
      accountNumber: accountNumberOf(patient),
      amountDueCents: await amountDue(em, claims),
      receiptEmail: account?.emailConsent ? (account.email ?? '') : '',
      proof,
    };
  }
}

async function amountDue(em: Parameters<typeof owedLines>[0], claims: PayLinkClaims): Promise<number> {
  return (await owedLines(em, claims.organizationId, claims.patientId)).reduce((sum, line) => sum + line.balanceCents, 0);
}

/** Whether the answer is the patient's birth date (YYYY-MM-DD or MM/DD/YYYY) or the five-digit ZIP on file. */
function matches(patient: Patient, answer: string): boolean {
  const given = answer.trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(given);
  const asDate = us ? `${us[3]}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}` : given;
  if (asDate === patient.birthDate) return true;
  const zip = patient.address?.postalCode.slice(0, 5);
  return zip !== undefined && /^\d{5}$/.test(given) && given === zip;
}

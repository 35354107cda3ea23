import type { RequestContext } from '../context/request-context';
import type { OperationResult } from '../result/operation-result';

/** A hosted payment session: card or bank data is entered on the processor's page, never in OpenRCM. @public */
export interface PaymentSession {
  /** The processor's id of the session. */
  readonly sessionId: string;
  /** The processor's hosted payment page to send the payer to. */
  readonly redirectUrl: string;
}

/** A settled or refunded payment as the processor reports it. @public */
export interface GatewayPayment {
  /** The processor's id of the charge or refund; refunds refer to a charge by it. */
  readonly processorReference: string;
  /** The amount charged or refunded, in integer cents. */
  readonly amountCents: number;
  /** How it was paid: a card or an ACH bank transfer. */
  readonly method: 'card' | 'ach';
  /** When the processor settled the payment or refund (a UTC instant). */
  readonly settledAt: Date;
}

/** Extension point `payment-gateway`: tokenised card and ACH payments, refunds and autopay. @public */
export interface PaymentGateway {
  /** A stable id for this gateway, e.g. `stripe`. */
  readonly id: string;
  /** Opens a hosted payment session for a patient account; the payer returns to `returnUrl` when done. */
  createSession(
    context: RequestContext,
    request: {
      /** The patient account number the payment is for. */
      readonly accountNumber: string;
      /** What the payer sees on the processor's page, e.g. `Springfield Family Clinic — statement balance`. */
      readonly description: string;
      /** The amount to collect, in integer cents. */
      readonly amountCents: number;
      /** Where the processor sends the payer back after the hosted page. */
      readonly returnUrl: string;
    },
  ): Promise<OperationResult<PaymentSession>>;
  /**
   * What became of a hosted session once the payer is back: `SUCCESS` with the settled payment, `PENDING` while the
   * payer has not finished (or the processor has not settled), `FAILURE` when the payment was declined or abandoned.
   * Core calls it on the payer's return and never trusts the return URL alone.
   */
  retrieveSession(context: RequestContext, sessionId: string): Promise<OperationResult<GatewayPayment>>;
  /** Charges a tokenised payment method (e.g. autopay); a declined payment is a `FAILURE`, not a thrown error. */
  charge(
    context: RequestContext,
    request: {
      /** The processor's token for the stored card or bank account (never the card number). */
      readonly paymentMethodToken: string;
      /** The amount to charge, in integer cents. */
      readonly amountCents: number;
      /** Sent to the processor so that a retried request charges once. */
      readonly idempotencyKey: string;
    },
  ): Promise<OperationResult<GatewayPayment>>;
  /** Refunds all or part of an earlier payment. */
  refund(
    context: RequestContext,
    request: {
      /** The processor's reference of the payment to refund ({@link GatewayPayment.processorReference}). */
      readonly processorReference: string;
      /** The amount to refund, in integer cents. */
      readonly amountCents: number;
      /** Sent to the processor so that a retried request refunds once. */
      readonly idempotencyKey: string;
    },
  ): Promise<OperationResult<GatewayPayment>>;
}

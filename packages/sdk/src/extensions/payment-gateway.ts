import type { RequestContext } from '../context/request-context';
import type { OperationResult } from '../result/operation-result';

/** A hosted payment session: card or bank data is entered on the processor's page, never in OpenRCM. @public */
export interface PaymentSession {
  readonly sessionId: string;
  readonly redirectUrl: string;
}

/** A settled or refunded payment as the processor reports it. @public */
export interface GatewayPayment {
  readonly processorReference: string;
  readonly amountCents: number;
  readonly method: 'card' | 'ach';
  readonly settledAt: Date;
}

/** Extension point `payment-gateway`: tokenised card and ACH payments, refunds and autopay. @public */
export interface PaymentGateway {
  readonly id: string;
  createSession(
    context: RequestContext,
    request: { readonly accountNumber: string; readonly amountCents: number; readonly returnUrl: string },
  ): Promise<OperationResult<PaymentSession>>;
  charge(
    context: RequestContext,
    request: { readonly paymentMethodToken: string; readonly amountCents: number; readonly idempotencyKey: string },
  ): Promise<OperationResult<GatewayPayment>>;
  refund(
    context: RequestContext,
    request: { readonly processorReference: string; readonly amountCents: number; readonly idempotencyKey: string },
  ): Promise<OperationResult<GatewayPayment>>;
}

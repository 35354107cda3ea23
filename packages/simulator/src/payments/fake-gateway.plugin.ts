import { definePlugin, OperationResults, type GatewayPayment, type OperationResult, type PaymentGateway, type PluginHttpClient } from '@openrcm/sdk';
import { z } from 'zod';
import type { FakeProcessorPayment } from './fake-processor';

const settings = z.object({
  baseUrl: z.url().default('http://127.0.0.1:4600').describe('Where the fake processor listens (startFakePaymentProcessor; the demo starts one)'),
});

const toPayment = (payment: FakeProcessorPayment): GatewayPayment => ({ ...payment, settledAt: new Date(payment.settledAt) });

/** The payment gateway over the fake processor's API (the shape of a real processor's: sessions, charges, refunds). */
export function fakePaymentGateway(http: PluginHttpClient, baseUrl: string): PaymentGateway {
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const answer = await http.request(`${baseUrl}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }), timeoutMs: 10_000 });
    return { status: answer.status, body: JSON.parse(answer.body) as Record<string, unknown> };
  };
  const settledOrRefused = (answer: { status: number; body: Record<string, unknown> }): OperationResult<GatewayPayment> =>
    answer.status === 201 ? OperationResults.success(toPayment(answer.body as unknown as FakeProcessorPayment)) : OperationResults.failure(String(answer.body['error'] ?? `HTTP ${answer.status}`));
  return {
    id: 'fake-pay',
    async createSession(_context, request) {
      const answer = await call('POST', '/v1/sessions', request);
      if (answer.status !== 201) return OperationResults.failure(String(answer.body['error'] ?? `HTTP ${answer.status}`));
      return OperationResults.success({ sessionId: String(answer.body['sessionId']), redirectUrl: String(answer.body['redirectUrl']) });
    },
    async retrieveSession(_context, sessionId) {
      const answer = await call('GET', `/v1/sessions/${encodeURIComponent(sessionId)}`);
      if (answer.status !== 200) return OperationResults.failure(String(answer.body['error'] ?? `HTTP ${answer.status}`));
      if (answer.body['status'] === 'paid') return OperationResults.success(toPayment(answer.body['payment'] as FakeProcessorPayment));
      if (answer.body['status'] === 'declined') return OperationResults.failure('the card was declined');
      return { status: 'PENDING', reference: sessionId };
    },
    async charge(_context, request) {
      return settledOrRefused(await call('POST', '/v1/charges', request));
    },
    async refund(_context, request) {
      return settledOrRefused(await call('POST', '/v1/refunds', request));
    },
  };
}

/** `@openrcm/simulator`'s payment-gateway plugin: the fake processor as a `PaymentGateway`, for tests and the demo. */
export const fakePaymentGatewayPlugin = definePlugin({
  id: 'fake-payment-gateway',
  version: '1.0.0',
  sdk: '^1.7.0',
  settings,
  capabilities: { http: { hosts: (current: z.output<typeof settings>) => [new URL(current.baseUrl).host] } },
  register(ctx) {
    ctx.contribute('payment-gateway', fakePaymentGateway(ctx.http, ctx.settings.baseUrl));
  },
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseForm, readBody, sendJson } from '../availity/http-io';

/** The card that always settles on the fake processor's hosted page. */
export const FAKE_APPROVED_CARD = '4242424242424242';
/** The card the fake processor always declines. */
export const FAKE_DECLINED_CARD = '4000000000000002';
/** The stored-method token autopay charges settle with (any other `tok_` token is declined). */
export const FAKE_APPROVED_TOKEN = 'tok_fake_visa';

/** A settled charge or refund. */
export interface FakeProcessorPayment {
  readonly processorReference: string;
  readonly amountCents: number;
  readonly method: 'card';
  readonly settledAt: string;
}

/** A hosted checkout session. */
export interface FakeSession {
  readonly sessionId: string;
  readonly amountCents: number;
  readonly accountNumber: string;
  readonly description: string;
  readonly returnUrl: string;
  status: 'open' | 'paid' | 'declined';
  payment?: FakeProcessorPayment;
}

/** A running fake processor. */
export interface FakePaymentProcessor {
  /** Its base URL, e.g. `http://127.0.0.1:4321`. */
  readonly url: string;
  readonly sessions: ReadonlyMap<string, FakeSession>;
  /** Every charge and refund it settled, in order. */
  readonly settled: readonly FakeProcessorPayment[];
  close(): Promise<void>;
}

/** Options of {@link startFakePaymentProcessor}. */
export interface FakePaymentProcessorOptions {
  readonly port?: number;
  readonly host?: string;
  /** The clock of settlements (tests fix it). */
  readonly now?: () => Date;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A card processor for tests and the demo, in the shape of the real ones: a JSON API to open hosted checkout sessions,
 * read what became of them, charge stored tokens and refund (idempotent by key), and a hosted checkout page where the
 * payer types a card number — which never reaches OpenRCM. Deterministic: ids count up; {@link FAKE_APPROVED_CARD}
 * settles, {@link FAKE_DECLINED_CARD} and anything else is declined.
 */
export async function startFakePaymentProcessor(options: FakePaymentProcessorOptions = {}): Promise<FakePaymentProcessor> {
  const now = options.now ?? (() => new Date());
  const sessions = new Map<string, FakeSession>();
  const settled: FakeProcessorPayment[] = [];
  const byIdempotencyKey = new Map<string, { status: number; body: unknown }>();
  let counter = 0;
  let base = '';
  const settle = (amountCents: number): FakeProcessorPayment => {
    counter += 1;
    const payment = { processorReference: `ch_fake_${String(counter).padStart(6, '0')}`, amountCents, method: 'card' as const, settledAt: now().toISOString() };
    settled.push(payment);
    return payment;
  };
  const once = async (key: string | undefined, response: ServerResponse, answer: () => { status: number; body: unknown }) => {
    const earlier = key ? byIdempotencyKey.get(key) : undefined;
    const result = earlier ?? answer();
    if (key && !earlier) byIdempotencyKey.set(key, result);
    sendJson(response, result.status, result.body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', base);
    const [, first, second, third] = url.pathname.split('/');
    if (request.method === 'POST' && first === 'v1' && second === 'sessions') {
      const body = JSON.parse(await readBody(request)) as Partial<FakeSession>;
      if (!Number.isSafeInteger(body.amountCents) || (body.amountCents ?? 0) <= 0 || typeof body.returnUrl !== 'string') {
        sendJson(response, 400, { error: 'amountCents (positive integer) and returnUrl are required' });
        return;
      }
      counter += 1;
      const session: FakeSession = { sessionId: `cs_fake_${String(counter).padStart(6, '0')}`, amountCents: body.amountCents as number, accountNumber: String(body.accountNumber ?? ''), description: String(body.description ?? ''), returnUrl: body.returnUrl, status: 'open' };
      sessions.set(session.sessionId, session);
      sendJson(response, 201, { sessionId: session.sessionId, redirectUrl: `${base}/checkout/${session.sessionId}` });
      return;
    }
    if (request.method === 'GET' && first === 'v1' && second === 'sessions' && third) {
      const session = sessions.get(third);
      if (!session) sendJson(response, 404, { error: 'no such session' });
      else sendJson(response, 200, { status: session.status, ...(session.payment ? { payment: session.payment } : {}) });
      return;
    }
    if (request.method === 'POST' && first === 'v1' && (second === 'charges' || second === 'refunds')) {
      const body = JSON.parse(await readBody(request)) as { paymentMethodToken?: string; processorReference?: string; amountCents?: number; idempotencyKey?: string };
      await once(body.idempotencyKey, response, () => {
        if (second === 'refunds') return settled.some((payment) => payment.processorReference === body.processorReference) ? { status: 201, body: settle(-(body.amountCents ?? 0)) } : { status: 404, body: { error: 'no such charge' } };
        return body.paymentMethodToken === FAKE_APPROVED_TOKEN ? { status: 201, body: settle(body.amountCents ?? 0) } : { status: 402, body: { error: 'card declined' } };
      });
      return;
    }
    const session = first === 'checkout' && second ? sessions.get(second) : undefined;
    if (!session) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (request.method === 'POST' && session.status === 'open') {
      const form = parseForm(await readBody(request));
      const card = (form['cardNumber'] ?? '').replace(/\s/g, '');
      if (card === FAKE_APPROVED_CARD) {
        session.status = 'paid';
        session.payment = settle(session.amountCents);
      } else {
        session.status = 'declined';
      }
      const back = new URL(session.returnUrl);
      back.searchParams.set('session', session.sessionId);
      response.writeHead(303, { location: back.toString() }).end();
      return;
    }
    const amount = `$${(session.amountCents / 100).toFixed(2)}`;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake Pay checkout</title></head>
<body><main><h1>Fake Pay</h1><p>${escape(session.description)}</p><p>Amount: <strong>${amount}</strong></p>
${session.status === 'open' ? `<form method="post"><label>Card number <input name="cardNumber" inputmode="numeric" autocomplete="cc-number" required></label>
<label>Expiry <input name="expiry" placeholder="MM/YY" required></label><label>CVC <input name="cvc" required></label>
<button type="submit">Pay ${amount}</button></form>` : `<p>This checkout is ${session.status}.</p>`}</main></body></html>`);
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => sendJson(response, 500, { error: error.message }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  base = `http://${options.host ?? '127.0.0.1'}:${address.port}`;
  return {
    url: base,
    sessions,
    settled,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

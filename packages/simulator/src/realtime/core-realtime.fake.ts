import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InMemoryControlNumberSequence, read270 } from '@openrcm/x12';
import { readFormData, writeFormData } from './core-mime.codec';
import { ELIGIBILITY_RESPONSE, envelopeError } from './core-envelope.checks';
import { answer270, UnreadableInquiryError } from './realtime-answer';
import { REALTIME_MEMBERS, type SimulatedMember } from './realtime-members';

/** The credentials the fake accepts: a user name and password (HTTP Basic or CORE UserName/Password), or a bearer token. */
export type CoreFakeCredentials = { readonly username: string; readonly password: string } | { readonly token: string };

/** Options of {@link startCoreRealtimeFake}. */
export interface CoreRealtimeFakeOptions {
  /** The port to listen on, on 127.0.0.1 (default 0: any free port). */
  readonly port?: number;
  /** Answers a 270 interchange with a 271 interchange (default: the member table's rules). */
  readonly answer?: (x12270: string) => string;
  /** The credentials every request must carry. */
  readonly credentials: CoreFakeCredentials;
  /** The ReceiverID the envelope must name (default `SIMCLEARING`). */
  readonly receiverId?: string;
  /** The member table of the default answer (default {@link REALTIME_MEMBERS}). */
  readonly members?: readonly SimulatedMember[];
  /** Payer ids whose inquiries answer AAA 42 (default `['UNAVAILABLE']`). */
  readonly unavailablePayers?: readonly string[];
  /** How long a member id starting with `SLOW` waits before the answer, in milliseconds (default 30 000). */
  readonly slowMs?: number;
  /** The clock of the answers (default: the real time). */
  readonly now?: () => Date;
}

/** One request the fake received. */
export interface RecordedCoreRequest {
  readonly method: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The envelope fields by name (empty when the body was not multipart). */
  readonly fields: Readonly<Record<string, string>>;
}

/** A running fake. */
export interface CoreRealtimeFake {
  /** The endpoint URL, e.g. `http://127.0.0.1:40123/core/realtime`. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: readonly RecordedCoreRequest[];
  /** Stops listening and drops open connections (and pending slow answers). */
  close(): Promise<void>;
}

function authorized(req: IncomingMessage, fields: Readonly<Record<string, string>>, credentials: CoreFakeCredentials): boolean {
  const header = req.headers.authorization ?? '';
  if ('token' in credentials) return header === `Bearer ${credentials.token}`;
  const basic = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`;
  return header === basic || (fields['UserName'] === credentials.username && fields['Password'] === credentials.password);
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendEnvelope(res: ServerResponse, request: Readonly<Record<string, string>>, answer: { errorCode: string; errorMessage?: string; payload?: string }): void {
  const boundary = `sim-${randomUUID()}`;
  const body = writeFormData({
    PayloadType: answer.payload ? ELIGIBILITY_RESPONSE : 'CoreEnvelopeError',
    ProcessingMode: 'RealTime',
    PayloadID: randomUUID(),
    TimeStamp: `${new Date().toISOString().slice(0, 19)}Z`,
    SenderID: request['ReceiverID'] ?? '',
    ReceiverID: request['SenderID'] ?? '',
    CORERuleVersion: '2.2.0',
    ErrorCode: answer.errorCode,
    ErrorMessage: answer.errorMessage ?? '',
    ...(answer.payload ? { Payload: answer.payload } : {}),
  }, boundary);
  res.writeHead(200, { 'content-type': `multipart/form-data; boundary=${boundary}` }).end(body);
}

function memberIdOf(payload: string): string {
  return read270(payload).transactions[0]?.subscriber.memberId.toUpperCase() ?? '';
}

/**
 * Starts a CAQH CORE real-time endpoint on `node:http` for tests and the demo: it checks the credentials and the
 * MIME envelope, then answers 270s with 271s (active coverage with benefits for known members; AAA 72, 73, 75, 58/71
 * and 67 for bad member ids, names, unknown members and birth dates; AAA 42 for unavailable payers). Member ids
 * starting with `BUSY` get HTTP 429 (Retry-After 7), `FAIL` HTTP 500, and `SLOW` an answer after `slowMs`.
 */
export async function startCoreRealtimeFake(options: CoreRealtimeFakeOptions): Promise<CoreRealtimeFake> {
  const requests: RecordedCoreRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sequence = new InMemoryControlNumberSequence();
  const now = options.now ?? (() => new Date());
  const answer = options.answer ?? ((x12: string) => answer270(x12, { members: options.members ?? REALTIME_MEMBERS, unavailablePayers: options.unavailablePayers ?? ['UNAVAILABLE'], now, sequence }));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const fields = readFormData(await bodyOf(req), req.headers['content-type']) ?? {};
    requests.push({ method: req.method ?? '', headers: req.headers, fields });
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    if (!authorized(req, fields, options.credentials)) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="core"' }).end();
    if (Object.keys(fields).length === 0) return void res.writeHead(400, { 'content-type': 'text/plain' }).end('expected multipart/form-data');
    const error = envelopeError(fields, options.receiverId ?? 'SIMCLEARING');
    if (error) return sendEnvelope(res, fields, { errorCode: error, errorMessage: `envelope refused: ${error}` });
    const payload = fields['Payload'] ?? '';
    const memberId = memberIdOf(payload);
    if (memberId.startsWith('BUSY')) return void res.writeHead(429, { 'retry-after': '7' }).end();
    if (memberId.startsWith('FAIL')) return void res.writeHead(500).end();
    const reply = () => {
      try {
        sendEnvelope(res, fields, { errorCode: 'Success', payload: answer(payload) });
      } catch (caught) {
        if (!(caught instanceof UnreadableInquiryError)) throw caught;
        sendEnvelope(res, fields, { errorCode: 'PayloadIllegal', errorMessage: caught.message });
      }
    };
    if (!memberId.startsWith('SLOW')) return reply();
    const timer = setTimeout(() => { timers.delete(timer); reply(); }, options.slowMs ?? 30_000);
    timers.add(timer);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => { if (!res.headersSent) res.writeHead(500).end(); });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/core/realtime`,
    requests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';

/**
 * How long an idle keep-alive connection stays open: longer than clients and proxies keep theirs (60 s is common),
 * so the server is never the one closing a socket at the moment a client reuses it (Node's default of 5 s makes
 * that race, which the client sees as ECONNRESET).
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Listens on host:port with the keep-alive timeout above; answers the URL it serves. */
export async function listen(app: INestApplication, port: number, host: string): Promise<string> {
  await app.listen(port, host);
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  const address = server.address() as { port: number };
  return `http://${host}:${address.port}`;
}

import type { IncomingMessage, ServerResponse } from 'node:http';

/** Reads a request body as text (the fake's bodies are small forms). */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Answers with a JSON document. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers });
  response.end(text);
}

/** Availity's `ErrorResponse` document. */
export function errorResponse(statusCode: number, userMessage: string, errors: readonly { field?: string; errorMessage: string; code?: string }[] = []) {
  return { statusCode, userMessage, developerMessage: userMessage, errors };
}

/** Whether the request declares a form-encoded body. */
export function isForm(request: IncomingMessage): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
}

/** A form body as a record (the last value wins for a repeated name). */
export function parseForm(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body).entries());
}

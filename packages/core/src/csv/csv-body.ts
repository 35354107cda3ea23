import { ValidationError } from '@openrcm/sdk';
import type { Request } from 'express';

/** The largest CSV upload read (a full PPRRVU file is under 10 MB). */
export const MAX_CSV_BODY_BYTES = 32 * 1024 * 1024;

const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv'];

/**
 * Reads a request body sent as `text/csv` (or `text/plain`) as UTF-8 text. The server parses only JSON and form
 * bodies, so the stream is still unread here. Refuses another content type, an empty body or one past the limit.
 */
export async function readCsvBody(request: Request, maxBytes = MAX_CSV_BODY_BYTES): Promise<string> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!CSV_TYPES.includes(type)) {
    throw new ValidationError([{ field: 'body', message: `send the file as text/csv (got ${type || 'no content type'})` }]);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) throw new ValidationError([{ field: 'body', message: `the file is larger than ${maxBytes / 1024 / 1024} MB` }]);
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new ValidationError([{ field: 'body', message: 'the file is empty' }]);
  return text;
}

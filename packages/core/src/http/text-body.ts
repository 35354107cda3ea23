import { ValidationError } from '@openrcm/sdk';
import type { Request } from 'express';

/** Content types an X12 file is accepted as. */
export const X12_CONTENT_TYPES: readonly string[] = ['text/plain', 'application/edi-x12'];

/**
 * Reads a request body sent as one of `types` as UTF-8 text. The server parses only JSON and form bodies, so the
 * stream is still unread here. Refuses another content type, an empty body or one past `maxBytes`.
 */
export async function readTextBody(request: Request, types: readonly string[], maxBytes: number): Promise<string> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!types.includes(type)) {
    throw new ValidationError([{ field: 'body', message: `send the file as ${types[0]} (got ${type || 'no content type'})` }]);
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

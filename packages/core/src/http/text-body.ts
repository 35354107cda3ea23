import { ValidationError } from '@openrcm/sdk';
import type { Request } from 'express';

/** Content types an X12 file is accepted as. */
export const X12_CONTENT_TYPES: readonly string[] = ['text/plain', 'application/edi-x12'];

/**
 * Reads a request body sent as one of `types` as UTF-8 text. The server parses only JSON and form bodies, so the
 * stream is still unread here. Refuses another content type, an empty body or one past `maxBytes`.
 */
export async function readTextBody(request: Request, types: readonly string[], maxBytes: number): Promise<string> {
  const text = (await readBody(request, types, types[0] ?? 'text', maxBytes)).bytes.toString('utf8');
  if (text.trim() === '') throw new ValidationError([{ field: 'body', message: 'the file is empty' }]);
  return text;
}

/** Reads a request body sent as one of `types` as bytes, with the content type it came as; the same refusals. */
export function readFileBody<T extends string>(request: Request, types: readonly T[], maxBytes: number): Promise<{ readonly contentType: T; readonly bytes: Buffer }> {
  return readBody(request, types, types.join(' or '), maxBytes);
}

/** Reads the unread body stream; `expected` says what to send in the refusal of another content type. */
async function readBody<T extends string>(request: Request, types: readonly T[], expected: string, maxBytes: number): Promise<{ readonly contentType: T; readonly bytes: Buffer }> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!(types as readonly string[]).includes(type)) {
    throw new ValidationError([{ field: 'body', message: `send the file as ${expected} (got ${type || 'no content type'})` }]);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) throw new ValidationError([{ field: 'body', message: `the file is larger than ${maxBytes / 1024 / 1024} MB` }]);
    chunks.push(buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw new ValidationError([{ field: 'body', message: 'the file is empty' }]);
  return { contentType: type as T, bytes };
}

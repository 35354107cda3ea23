import { ValidationError } from '@openrcm/sdk';
import type { Request } from 'express';

/** What a text upload route accepts. */
export interface TextBodyOptions {
  /** Content types accepted, lower case, without parameters. */
  readonly types: readonly string[];
  readonly maxBytes: number;
  /** How the refusal names the expected form, e.g. `text/csv`. */
  readonly expected: string;
}

/**
 * Reads a request body sent as text (a CSV table, an X12 file) as UTF-8. The server parses only JSON and form
 * bodies, so the stream is still unread here. Refuses another content type, an empty body or one past the limit.
 */
export async function readTextBody(request: Request, options: TextBodyOptions): Promise<string> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!options.types.includes(type)) {
    throw new ValidationError([{ field: 'body', message: `send the file as ${options.expected} (got ${type || 'no content type'})` }]);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > options.maxBytes) throw new ValidationError([{ field: 'body', message: `the file is larger than ${options.maxBytes / 1024 / 1024} MB` }]);
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new ValidationError([{ field: 'body', message: 'the file is empty' }]);
  return text;
}

import type { Request } from 'express';
import { readTextBody } from '../http/text-body';

/** The largest CSV upload read (a full PPRRVU file is under 10 MB). */
export const MAX_CSV_BODY_BYTES = 32 * 1024 * 1024;

const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv'];

/** Reads a request body sent as `text/csv` (or `text/plain`) as UTF-8 text; see {@link readTextBody}. */
export function readCsvBody(request: Request, maxBytes = MAX_CSV_BODY_BYTES): Promise<string> {
  return readTextBody(request, CSV_TYPES, maxBytes);
}

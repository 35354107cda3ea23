import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import type { Readable } from 'node:stream';
import { CodeSetImporter, type ImportSummary } from './code-set.importer';
import { formatOf } from './reference-codes.service';
import { storeUpload } from './upload-file.store';

/** What the import API was asked to import. */
export interface ReferenceImportRequest {
  readonly kind: string;
  readonly effectiveDate: string;
  /** The name recorded as the release's source file (default `<kind>-<effectiveDate>.txt`). */
  readonly fileName?: string;
  /** The body's declared length, to refuse an oversized upload before reading it. */
  readonly contentLength?: number;
}

/** What an import through the API did. */
export interface ReferenceImportResult extends ImportSummary {
  readonly kind: string;
  readonly effectiveDate: string;
}

/**
 * Imports a code-set release uploaded through the API: the body goes to a temporary file and through the same
 * {@link CodeSetImporter} as `openrcm import`. Reference data is installation-wide, so any organization's admin may
 * import a release; the release records the caller as `importedBy` and the audit trail of the caller's organization
 * records the import.
 */
@Injectable()
export class ReferenceImportService {
  constructor(private readonly importer: CodeSetImporter) {}

  async importUpload(context: RequestContext, request: ReferenceImportRequest, body: Readable): Promise<ReferenceImportResult> {
    formatOf(request.kind);
    const upload = await storeUpload(body, safeFileName(request.fileName) ?? `${request.kind}-${request.effectiveDate}.txt`, request.contentLength);
    try {
      const summary = await this.importer.import(request.kind, upload.file, request.effectiveDate, `${context.actor.type}:${context.actor.id}`);
      return { kind: request.kind, effectiveDate: request.effectiveDate, ...summary };
    } finally {
      await upload.dispose();
    }
  }
}

/** The last path segment of a client-given name, in letters, digits, dot, dash and underscore only. */
function safeFileName(name: string | undefined): string | undefined {
  const cleaned = (name ?? '').split(/[\\/]/).pop()?.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
  return cleaned ? cleaned.slice(0, 120) : undefined;
}

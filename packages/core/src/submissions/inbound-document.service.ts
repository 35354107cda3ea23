import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { ConflictError, ValidationError, type InboundDocument, type RequestContext } from '@openrcm/sdk';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../logging/logger';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { RemittanceIngestion } from '../remittance/remittance-ingestion.service';
import { AcknowledgmentProcessor, type AcknowledgmentApplied } from './acknowledgment.processor';
import { sha256Of } from './claim-submission.service';
import { ClearinghouseConnectors } from './clearinghouse-connectors';
import { X12File } from './x12-file.entity';

/** The job that fetches an organization's inbound documents. */
export const FETCH_INBOUND_JOB = 'claims.fetch-inbound';

/** Kinds core applies: acknowledgments to claim states, remittances to the ledger; the others stay archived. */
const PROCESSED_KINDS = ['999', '277CA', '835'] as const;

/** What one fetch did for one connector. */
export interface ConnectorFetch {
  readonly pluginId: string;
  /** `SUCCESS`, or the connector's outcome when it brought nothing back. */
  readonly status: string;
  readonly message?: string;
  readonly received: number;
  readonly duplicates: number;
}

/** What one fetch did. */
export interface InboundSummary {
  readonly connectors: readonly ConnectorFetch[];
  /** Files archived now, with what became of each. */
  readonly files: readonly { readonly id: string; readonly kind: string; readonly fileName: string; readonly outcome: 'applied' | 'archived' | 'unreadable'; readonly error?: string }[];
}

/**
 * Takes in what clearinghouses send back: every enabled connector that receives documents is asked for new ones;
 * each is archived as an inbound X12File (a content already archived is skipped), then 999 and 277CA files are
 * applied to claims and 835 files posted (each in a savepoint: a file that cannot be applied is kept with its error,
 * the rest goes on); 277, TA1 and 271 stay archived. Runs inside the caller's transaction (the job's).
 */
@Injectable()
export class InboundDocumentService {
  constructor(
    private readonly orm: MikroORM,
    private readonly connectors: ClearinghouseConnectors,
    private readonly acknowledgments: AcknowledgmentProcessor,
    private readonly remittances: RemittanceIngestion,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** Fetches, archives and applies; in one transaction (joined when there is one). */
  async fetch(context: RequestContext): Promise<InboundSummary> {
    const em = currentEntityManager(this.orm);
    if (em.isInTransaction()) return this.fetchIn(context, em);
    return em.transactional((tx) => this.fetchIn(context, tx));
  }

  /**
   * Takes in a 999 or 277CA downloaded from a clearinghouse's portal: archived as a received file (plugin `upload`)
   * and applied as a fetched one. The same content received before is a ConflictError; another kind a ValidationError.
   */
  async upload(context: RequestContext, x12: string, fileName: string): Promise<InboundSummary['files'][number]> {
    const kind = acknowledgmentKindOf(x12);
    return currentEntityManager(this.orm).transactional(async (em) => {
      await lockInbound(context, em);
      const file = await this.archive(context, em, 'upload', { kind, reference: fileName, x12, receivedAt: new Date() });
      if (!file) throw new ConflictError(`this ${kind} was received before; nothing was applied again`);
      return this.apply(context, em, file);
    });
  }

  private async fetchIn(context: RequestContext, em: EntityManager): Promise<InboundSummary> {
    await lockInbound(context, em);
    const connectors: ConnectorFetch[] = [];
    const files: InboundSummary['files'][number][] = [];
    for (const { pluginId, connector } of this.connectors.receivers(context.organizationId)) {
      let documents: readonly InboundDocument[];
      try {
        const result = await connector.fetchInbound!(context);
        if (result.status !== 'SUCCESS') {
          const message = result.status === 'FAILURE' ? result.reason : result.status === 'EXCEPTION' ? result.message : `pending (${result.reference})`;
          connectors.push({ pluginId, status: result.status, message, received: 0, duplicates: 0 });
          continue;
        }
        documents = result.value;
      } catch (error) {
        connectors.push({ pluginId, status: 'EXCEPTION', message: error instanceof Error ? error.message : String(error), received: 0, duplicates: 0 });
        continue;
      }
      let duplicates = 0;
      for (const document of documents) {
        const file = await this.archive(context, em, pluginId, document);
        if (!file) {
          duplicates += 1;
          continue;
        }
        files.push(await this.apply(context, em, file));
      }
      connectors.push({ pluginId, status: 'SUCCESS', received: documents.length - duplicates, duplicates });
    }
    return { connectors, files };
  }

  /** Archives a document as an inbound file, or returns undefined when the same content is already archived. */
  private async archive(context: RequestContext, em: EntityManager, pluginId: string, document: InboundDocument): Promise<X12File | undefined> {
    const sha256 = sha256Of(document.x12);
    const existing = await em.findOne(X12File, { organizationId: context.organizationId, direction: 'in', sha256 }, { fields: ['id'] });
    if (existing) return undefined;
    const file = em.create(X12File, {
      organizationId: context.organizationId,
      direction: 'in',
      kind: document.kind,
      fileName: document.reference.slice(0, 500),
      pluginId,
      sha256,
      byteSize: Buffer.byteLength(document.x12, 'utf8'),
      content: document.x12,
    });
    await em.flush();
    return file;
  }

  /** Applies a 999 or 277CA, or posts an 835, in a savepoint; records `processedAt` or the error. Other kinds stay archived. */
  private async apply(context: RequestContext, em: EntityManager, file: X12File): Promise<InboundSummary['files'][number]> {
    const base = { id: file.id, kind: file.kind, fileName: file.fileName };
    if (!(PROCESSED_KINDS as readonly string[]).includes(file.kind)) return { ...base, outcome: 'archived' };
    try {
      if (file.kind === '835') {
        await em.transactional((tx) => this.remittances.postFile(context, file, tx as EntityManager));
        return { ...base, outcome: 'applied' };
      }
      const applied = await em.transactional(() => (file.kind === '999' ? this.acknowledgments.apply999(context, file.content, file.id) : this.acknowledgments.apply277CA(context, file.content, file.id)));
      file.processedAt = new Date();
      file.processingError = unmatchedNote(applied);
      await em.flush();
      return { ...base, outcome: 'applied' };
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      this.logger.warn({ fileId: file.id, kind: file.kind, err: error }, 'an inbound X12 file could not be applied');
      file.processingError = message;
      await em.flush();
      return { ...base, outcome: 'unreadable', error: message };
    }
  }
}

/** One fetch or upload per organization at a time (the job, "fetch now" and uploads). */
async function lockInbound(context: RequestContext, em: EntityManager): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`claims.inbound:${context.organizationId}`]);
}

/** `999` or `277CA` from the first ST segment (and, for a 277, the X214 guide); anything else is refused. */
export function acknowledgmentKindOf(x12: string): '999' | '277CA' {
  const text = x12.trimStart();
  if (!text.startsWith('ISA') || text.length < 106) throw new ValidationError([{ field: 'body', message: 'not an X12 interchange: it must start with an ISA segment' }]);
  const separator = text[3] as string;
  const st = new RegExp(`ST\\${separator}(\\w+)\\${separator}\\w+(?:\\${separator}([\\w-]+))?`).exec(text);
  if (st?.[1] === '999') return '999';
  if (st?.[1] === '277' && (st[2] ?? text).includes('X214')) return '277CA';
  throw new ValidationError([{ field: 'body', message: `expected a 999 or a 277CA (005010X214) acknowledgment, got ${st ? `transaction set ${st[1]}${st[2] ? ` ${st[2]}` : ''}` : 'no ST segment'}` }]);
}

function unmatchedNote(applied: AcknowledgmentApplied): string | null {
  return applied.unmatched.length > 0 ? `applied; claim numbers not found in this organization: ${applied.unmatched.join(', ')}` : null;
}

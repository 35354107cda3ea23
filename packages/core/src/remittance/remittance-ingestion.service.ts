import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import { formatX12Error, read835, type Remittance835 } from '@openrcm/x12';
import { DepositMatcher } from '../deposits/deposit.matcher';
import { Organization } from '../organizations/organization.entity';
import { BulkRows } from '../persistence/bulk-rows';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { sha256Of } from '../submissions/claim-submission.service';
import { X12File } from '../submissions/x12-file.entity';
import { calendarDate } from '../time/calendar-date';
import { remittanceInputOf835 } from './remittance-835.mapper';
import { RemittancePoster, type RemittancePosting } from './remittance.poster';

/** What taking in one 835 file did: the archived file and each transaction's (check's) posting. */
export interface RemittanceFileResult {
  readonly fileId: string;
  /** Whether the same content had been archived before (its payments then come back as duplicates). */
  readonly alreadyArchived: boolean;
  readonly postings: readonly RemittancePosting[];
}

/** Where an 835 came from, for the archive: `upload` (API), `cli` (`openrcm import 835`) or a clearinghouse plugin id. */
export interface RemittanceOrigin {
  readonly fileName: string;
  readonly pluginId: string;
}

/**
 * Takes in 835 files — uploaded, imported from the command line, or fetched from a clearinghouse — archives each with
 * its hash (X12File, encrypted), and posts every transaction in it, one transaction (all or nothing) per check, then
 * matches the new remittances to the bank deposits waiting for them (DepositMatcher). A
 * file with X12 errors is refused before anything is written, with the errors positioned (segment, element, byte).
 */
@Injectable()
export class RemittanceIngestion {
  constructor(
    private readonly orm: MikroORM,
    private readonly poster: RemittancePoster,
    private readonly deposits: DepositMatcher,
  ) {}

  /** Archives and posts an 835 file's content. */
  async ingest(context: RequestContext, content: string, origin: RemittanceOrigin): Promise<RemittanceFileResult> {
    const remittances = readRemittances(content);
    const em = currentEntityManager(this.orm);
    const sha256 = sha256Of(content);
    const existing = await em.findOne(X12File, { organizationId: context.organizationId, direction: 'in', sha256 }, { fields: ['id'] });
    const file = existing ?? (await archive(em, context, content, origin, sha256));
    const { postings } = await this.postAll(context, file.id, remittances, em);
    return { fileId: file.id, alreadyArchived: existing !== null, postings };
  }

  /** Posts every transaction of an archived 835 and marks the file processed (inside the caller's transaction when there is one). */
  async postFile(context: RequestContext, file: X12File, em: EntityManager = currentEntityManager(this.orm)): Promise<RemittancePosting[]> {
    const { postings, processed } = await this.postAll(context, file.id, readRemittances(file.content), em);
    Object.assign(file, processed);
    return postings;
  }

  private async postAll(context: RequestContext, fileId: string, remittances: readonly Remittance835[], em: EntityManager): Promise<{ postings: RemittancePosting[]; processed: Pick<X12File, 'processedAt' | 'processingError'> }> {
    const organization = await em.findOne(Organization, context.organizationId, { fields: ['timeZone'] });
    const receivedOn = calendarDate(new Date(), organization?.timeZone ?? 'UTC');
    const postings: RemittancePosting[] = [];
    for (const remittance of remittances) postings.push(await this.poster.post(context, remittanceInputOf835(remittance, receivedOn, fileId)));
    const notes = postings.flatMap((posting) => (posting.unmatched > 0 ? [`${posting.traceNumber}: ${posting.unmatched} claim payment(s) unmatched`] : []));
    const processed = { processedAt: new Date(), processingError: notes.length > 0 ? notes.join('; ') : null };
    // Written natively: a flush would compare the file's whole content, decrypting it, to find what changed.
    await em.nativeUpdate(X12File, { id: fileId, organizationId: context.organizationId }, processed);
    // The bank may have credited the money before the 835 came: match the new remittances to waiting deposits.
    if (postings.some((posting) => posting.outcome === 'posted')) await this.deposits.reconcile(context, em);
    return { postings, processed };
  }
}

/**
 * Archives new 835 content (encrypted) as one bulk row ({@link BulkRows}): the ciphertext travels as data, not
 * escaped into the text of an INSERT, and the row is not kept in the unit of work, whose every flush would decrypt the
 * whole content to see whether it changed.
 */
async function archive(em: EntityManager, context: RequestContext, content: string, origin: RemittanceOrigin, sha256: string): Promise<X12File> {
  const rows = new BulkRows(em);
  const file = rows.create(X12File, {
    organizationId: context.organizationId,
    direction: 'in',
    kind: '835',
    fileName: origin.fileName.slice(0, 500),
    pluginId: origin.pluginId,
    sha256,
    byteSize: Buffer.byteLength(content, 'utf8'),
    content,
  });
  await rows.insert();
  return file;
}

/**
 * Implementation-guide errors that do not touch the money or its matching (a missing payer contact, an element the
 * guide does not use): posting goes on. Every other error refuses the file.
 */
const TOLERATED_ERRORS: ReadonlySet<string> = new Set(['MISSING_SEGMENT', 'ELEMENT_NOT_USED', 'INVALID_TIME']);

/** Reads an 835 file; X12 errors refuse it with each error positioned. */
function readRemittances(content: string) {
  const result = read835(content);
  const errors = result.errors.filter((error) => error.severity === 'error' && !TOLERATED_ERRORS.has(error.code));
  if (errors.length > 0) throw new ValidationError(errors.slice(0, 20).map((error) => ({ field: error.segmentId ? `${error.segmentId}@${error.segmentIndex}` : 'file', message: formatX12Error(error) })));
  if (result.transactions.length === 0) throw new ValidationError([{ field: 'file', message: 'no 835 transaction (ST*835) in the file' }]);
  return result.transactions;
}

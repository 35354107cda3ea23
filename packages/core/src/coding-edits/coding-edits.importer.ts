import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, ValidationError } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { currentAuditScope } from '../audit/audit-scope';
import { createAuditEvent } from '../audit/audit.subscriber';
import { isoDateOf } from '../reference/release-date';
import { CodingEditRelease, type CodingEditKind } from './coding-edit-release.entity';
import { parseMueFile, type MueEditRow } from './mue-file.parser';
import { parsePtpFile, type PtpEditRow } from './ptp-file.parser';

/** The quarter a CMS edit table is for, and who imports it. */
export interface CodingEditsImportOptions {
  /** The quarter's first day, YYYY-MM-DD (2026-01-01, 2026-04-01 …). */
  readonly effectiveDate: string;
  /** Who imported (`user:<id>`, `api-key:<id>`, `cli:<user>`). */
  readonly importedBy: string;
  /** The file name recorded with the release (default: the base name of a file, `upload.txt` for text). */
  readonly sourceFile?: string;
}

/** What an import did. */
export interface CodingEditsImportSummary {
  readonly kind: CodingEditKind;
  readonly releaseId: string;
  readonly effectiveDate: string;
  readonly total: number;
  readonly added: number;
  readonly changed: number;
  readonly retired: number;
}

const BATCH = 500;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Imports the CMS NCCI edit tables: procedure-to-procedure edits (practitioner PTP table parts, tab-delimited) and
 * Medically Unlikely Edits (the practitioner MUE table, CSV). Each file is one transaction through a staging table; a
 * bad line refuses the whole file naming its line and column; an older quarter than the last imported is refused.
 * History is kept: a PTP edit a newer file drops gets the new quarter's effective date as deletion date, an MUE a
 * newer quarter changes or drops is retired on that date (and the new value added). The same file again changes nothing.
 */
@Injectable()
export class CodingEditsImporter {
  constructor(private readonly orm: MikroORM) {}

  /** Imports a PTP table file from disk. */
  async importPtp(file: string, options: CodingEditsImportOptions): Promise<CodingEditsImportSummary> {
    return this.importPtpText(await readFile(file, 'utf8'), { sourceFile: basename(file), ...options });
  }

  /**
   * Imports a PTP table as text. CMS splits a quarter's practitioner table into several files by column 1 code range;
   * an import retires only edits whose column 1 code lies within the range the file covers, so the parts of a quarter
   * may be imported one after another.
   */
  async importPtpText(text: string, options: CodingEditsImportOptions): Promise<CodingEditsImportSummary> {
    checkEffectiveDate(options.effectiveDate);
    const rows = parsePtpFile(text);
    return this.inRelease('ptp', options, rows.length, async (em, releaseId) => {
      await em.execute(`create temporary table ptp_staging (
        column1 text not null, column2 text not null, prior_to_1996 boolean not null, effective_date text not null,
        deletion_date text null, modifier_indicator text not null, rationale text not null,
        primary key (column1, column2, effective_date)) on commit drop`);
      await insertBatches(em, 'ptp_staging', ['column1', 'column2', 'prior_to_1996', 'effective_date', 'deletion_date', 'modifier_indicator', 'rationale'], rows, (row: PtpEditRow) => [
        row.column1, row.column2, row.priorTo1996, row.effectiveDate, row.deletionDate, row.modifierIndicator, row.rationale,
      ]);
      return mergePtp(em, releaseId, options.effectiveDate, columnRange(rows));
    });
  }

  /** Imports an MUE table file from disk. */
  async importMue(file: string, options: CodingEditsImportOptions): Promise<CodingEditsImportSummary> {
    return this.importMueText(await readFile(file, 'utf8'), { sourceFile: basename(file), ...options });
  }

  /** Imports an MUE table as text: the complete table of the quarter. */
  async importMueText(text: string, options: CodingEditsImportOptions): Promise<CodingEditsImportSummary> {
    checkEffectiveDate(options.effectiveDate);
    const rows = parseMueFile(text);
    return this.inRelease('mue', options, rows.length, async (em, releaseId) => {
      await em.execute(`create temporary table mue_staging (
        code text primary key, units int not null, indicator smallint not null, rationale text not null) on commit drop`);
      await insertBatches(em, 'mue_staging', ['code', 'units', 'indicator', 'rationale'], rows, (row: MueEditRow) => [row.code, row.units, row.indicator, row.rationale]);
      return mergeMue(em, releaseId, options.effectiveDate);
    });
  }

  private async inRelease(
    kind: CodingEditKind,
    options: CodingEditsImportOptions,
    total: number,
    merge: (em: EntityManager, releaseId: string) => Promise<{ added: number; changed: number; retired: number }>,
  ): Promise<CodingEditsImportSummary> {
    return (this.orm.em.fork() as EntityManager).transactional(async (em) => {
      const [latest] = await em.execute<{ effective_date: string }[]>(
        'select effective_date from coding_edit_release where kind = ? order by effective_date desc limit 1',
        [kind],
      );
      if (latest && latest.effective_date > options.effectiveDate) {
        throw new ConflictError(`a newer ${kind === 'ptp' ? 'NCCI PTP' : 'MUE'} table (effective ${latest.effective_date}) is already imported; import quarters in order`);
      }
      const releaseId = randomUUID();
      const counts = await merge(em, releaseId);
      const release = em.create(CodingEditRelease, {
        id: releaseId,
        kind,
        effectiveDate: options.effectiveDate,
        sourceFile: options.sourceFile ?? 'upload.txt',
        total,
        ...counts,
        importedBy: options.importedBy,
      });
      // Edit tables are installation-wide; an import through the API is audited in the importing organization.
      const scope = currentAuditScope();
      if (scope) createAuditEvent(em, scope, 'create', { recordType: 'coding_edit_release', recordId: release.id, patientId: null });
      await em.flush();
      return { kind, releaseId, effectiveDate: options.effectiveDate, total, ...counts };
    });
  }
}

function checkEffectiveDate(effectiveDate: string): void {
  if (!ISO_DATE.test(effectiveDate) || isoDateOf(effectiveDate) !== effectiveDate) {
    throw new ValidationError([{ field: 'effectiveDate', message: "the quarter's first day, YYYY-MM-DD (e.g. 2026-01-01)" }]);
  }
}

/** The lowest and highest column 1 code of a PTP file (codes compare as text, as CMS sorts and splits them). */
function columnRange(rows: readonly PtpEditRow[]): { from: string; to: string } {
  let from = rows[0]?.column1 ?? '';
  let to = from;
  for (const row of rows) {
    if (row.column1 < from) from = row.column1;
    if (row.column1 > to) to = row.column1;
  }
  return { from, to };
}

async function mergePtp(em: EntityManager, releaseId: string, effectiveDate: string, range: { from: string; to: string }) {
  const sameKey = 'e.column1 = s.column1 and e.column2 = s.column2 and e.effective_date = s.effective_date';
  const deletedByFile = await em.execute<unknown[]>(
    `update ncci_ptp_edit e set deletion_date = s.deletion_date, modifier_indicator = s.modifier_indicator, rationale = s.rationale,
       prior_to_1996 = s.prior_to_1996, release_id = ? from ptp_staging s
     where ${sameKey} and e.deletion_date is null and s.deletion_date is not null returning 1`,
    [releaseId],
  );
  const changed = await em.execute<unknown[]>(
    `update ncci_ptp_edit e set deletion_date = s.deletion_date, modifier_indicator = s.modifier_indicator, rationale = s.rationale,
       prior_to_1996 = s.prior_to_1996, release_id = ? from ptp_staging s
     where ${sameKey} and (e.deletion_date is distinct from s.deletion_date or e.modifier_indicator <> s.modifier_indicator
       or e.rationale <> s.rationale or e.prior_to_1996 <> s.prior_to_1996) returning 1`,
    [releaseId],
  );
  const dropped = await em.execute<unknown[]>(
    `update ncci_ptp_edit e set deletion_date = ?, release_id = ?
     where e.deletion_date is null and e.effective_date < ? and e.column1 between ? and ?
       and not exists (select 1 from ptp_staging s where ${sameKey}) returning 1`,
    [effectiveDate, releaseId, effectiveDate, range.from, range.to],
  );
  const added = await em.execute<unknown[]>(
    `insert into ncci_ptp_edit (id, column1, column2, prior_to_1996, effective_date, deletion_date, modifier_indicator, rationale, release_id)
     select gen_random_uuid(), s.column1, s.column2, s.prior_to_1996, s.effective_date, s.deletion_date, s.modifier_indicator, s.rationale, ?
     from ptp_staging s where not exists (select 1 from ncci_ptp_edit e where ${sameKey}) returning 1`,
    [releaseId],
  );
  return { added: added.length, changed: changed.length, retired: deletedByFile.length + dropped.length };
}

async function mergeMue(em: EntityManager, releaseId: string, effectiveDate: string) {
  const differs = '(m.units <> s.units or m.indicator <> s.indicator or m.rationale <> s.rationale)';
  // The same quarter imported again with corrections: its own rows are corrected in place.
  const corrected = await em.execute<unknown[]>(
    `update mue_edit m set units = s.units, indicator = s.indicator, rationale = s.rationale, release_id = ? from mue_staging s
     where m.code = s.code and m.retired_on is null and m.effective_from = ? and ${differs} returning 1`,
    [releaseId, effectiveDate],
  );
  const superseded = await em.execute<unknown[]>(
    `update mue_edit m set retired_on = ? from mue_staging s
     where m.code = s.code and m.retired_on is null and m.effective_from < ? and ${differs} returning 1`,
    [effectiveDate, effectiveDate],
  );
  const retired = await em.execute<unknown[]>(
    `update mue_edit m set retired_on = ? where m.retired_on is null and m.effective_from < ?
     and not exists (select 1 from mue_staging s where s.code = m.code) returning 1`,
    [effectiveDate, effectiveDate],
  );
  const withdrawn = await em.execute<unknown[]>(
    `delete from mue_edit m where m.retired_on is null and m.effective_from = ?
     and not exists (select 1 from mue_staging s where s.code = m.code) returning 1`,
    [effectiveDate],
  );
  const inserted = await em.execute<unknown[]>(
    `insert into mue_edit (id, code, units, indicator, rationale, effective_from, release_id)
     select gen_random_uuid(), s.code, s.units, s.indicator, s.rationale, ?, ? from mue_staging s
     where not exists (select 1 from mue_edit m where m.code = s.code and m.retired_on is null) returning 1`,
    [effectiveDate, releaseId],
  );
  return {
    added: inserted.length - superseded.length,
    changed: corrected.length + superseded.length,
    retired: retired.length + withdrawn.length,
  };
}

async function insertBatches<T>(em: EntityManager, table: string, columns: readonly string[], rows: readonly T[], values: (row: T) => unknown[]): Promise<void> {
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await em.execute(`insert into ${table} (${columns.join(', ')}) values ${batch.map(() => placeholders).join(', ')}`, batch.flatMap(values));
  }
}
